// Arabic «قد» before a verb: with an imperfect a possibility ("قد يستقبل", may receive), with a perfect or after a form
// of كان a past ("قد وقعا", «وكان X قد تسلم …», a pluperfect). A helper of 05-events, not a pass.
import type { CueHit, ExtractState, SentenceState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** The forms of كان that open an Arabic pluperfect («وكان X قد …»), as normalised keys. */
const KANA = new Set(["كان", "كانت", "كانا", "كانتا", "كانوا"].flatMap((w) => [w, `و${w}`, `ف${w}`]).map((w) => normalizeKey(w)));
/** How many words before «قد» its كان may stand (the subject, with a title and a name, between them). */
const KANA_REACH = 8;

/** «قد» at `at` after a form of كان in its clause: a pluperfect, a past («وكان X قد تسلم …»), no possibility. */
export function pluperfectAr(state: ExtractState, st: SentenceState, at: number): boolean {
  if (state.lang !== "ar") return false;
  for (let k = at - 1; k >= 0 && at - k <= KANA_REACH; k--) {
    if (/^[,،;؛.]$/.test(st.tokens[k].text)) return false;
    if (KANA.has(st.tokens[k].key)) return true;
  }
  return false;
}

/** An Arabic imperfect verb (يلتقي، تستقبل، ويجتمع), which قد makes a possibility. */
export const IMPERFECT_AR = new RegExp(`^[وف]?[${normalizeKey("ي")}ت]`);

/** The Arabic particle قد (with a conjunction), as normalised keys. */
const QAD = new Set(["قد", "وقد", "فقد"].map((w) => normalizeKey(w)));

/** Arabic «قد» before a perfect («قد وقعا») or after a form of كان (a pluperfect): a past, no possibility. */
export function pastQad(state: ExtractState, st: SentenceState, m: CueHit): boolean {
  if (state.lang !== "ar" || m.kind !== "modal" || !QAD.has(st.tokens[m.start].key)) return false;
  return pluperfectAr(state, st, m.start) || !IMPERFECT_AR.test(st.tokens[m.end]?.key ?? "");
}
