// A press office's list of the day's engagements: a lead line that ends in a colon ("His Excellency President X
// today:", «أجرى الرئيس اليوم:»), then lines that start with a bullet and a verb ("• Received Y …", "• Met Z …").
// Each line's verb has the lead line's person as its subject, and the lead line's date. A helper of 05-events.
import type { DateValue } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { actorsIn } from "./_mentions.js";

const BULLET = /^[•·▪●◦‣*–-]$/;
/** Lines of one list: a lead line this far back at most. */
const MAX_LINES = 12;

const bulleted = (st: SentenceState) => BULLET.test(st.tokens[0]?.text ?? "");

/** The lead line's person and date, for an event word right after a line's bullet; undefined otherwise. */
export function bulletLead(state: ExtractState, st: SentenceState, at: number): { subject: number; date?: DateValue } | undefined {
  if (!bulleted(st) || at !== 1) return undefined;
  const pos = state.sentences.indexOf(st);
  for (let k = pos - 1; k >= 0 && pos - k <= MAX_LINES; k--) {
    const prev = state.sentences[k];
    if (bulleted(prev)) continue;
    if (prev.tokens[prev.tokens.length - 1]?.text !== ":") return undefined;
    const subject = actorsIn(state, prev, { start: 0, end: prev.tokens.length })[0];
    if (subject === undefined) return undefined;
    const day = prev.dates.find((d) => d.value.date && d.value.precision === "day");
    return { subject, date: day?.value };
  }
  return undefined;
}
