// The urql variant (@urql/core, the framework-free client that urql's React, Vue and Svelte bindings use).
//
//   npm run urql -- [name] [http://127.0.0.1:4000/graphql]
//
// The server keeps Apollo's CSRF prevention, which refuses urql's default GET requests (HTTP 400,
// BAD_REQUEST). `preferGetMethod: false` sends every query as a JSON POST, which passes it. To keep GET
// (for HTTP caches), send the header instead: fetchOptions: { headers: { "apollo-require-preflight": "true" } }.
import { Client, fetchExchange } from "@urql/core";
import { whoMetLines } from "./format.js";
import { WhoMet } from "./queries.js";

export function urqlClient(url: string): Client {
  return new Client({ url, exchanges: [fetchExchange], preferGetMethod: false });
}

export async function whoMetWithUrql(client: Client, name: string, from?: string, to?: string): Promise<string[]> {
  const result = await client.query(WhoMet, { name, from, to, first: 20 }).toPromise();
  if (result.error) throw new Error(result.error.message);
  return result.data ? whoMetLines(result.data) : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [name = "الشيباني", url = "http://127.0.0.1:4000/graphql"] = process.argv.slice(2);
  for (const line of await whoMetWithUrql(urqlClient(url), name)) console.log(line);
}
