// The playground: GraphiQL rendered by @graphql-yoga/render-graphiql, whose page carries its whole
// JavaScript and CSS inline — nothing is fetched from a CDN, so it works with no network at all.
// It opens with example queries about the seeds.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

export const EXAMPLE_QUERIES = `# Who met al-Shaibani, and when? Any script or spelling works: الشیبانی, الشيباني, Shaibani.
query WhoMetShaibani {
  person(name: "الشيباني") {
    name
    aliases { text language }
    counterparts(first: 20) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { meetingCount node { name } meetings { date place { name } } }
    }
  }
}

# Meetings in July 2025, with the sentences that report them
query MeetingsJuly2025 {
  meetings(from: "2025-07-01", to: "2025-07-31") {
    totalCount
    edges { node { date place { name } participants { name } sources { article { uri } excerpt } } }
  }
}

# Meetings between two people in a date range
query PutinAndShaibani {
  meetings(participant: "Putin", with: "Shaibani", from: "2025-01-01", to: "2025-12-31") {
    edges { node { date dateOrigin { kind evidence article { uri } } place { name } sources { excerpt } } }
  }
}

# The chain of meetings between two people
query LavrovToAbuQasra {
  path(a: "Lavrov", b: "Abu Qasra", maxHops: 4) {
    hops { from { name } to { name } meeting { date place { name } } }
  }
}

# Conflicting role claims are kept with their sources
query LavrovRoles {
  person(name: "لافروف") { name roles { office country { name } conflicting excerpt article { uri } } }
}

# Search across scripts
query Search {
  search(text: "Lavrov", first: 10) {
    totalCount
    edges { node { score node { __typename ... on Person { name } ... on Place { name } ... on Organization { name } ... on Article { title } } } }
  }
}

# Agreements, their parties and sources
query Agreements {
  agreements { edges { node { date summary parties { __typename name } signatories { name } sources { article { uri } } } } }
}
`;

let cached: string | undefined;

export function playgroundHtml(): string {
  cached ??= renderGraphiQL({ title: "kg-news GraphQL playground", endpoint: "/graphql", defaultQuery: EXAMPLE_QUERIES, isHeadersEditorEnabled: true });
  return cached;
}
