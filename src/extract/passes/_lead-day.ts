// The day of the sentence before an undated meeting whose people it names (a helper of 06-local-coreference):
// "A and B announced on Friday a deal … The two leaders met on Parliament Hill for bilateral talks" — the meeting told
// right after a sentence dated by its own words, all of whose people that sentence names as actors, goes on telling
// that sentence's day; it is no report of another day's meeting of the same people told later ("He and his wife
// later joined A and B for a dinner", the evening before). Only one day in that sentence, the meeting's sentence
// dating nothing itself.
import type { EventFact } from "../../model.js";
import type { ExtractState } from "../state.js";
import { personKey } from "./_mentions.js";

export function dateFromSentenceBefore(state: ExtractState, e: EventFact): void {
  if (e.date.date || e.date.anchor) return;
  const i = state.sentences.findIndex((x) => x.s.index === e.evidence.sentenceIndex);
  const st = state.sentences[i];
  const before = state.sentences[i - 1];
  if (!st || !before || st.dates.length) return;
  const days = new Set(before.dates.filter((d) => d.value.date && d.value.precision === "day").map((d) => d.value.date!));
  if (days.size !== 1 || before.dates.some((d) => d.value.precision !== "day")) return;
  const named = new Set(before.mentions.filter((m) => state.mentions[m].kind === "person" && !state.genitive.has(m)).map((m) => personKey(state, m)));
  const keys = new Set(e.participants.map((p) => personKey(state, p)));
  if (keys.size < 2 || ![...keys].every((k) => named.has(k))) return;
  const date = [...days][0];
  e.date = { date, precision: "day", basis: "context", text: `the day of the sentence before (${date})` };
}
