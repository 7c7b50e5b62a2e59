// A month named without a year binds to the publication year (dates/resolve.ts: "elections are due in November" is
// this year's). A contact held or an agreement signed is in the past: dated by such a month that falls after the
// paper ("the two had met in December", in a paper of February), it is the year before's. A helper of 05-events and
// 07-agreements, not a pass.
import type { DateValue } from "../../model.js";
import { resolveDate } from "../dates/index.js";
import type { ExtractState } from "../state.js";

/** A month without a year and without "next" or "last" (dates/resolve.ts anchors). */
const YEARLESS = /^month:(greg|sh|ah):\d\d$/;

/** The date, moved to the last such month before the paper when it is a yearless month after it. */
export function pastYearless(state: ExtractState, d: DateValue): DateValue {
  if (!state.publishedAt || !d.date || !YEARLESS.test(d.anchor ?? "") || d.date <= state.publishedAt) return d;
  const before = resolveDate({ ...d, date: null, precision: null, anchor: `${d.anchor}-` }, state.publishedAt);
  return before.date ? before : d;
}

/** Contacts and trips reported as held (05-events: not planned nor cancelled), dated again by `pastYearless`. */
export function heldInThePast(state: ExtractState): void {
  for (const e of state.events) if (e.kind !== "planned" && e.kind !== "cancelled") e.date = pastYearless(state, e.date);
}
