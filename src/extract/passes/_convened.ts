// "قمة … دعا إليها الرئيس X" (a summit President X called): an Arabic verb of inviting whose object is a pronoun
// behind إلى standing for the event noun before it is the relative clause of who convened that event, not an
// invitation to a meeting still to come. A helper of 01-entities, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** إلى with a pronoun suffix (إليه، إليها، إليهما، إليهم), with or without the hamza. */
const TO_IT = new Set(["إليه", "إليها", "إليهما", "إليهم", "اليه", "اليها", "اليهما", "اليهم"].map((w) => normalizeKey(w)));

/** Tokens back from the verb to the event noun the relative clause is about (its adjuncts of place and time between). */
const REACH = 10;

/**
 * Is the invitation cue `m` the verb of a relative clause about an event noun before it ("اجتماع … دعا إليه X",
 * "القمة التي دعت إليها X")? Its subject convened the event and is at it; nothing is planned by it.
 */
export function convenesEvent(state: ExtractState, st: SentenceState, m: TokenSpan): boolean {
  if (state.lang !== "ar" || !TO_IT.has(st.tokens[m.end]?.key ?? "")) return false;
  return st.triggers.some((t) => t.kind === "meeting" && t.end <= m.start && m.start - t.end <= REACH && !st.tokens.slice(t.end, m.start).some((w) => w.text === "." || w.text === "؛"));
}
