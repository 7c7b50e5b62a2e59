// A Persian country adjective with a possessive clitic ("همتای پاکستانی‌اش": his Pakistani counterpart;
// "همتای ترکش") is the demonym the counterpart and delegation readers look for. A helper of 01-entities, not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import type { PlaceHit } from "../../lexicon/index.js";
import { normalizeKey } from "../../text/normalize.js";

/** The possessive clitics of Persian written after a ZWNJ or glued: ‌اش، ‌شان، ‌ش (after a vowel letter). */
const CLITIC = /^(.{3,}?)(?:\u200c?(?:اش|شان)|(?<=[یاو])ش)$/;

/** Demonyms of tokens that end in a possessive clitic (Persian only; the demonym alone is matched in pass 1). */
export function cliticDemonyms(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "fa") return;
  st.tokens.forEach((t, i) => {
    if (t.punct || st.owner[i] >= 0 || st.demonyms.some((d) => d.start <= i && d.end > i)) return;
    const stem = CLITIC.exec(t.text)?.[1];
    if (!stem) return;
    const hits = state.lex.placeMatcher.findAll([{ ...t, text: stem, key: normalizeKey(stem) }]) as Array<{ end: number; values: PlaceHit[] }>;
    const dem = hits.find((h) => h.end === 1)?.values.find((v) => v.form === "demonym");
    if (dem) st.demonyms.push({ start: i, end: i + 1, place: dem.id });
  });
}
