// The shapes resolvers hand to their child resolvers (codegen "mappers"): store rows for entities and
// events (src/model.ts), and these few wrappers for the rest. No copy of a schema type lives here.
import type { AgreementRow, ArticleRow, MeetingRow } from "../model.js";
import type { Page, SearchHit } from "../store/types.js";

export type PageParent<T> = Page<T>;

export interface MetWithParent {
  personId: string;
  meetingIds: string[];
}

export interface CounterpartEdgeParent extends MetWithParent {
  cursor: string;
}

export interface TimelineParent {
  date: string | null;
  meeting?: MeetingRow;
  agreement?: AgreementRow;
}

export type SearchHitParent = SearchHit;

export interface DateOriginParent {
  kind: "EXPLICIT" | "RELATIVE" | "WEEKDAY" | "PUBLICATION" | "CONTEXT" | "PROPAGATED" | "UNKNOWN";
  articleId: string | null;
  evidence: string | null;
}

export interface IngestParent {
  article: ArticleRow;
  created: boolean;
}
