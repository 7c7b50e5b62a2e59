// A signing told first by one of its sides and then by the other (a helper of pass 5, 05-events): "A today signed the
// Association Agreement in Brussels. On behalf of the Union, the document was signed by B and C." — one signer of
// the first sentence signs at the table of the signers the next sentence names in the passive ("was signed by"), and
// a signing told "on the same occasion" goes on telling the ceremony just reported (_joiners.sameCeremony). So does a
// ceremony of the signing told next in the presence of others ("A signed the peace accord on Monday. The signing
// ceremony took place in the presence of B and C", «وجرت مراسم التوقيع بحضور B وC»): the lone signer is at it.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf } from "../state.js";
import { actorsIn, rootMention } from "./_mentions.js";
import { reportedAside, WITH_OBJECT } from "./_signings.js";
import { venueIn } from "./_event-facts.js";
import { namesCeremonyNoun } from "./_ceremony.js";
import type { SigningMeeting } from "./_signings.js";

/** Sentences back a lone signer's signing may have been told. */
const REACH = 2;

export interface LoneSigner {
  person: number;
  sentence: number;
  /** The venue of the signing clause, if it names one: a ceremony told next is held there. */
  place?: number;
}

/** The one person who signs in the sentence's signing clause, with nothing modal there (else undefined). */
export function loneSigner(state: ExtractState, st: SentenceState): LoneSigner | undefined {
  const trig = st.triggers.find((t) => t.kind === "agreement" && st.cues.some((c) => c.kind === "signing" && c.start >= t.start && c.end <= t.end));
  if (!trig) return undefined;
  const clause = clauseOf(st, trig.start);
  if (st.modality.some((m) => m.start >= clause.start && m.end <= clause.end)) return undefined;
  const people = reportedAside(state, st, actorsIn(state, st, clause));
  const roots = new Set(people.map((m) => rootMention(state, m)));
  return roots.size === 1 ? { person: people[0], sentence: st.s.index, place: venueIn(state, st, clause, trig.start, "meeting") } : undefined;
}

/**
 * Does the later signing clause tell the other side of the lone signer's signing: a passive "was / were signed by"
 * in one of the two sentences after it, with no event told between, and no day, venue or "with" of its own?
 */
export function otherSideOf(state: ExtractState, st: SentenceState, clause: TokenSpan, lone: LoneSigner | undefined): boolean {
  if (!lone || state.lang !== "en") return false;
  const back = st.s.index - lone.sentence;
  if (back < 1 || back > REACH) return false;
  if (state.events.some((e) => e.kind !== "visit" && e.evidence.sentenceIndex >= lone.sentence && e.evidence.sentenceIndex < st.s.index)) return false;
  const keys = st.tokens.map((t) => t.key);
  let passive = false;
  for (let i = clause.start; i + 2 < clause.end; i++) if ((keys[i] === "was" || keys[i] === "were") && keys[i + 1] === "signed" && keys[i + 2] === "by") passive = true;
  if (!passive) return false;
  const inClause = (sp: TokenSpan) => sp.start >= clause.start && sp.end <= clause.end;
  // (dates are held by their characters)
  const from = st.tokens[clause.start]?.start ?? 0;
  const to = st.tokens[clause.end - 1]?.end ?? Infinity;
  if (st.dates.some((d) => d.start >= from && d.end <= to)) return false;
  if (st.cues.some((c) => c.kind === "with" && WITH_OBJECT.has(st.tokens[c.start].key) && inClause(c))) return false;
  return venueIn(state, st, clause, clause.start, "meeting") === undefined;
}

/**
 * Is the later signing meeting the ceremony of the lone signer's signing: one held in the presence of the people it
 * names (a signing's noun in the sentence, a ceremony noun, cues.json ceremonyNoun, and no signer named before the
 * presence words), in one of the two sentences after it, with no event told between?
 */
export function ceremonyOf(state: ExtractState, st: SentenceState, m: SigningMeeting, lone: LoneSigner | undefined): boolean {
  if (!lone) return false;
  const back = st.s.index - lone.sentence;
  if (back < 1 || back > REACH || !namesCeremonyNoun(state, st)) return false;
  if (state.events.some((e) => e.kind !== "visit" && e.evidence.sentenceIndex >= lone.sentence && e.evidence.sentenceIndex < st.s.index)) return false;
  const presence = st.cues.find((c) => c.kind === "presence" && c.start === m.at);
  // (people of another sentence, "in the presence of the two heads of state", are no signer named here either)
  return !!presence && m.people.every((p) => (st.spans.get(p)?.start ?? presence.end) >= presence.end);
}

/** "On the same occasion", "at the same ceremony": the clause goes on telling the occasion just reported. */
export function sameOccasion(st: SentenceState, clause: TokenSpan): boolean {
  const keys = st.tokens.map((t) => t.key);
  for (let i = clause.start; i + 2 < clause.end; i++) {
    if ((keys[i] === "on" || keys[i] === "at") && keys[i + 1] === "the" && keys[i + 2] === "same" && ["occasion", "ceremony", "event"].includes(keys[i + 3] ?? "")) return true;
  }
  return false;
}
