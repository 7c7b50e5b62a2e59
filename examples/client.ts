// A small typed client: "who met X between A and B?", with a typed document from the codegen client
// preset (src/generated/client). The variables and the result are checked by TypeScript.
//
//   npx tsx examples/client.ts "الشيباني" 2025-07-01 2025-12-31 [http://127.0.0.1:4000/graphql]
import { print } from "graphql";
import { graphql } from "../src/generated/client/index.js";
import type { WhoMetBetweenQuery, WhoMetBetweenQueryVariables } from "../src/generated/client/graphql.js";

export const WhoMetBetween = graphql(`
  query WhoMetBetween($name: String!, $from: Date, $to: Date) {
    person(name: $name) {
      name
      metWith(from: $from, to: $to) {
        person { name }
        meetings { date place { name } sources { excerpt article { uri } } }
      }
    }
  }
`);

export async function whoMetBetween(endpoint: string, variables: WhoMetBetweenQueryVariables): Promise<WhoMetBetweenQuery> {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(WhoMetBetween), variables }),
  });
  const body = (await res.json()) as { data?: WhoMetBetweenQuery; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

/** One line per counterpart: "Vladimir Putin: 2025-07-31 (Kremlin)". */
export function summarize(data: WhoMetBetweenQuery): string[] {
  return (data.person?.metWith ?? []).map((m) => `${m.person.name}: ${m.meetings.map((x) => `${x.date ?? "date unknown"}${x.place ? ` (${x.place.name})` : ""}`).join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [name = "الشيباني", from, to, endpoint = "http://127.0.0.1:4000/graphql"] = process.argv.slice(2);
  const data = await whoMetBetween(endpoint, { name, from, to });
  console.log(data.person ? `${data.person.name} met:` : `no one named ${name}`);
  for (const line of summarize(data)) console.log(`  ${line}`);
}
