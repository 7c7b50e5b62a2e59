// Closed sets between the store's lower-case values and the schema's enums, and the structured
// reading of a meeting's date basis (src/resolve/coref.ts writes it as one line of text).
import type { AgreementStatus, DatePrecision, Office, PlaceKind } from "../../generated/resolvers.js";
import type { AgreementRow, DatePrecision as RowPrecision } from "../../model.js";
import type { DateOriginParent } from "../mappers.js";

/** "foreign-minister" → FOREIGN_MINISTER; the Office enum holds one value per offices.json key. */
export function officeEnum(key: string): Office {
  return key.toUpperCase().replace(/-/g, "_") as Office;
}

/** FOREIGN_MINISTER → "foreign-minister". */
export function officeKey(office: Office): string {
  return office.toLowerCase().replace(/_/g, "-");
}

const PLACE_KINDS: Record<string, PlaceKind> = { country: "COUNTRY", city: "CITY", region: "REGION", site: "SITE", area: "AREA", continent: "CONTINENT" };

export function placeKindEnum(kind: string): PlaceKind {
  return PLACE_KINDS[kind] ?? "OTHER";
}

const PRECISIONS: Record<RowPrecision, DatePrecision> = { day: "DAY", month: "MONTH", year: "YEAR" };

export function precisionEnum(p: RowPrecision | null): DatePrecision | null {
  return p ? PRECISIONS[p] : null;
}

const STATUSES: Record<AgreementRow["status"], AgreementStatus> = { agreed: "AGREED", signed: "SIGNED", announced: "ANNOUNCED" };

export function statusEnum(s: AgreementRow["status"]): AgreementStatus {
  return STATUSES[s];
}

const BASES: Record<string, DateOriginParent["kind"]> = { explicit: "EXPLICIT", relative: "RELATIVE", weekday: "WEEKDAY", publication: "PUBLICATION", context: "CONTEXT" };

/**
 * Reads the date basis line coref.ts writes: `<basis> in <article id> ("<words>")`,
 * `propagated to <article id> (<anchor>) from a coreferent report`, or `unknown`.
 */
export function dateOrigin(basis: string): DateOriginParent {
  const said = /^(\w+) in (\S+?)(?: \("([\s\S]*)"\))?$/.exec(basis);
  if (said && BASES[said[1]]) return { kind: BASES[said[1]], articleId: said[2], evidence: said[3] ?? null };
  const carried = /^propagated to (\S+) \(/.exec(basis);
  if (carried) return { kind: "PROPAGATED", articleId: carried[1], evidence: null };
  return { kind: "UNKNOWN", articleId: null, evidence: null };
}
