// The Arabic head of state in the construct state with a country (a helper of 02-titles): "رئيس زامبيا X",
// "ورئيسة تشيلي X" — the bare chief noun (no article) right before a country's name is that country's president,
// not a body's chief. The country itself is then read by _title-country.
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { inSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

const HEADS = new Set(["رئيس", "رئيسة"].map((w) => normalizeKey(w)));

/** Titles for "رئيس/رئيسة + country" in an Arabic sentence, where no other title covers the noun. */
export function countryHeadTitles(state: ExtractState, st: SentenceState): TitleRef[] {
  if (state.lang !== "ar") return [];
  const out: TitleRef[] = [];
  for (let i = 0; i + 1 < st.tokens.length; i++) {
    const key = st.tokens[i].key;
    const head = HEADS.has(key) || (/^[وف]/.test(key) && HEADS.has(key.slice(1)));
    if (!head || st.owner[i] >= 0 || st.titles.some((t) => inSpan(i, t))) continue;
    const o = st.owner[i + 1];
    if (o < 0) continue;
    const m = state.mentions[o];
    const sp = st.spans.get(o)!;
    if (m.kind !== "place" || m.placeKind !== "country" || sp.start !== i + 1) continue;
    out.push({ start: i, end: i + 1, office: "president", form: "title", phraseEnd: i + 1 });
  }
  return out;
}
