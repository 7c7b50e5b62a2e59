// "… after a conclave hosted by President X at State House. The meeting brought together A, B and C": the host of a
// gathering told in the sentence before (a meeting's or a summit's noun, cues.json meetingNoun or summitNoun, then
// a verb of hosting or chairing, cues.json hostVerb, and "by" + the person, past the words of a title) is at the
// meeting a sentence opening with a pointing-back article and a meeting's noun goes on telling ("The meeting …",
// "The summit was attended by …"). English only (a helper of 05-events); no one when the sentence before names no
// host so.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { rootMention } from "./_mentions.js";

/** How many sentences back the hosted gathering may be told. */
const REACH = 2;
/** The most words between "by" and the host's name (a title: "by Kenyan President"). */
const TITLE_WORDS = 3;

/** Adds to `participants` the host of the gathering told just before, when the clause opens with "The meeting". */
export function addHostOfTold(state: ExtractState, st: SentenceState, clause: TokenSpan, participants: number[]): void {
  if (state.lang !== "en" || clause.start > 1) return;
  const sets = state.lex.words.sets;
  const back = sets["pointsBack.en"];
  const hostVerb = sets["hostVerb.en"];
  if (!back || !hostVerb) return;
  const gathering = (k: string) => !!(sets["meetingNoun.en"]?.has(k) || sets["summitNoun.en"]?.has(k));
  const t = st.tokens;
  if (!back.has(t[clause.start]?.key ?? "") || !gathering(t[clause.start + 1]?.key ?? "")) return;
  const i = state.sentences.indexOf(st);
  for (let s = i - 1; s >= Math.max(0, i - REACH); s--) {
    const host = hostIn(state, state.sentences[s], gathering, hostVerb);
    if (host === undefined) continue;
    if (!participants.some((p) => rootMention(state, p) === rootMention(state, host))) participants.push(host);
    return;
  }
}

/** The person named after "<gathering noun> <hosted|chaired> by" in a sentence, if one is. */
function hostIn(state: ExtractState, st: SentenceState, gathering: (k: string) => boolean, hostVerb: Set<string>): number | undefined {
  const t = st.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (!gathering(t[i - 1].key) || !hostVerb.has(t[i].key) || t[i + 1].key !== "by") continue;
    const from = i + 2;
    return st.mentions.find((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= from && st.spans.get(m)!.start <= from + TITLE_WORDS);
  }
  return undefined;
}
