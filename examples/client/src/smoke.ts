// Runs both variants against a live server and prints what they got (CI checks the lines):
//
//   npm run smoke -- http://127.0.0.1:4000/graphql
//
// It also shows why urql needs its setting: urql's default (GET) is refused by the server's CSRF prevention.
import { Client, fetchExchange } from "@urql/core";
import { apolloClient, searchWithApollo } from "./apollo.js";
import { Search } from "./queries.js";
import { urqlClient, whoMetWithUrql } from "./urql.js";

const url = process.argv[2] ?? "http://127.0.0.1:4000/graphql";

for (const line of await whoMetWithUrql(urqlClient(url), "الشيباني", "2025-07-01", "2025-07-31")) console.log(`urql: ${line}`);
for (const line of await searchWithApollo(apolloClient(url), "لافروف")) console.log(`apollo: ${line}`);

const byDefault = await new Client({ url, exchanges: [fetchExchange] }).query(Search, { text: "Lavrov" }).toPromise();
const code = byDefault.error?.graphQLErrors[0]?.extensions["code"];
console.log(`urql default (${byDefault.operation.context.preferGetMethod === false ? "POST" : "GET"}): ${byDefault.error ? `refused, ${String(code)}` : "accepted"}`);
