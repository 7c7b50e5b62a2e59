// English "the two" as a pronoun, with no noun after it ("a day after the two met in Cairo", "The two last met in
// March", "the two had spoken by phone"): the two people just told, as "the two leaders" is (cues.json bothSides).
// Read as a bothSides cue only where a verb phrase follows it at once: an adverb or auxiliary of the verb (cues.json
// verbAdverb, auxiliary) or an event word; "the two countries", "the two sides" keep their own cues. A helper of pass
// 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";

export function theTwoCues(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const sets = state.lex.words.sets;
  const t = st.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].key !== "the" || t[i + 1].key !== "two" || st.cues.some((c) => c.start <= i + 1 && c.end > i && c.kind !== "stop" && c.kind !== "common")) continue;
    const next = t[i + 2];
    const verb = sets["verbAdverb.en"]?.has(next.key) || sets["auxiliary.en"]?.has(next.key) || st.triggers.some((x) => x.start === i + 2);
    if (verb) st.cues.push({ start: i, end: i + 2, kind: "bothSides" });
  }
}
