// Plain functions over the generated result types: no casts, every field checked by tsc --strict.
import type { SearchQuery, WhoMetQuery } from "./gql/graphql.js";

/** One line per counterpart: "Vladimir Putin: 2025-07-31 (Kremlin)". */
export function whoMetLines(data: WhoMetQuery): string[] {
  const edges = data.person?.counterparts.edges ?? [];
  return edges.map((e) => `${e.node.name}: ${e.meetings.map((m) => `${m.date ?? "date unknown"}${m.place ? ` (${m.place.name})` : ""}`).join(", ")}`);
}

type Hit = SearchQuery["search"]["edges"][number]["node"];

/** A search hit as one line; the switch on __typename narrows the union, so each branch sees its own fields. */
export function hitLine(hit: Hit): string {
  const n = hit.node;
  switch (n.__typename) {
    case "Person":
      return `person ${n.name}${n.roles[0] ? ` (${n.roles[0].office.toLowerCase()})` : ""}`;
    case "Place":
      return `place ${n.name} (${n.category.toLowerCase()})`;
    case "Organization":
      return `organization ${n.name}`;
    case "Article":
      return `article ${n.title ?? n.uri}`;
  }
}
