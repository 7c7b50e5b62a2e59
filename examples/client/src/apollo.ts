// The Apollo Client variant. It POSTs JSON by default, which passes the server's CSRF prevention as is.
//
//   npm run apollo -- [search text] [http://127.0.0.1:4000/graphql]
//
// The cache learns the schema's unions and interfaces from src/gql/possible-types.ts (generated), so
// fragments on SearchResult members match.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { hitLine } from "./format.js";
import possibleTypes from "./gql/possible-types.js";
import { Search } from "./queries.js";

export function apolloClient(uri: string): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }) });
}

export async function searchWithApollo(client: ApolloClient, text: string): Promise<string[]> {
  const { data, error } = await client.query({ query: Search, variables: { text, first: 10 } });
  if (error) throw error;
  return data ? data.search.edges.map((e) => hitLine(e.node)) : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [text = "Lavrov", url = "http://127.0.0.1:4000/graphql"] = process.argv.slice(2);
  for (const line of await searchWithApollo(apolloClient(url), text)) console.log(line);
}
