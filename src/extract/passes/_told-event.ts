// An event noun that points back at an event the article has told (a helper of pass 5, 05-events): "this meeting"
// («این دیدار», «هذا اللقاء»), and in Arabic a definite event noun after a word of time («قبل اللقاء», «وبعد
// الاجتماع», «خلال المباحثات»: before / after / during the talks just told). Such a noun is a time or a setting of
// what its sentence tells ("before this meeting, A wrote to B"; "in this meeting, A referred to B's visit"), not a
// contact of its own between the people the sentence names. Only once the article has told a contact before the
// sentence: a first sentence's «این دیدار» refers to the headline's meeting and is the story's own report of it. Nor
// in a sentence that tells a signing: "after this meeting, A and B signed …" goes on telling the occasion.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { procliticReadings } from "../../text/matcher.js";


/** The event nouns of each sentence found pointing back (removed from its triggers; _told-venue still reads them). */
export const pointingBack = new WeakMap<SentenceState, Array<TokenSpan & { kind: string }>>();

/** Does trigger `t` point back at a contact told before its sentence? Records it in `pointingBack` when it does. */
export function pointsBack(state: ExtractState, st: SentenceState, t: TokenSpan & { kind: string }): boolean {
  if (!refersBack(state, st, t)) return false;
  pointingBack.set(st, [...(pointingBack.get(st) ?? []), t]);
  return true;
}

function refersBack(state: ExtractState, st: SentenceState, t: TokenSpan & { kind: string }): boolean {
  if ((t.kind !== "meeting" && t.kind !== "call") || t.end - t.start !== 1) return false;
  // (a signing told after it goes on telling that occasion: «پس از این دیدار، … با حضور دو رئیس‌جمهور به امضای A و B
  // رسید» seats the signers with the two at the meeting, which the noun carries into the sentence; a document named
  // there, cues.json documentNoun or signVerb, is a signing the noun's sentence tells)
  const sets = state.lex.words.sets;
  const signs = (w: { key: string }) => sets[`documentNoun.${state.lang}`]?.has(w.key) || sets[`signVerb.${state.lang}`]?.has(w.key);
  if (st.triggers.some((k) => k.kind === "agreement") || st.tokens.some(signs)) return false;
  if (!state.events.some((e) => (e.kind === "meeting" || e.kind === "call") && e.evidence.sentenceIndex < st.s.index)) return false;
  const demonstrative = sets[`demonstrative.${state.lang}`];
  const before = st.tokens[t.start - 1]?.key ?? "";
  // (Arabic: a definite noun of talks, cues.json talksNoun, «هذا اللقاء»; «وبعد ذلك التقى» is a verb after a pronoun)
  const key = st.tokens[t.start].key;
  const definite = key.startsWith("ال") && !!sets[`talksNoun.${state.lang}`]?.has(key);
  if (demonstrative?.has(before)) {
    // (a Persian noun with its light verb is the verb of a contact: «این دو با یکدیگر دیدار کردند» has no demonstrative noun)
    if (state.lang === "fa") return !sets["afterCancel.fa"].has(st.tokens[t.end]?.key ?? "");
    return state.lang !== "ar" || definite;
  }
  if (state.lang !== "ar" || !definite) return false;
  const time = sets["toldEventTime.ar"];
  // (also after a proclitic conjunction, «وبعد», «فخلال»)
  return time.has(before) || procliticReadings(before, state.lang).some(([p, rest]) => (p === "و" || p === "ف") && time.has(rest));
}
