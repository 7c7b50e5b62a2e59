// The graph model, declared once: every node label with its key and typed properties (in column order),
// every relationship type with the label pairs it joins and its properties. From it come the Kuzu
// tables (kuzu/cypher.ts SCHEMA), the Neo4j constraints and indexes (neo4j/cypher.ts SCHEMA), the
// schema the Neo4j linter checks against (neo4j/cypher.ts GRAPH) and the column lists of the bulk
// inserts (queries.ts).
import type { Column } from "./queries.js";

export type PropType = "STRING" | "INT64" | "DOUBLE" | "DATE";

export interface NodeDecl {
  /** The unique key (Kuzu primary key, Neo4j uniqueness constraint). */
  key: string;
  /** Properties in column order, the key first. */
  props: Record<string, PropType>;
  /** Neo4j range indexes on these properties. */
  index?: string[];
  /** A Neo4j TEXT index on this property (answers CONTAINS). */
  textIndex?: string;
}

export interface RelDecl {
  /** [from, to] label pairs. */
  pairs: Array<[NodeLabel, NodeLabel]>;
  props?: Record<string, PropType>;
}

const S = "STRING" as const;
const I = "INT64" as const;
const F = "DOUBLE" as const;
const D = "DATE" as const;

export const NODES = {
  Article: { key: "id", props: { id: S, uri: S, sha256: S, title: S, language: S, publishedAt: D, source: S, text: S, checksum: S } },
  Person: { key: "id", props: { id: S, name: S }, index: ["name"] },
  Place: { key: "id", props: { id: S, name: S, kind: S } },
  Organization: { key: "id", props: { id: S, name: S } },
  NameKey: { key: "key", props: { key: S }, textIndex: "key" },
  Mention: { key: "id", props: { id: S, text: S, lang: S, start: I, end: I, kind: S } },
  RoleClaim: { key: "id", props: { id: S, office: S, countryId: S, date: D, sentence: S, start: I, end: I, confidence: F } },
  EventReport: { key: "id", props: { id: S, json: S } },
  AgreementReport: { key: "id", props: { id: S, json: S } },
  Meeting: { key: "id", props: { id: S, kind: S, date: D, datePrecision: S, dateBasis: S, confidence: F, placeId: S, reportIds: S, participantIds: S }, index: ["date"] },
  Agreement: { key: "id", props: { id: S, summary: S, date: D, status: S, meetingId: S, reportIds: S } },
  // incremental derivation: a report filed under each key that links it to others (resolve/incremental.ts)
  CorefKey: { key: "key", props: { key: S } },
  // the store's generation (bumped by every write) and the rules its derived rows were made by
  Meta: { key: "id", props: { id: S, generation: I, derived: S } },
} satisfies Record<string, NodeDecl>;

export type NodeLabel = keyof typeof NODES;

export const RELS: Record<string, RelDecl> = {
  NAMES: { pairs: [["NameKey", "Person"], ["NameKey", "Place"], ["NameKey", "Organization"]] },
  WITHIN: { pairs: [["Place", "Place"]] },
  IN_ARTICLE: { pairs: [["Mention", "Article"]] },
  REFERS_TO: { pairs: [["Mention", "Person"], ["Mention", "Place"], ["Mention", "Organization"]] },
  CLAIMED: { pairs: [["Person", "RoleClaim"]] },
  CLAIMED_IN: { pairs: [["RoleClaim", "Article"]] },
  REPORTED_IN: { pairs: [["EventReport", "Article"], ["AgreementReport", "Article"]] },
  ATTENDED: { pairs: [["Person", "Meeting"]] },
  HELD_IN: { pairs: [["Meeting", "Place"]] },
  REPORTED_BY: { pairs: [["Meeting", "Article"], ["Agreement", "Article"]], props: { excerpt: S, start: I, end: I, confidence: F } },
  BETWEEN_PARTIES: { pairs: [["Agreement", "Place"], ["Agreement", "Organization"], ["Agreement", "Person"]] },
  SIGNED_OR_ANNOUNCED: { pairs: [["Person", "Agreement"]] },
  REACHED_AT: { pairs: [["Agreement", "Meeting"]] },
  KEYS: { pairs: [["CorefKey", "EventReport"], ["CorefKey", "AgreementReport"]] },
  // derived: one MET per ordered pair of people at an in-person meeting ("who met X" in one hop)
  // a meeting's columns ride on each MET edge, so who-met reads no Meeting node: Kuzu 0.11 finds a node
  // by a key taken from another row only by scanning its table (40 ms at 60k meetings)
  MET: { pairs: [["Person", "Person"]], props: { meetingId: S, date: D, placeId: S, datePrecision: S, dateBasis: S, confidence: F, reportIds: S, participantIds: S } },
};

/** The row key a property is written from (`end` is a keyword in both dialects: rows carry it as `endAt`). */
export const rowKey = (prop: string) => (prop === "end" ? "endAt" : prop);

/** The bulk-insert columns of a node label or a relationship type, in declared order. */
export function columnsOf(name: NodeLabel | keyof typeof RELS): Column[] {
  const props: Record<string, PropType> = name in NODES ? NODES[name as NodeLabel].props : (RELS[name].props ?? {});
  return Object.entries(props).map(([prop, type]) => ({ prop, key: rowKey(prop), date: type === "DATE" || undefined }));
}

/** `RoleClaim` → `role_claim`. */
export const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
