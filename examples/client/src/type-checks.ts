// Mistakes tsc catches, kept here so that `npm run typecheck` fails if the generated types ever stop
// catching them. Never run.
import type { WhoMetQueryVariables } from "./gql/graphql.js";
import { urqlClient } from "./urql.js";
import { WhoMet } from "./queries.js";

export function mistakes(): void {
  const client = urqlClient("http://127.0.0.1:4000/graphql");
  // @ts-expect-error: `person` needs a name, so WhoMet's $name is required
  void client.query(WhoMet, { first: 1 });
  // @ts-expect-error: a Date variable is a string, not a JS Date
  const wrongDate: WhoMetQueryVariables = { name: "Lavrov", from: new Date() };
  void wrongDate;
}
