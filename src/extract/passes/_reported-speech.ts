// What a speech verb or an attribution leaves out of the event it reports (a helper of 05-events, not a pass): the
// speaker who reports someone else's meeting is not at it, before or after the event word ("X met Y on Sunday, Dmitry
// Peskov said", "the spokesman said the president met Y", «وقال المتحدث X إن الرئيس التقى Y»), nor the source it is
// attributed to ("According to Z, X met Y", «به گفته Z، …», "…, according to Z"; cues.json attribution), nor is who
// is named in what is said after the event ("X hosted the talks, and he later told an interviewer that he had hoped
// to bring A and B together").
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { rootMention } from "./_mentions.js";

/** Words that close the event's conjunct before a speech verb: "met Y, and he later told …", «… دیدار کرد و گفت …». */
const CONJUNCT_END = new Set([",", "،", "and", "و"]);

/**
 * The clause up to the conjunct of a speech verb that follows the event word ("X hosted the talks, and he later
 * told an interviewer that he had hoped to bring A and B together"): who is named in what is said is not at the event,
 * nor is the source the report is attributed to ("X met Y on Sunday, Dmitry Peskov said", «…، پسکوف گفت»).
 */
export function reportedCut(state: ExtractState, st: SentenceState, clause: TokenSpan, triggers: SentenceState["triggers"]): TokenSpan {
  const last = Math.max(...triggers.map((t) => t.end));
  const first = Math.min(...triggers.map((t) => t.start));
  const told = reportedSubject(state, st, clause, first) ?? attributedFrom(state, st, clause, first);
  if (told !== undefined) clause = { start: told, end: clause.end };
  // "X met Y on Wednesday, according to Z": the source after a comma is no side either
  // ("…, according to Z, who was present": not a source said to be there)
  const source = st.cues.find((c) => c.kind === "attribution" && c.start >= last && c.end <= clause.end && /^[,،]$/.test(st.tokens[c.start - 1]?.text ?? ""));
  const there = source && (st.triggers.some((t) => t.start >= source.end) || st.cues.some((c) => (c.kind === "onlooker" || c.kind === "presence") && c.start >= source.end));
  if (source && !there) clause = { start: clause.start, end: source.start - 1 };
  // a fronted phrase with no one before its event word ("After talks with Y on Monday, X told reporters …", «پس از دیدار
  // با Y، X گفت»): the speaker is its subject, so the part ends at the speech verb (Arabic: after the name right after it)
  const fronted = !st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= clause.start && st.spans.get(m)!.start < first);
  for (const c of st.cues) {
    if (c.kind !== "speech" || c.start < last || c.end > clause.end) continue;
    if (fronted) return { start: clause.start, end: state.lang === "ar" ? speakerAfter(state, st, c.end) : c.start };
    // the last comma before the verb (", and" too) ends the event's part; a bare "and" / «و» may join the event's
    // own names («پس از دیداری با B و C گفت»), so the part then ends at the verb
    for (let k = c.start - 1; k >= last; k--) {
      if (!CONJUNCT_END.has(st.tokens[k].key)) continue;
      const comma = /^[,،]$/.test(st.tokens[k].text) ? k : /^[,،]$/.test(st.tokens[k - 1]?.text ?? "") && k - 1 >= last ? k - 1 : -1;
      return { start: clause.start, end: comma >= 0 ? comma : c.start };
    }
  }
  return clause;
}

/** The end of a person named right after an Arabic speech verb («قال الرئيس X»), else the verb's end. */
function speakerAfter(state: ExtractState, st: SentenceState, at: number): number {
  const m = st.mentions.find((k) => state.mentions[k].kind === "person" && st.spans.get(k)!.start >= at && st.spans.get(k)!.start <= at + 3);
  return m === undefined ? at : st.spans.get(m)!.end;
}

/** Complementisers that open what a speech verb reports (that; Arabic إنّ، أنّ، بأنّ, normalised). */
const COMPLEMENTISER = new Set(["that", "ان", "بان"].map((w) => normalizeKey(w)));
/** Tokens past a speech verb (its speaker, a title, a day) in which its complementiser may stand. */
const COMPLEMENT_REACH = 12;

/**
 * Where what a speech verb before the event word reports starts, when that report names its own subject before the
 * event word ("Spokesman X said President Y met Z", «وصرح المتحدث X بأن الرئيس Y التقى Z»): the speaker is then no
 * side of the event. English: right after the verb or after its "that" ("told" only after its "that": it has a
 * listener first); Arabic: after «إنّ / أنّ / بأنّ» past the speaker's name. With no subject of its own ("X said he
 * met Z", «قال X إنه التقى Z»), the speaker stays the subject; a report that opens with the event word itself
 * ("said the talks covered …") is of an event the speaker tells, not one he holds. Persian «گفت که» is a clause break
 * of pass 1.
 */
function reportedSubject(state: ExtractState, st: SentenceState, clause: TokenSpan, first: number): number | undefined {
  const from = reportFrom(state, st, clause, first);
  if (from === undefined) return undefined;
  // (the report opens with the event word: "said the meeting discussed …", «بأن اللقاء تناول …», told of, not by, him)
  if (from === first) return from;
  // (the subject opens the report, past its title, honorific or article: "… said President Y met Z"; not an object
  // before a verb-final event word: "said he would discuss the matter with Y by phone")
  const opening = (i: number) => st.titles.some((t) => i >= t.start && i < Math.max(t.end, t.phraseEnd)) || st.cues.some((c) => c.kind === "honorific" && i >= c.start && i < c.end) || (state.lang === "en" && (/^\p{Lu}/u.test(st.tokens[i].text) || st.tokens[i].key === "the"));
  const subject = st.mentions.some((m) => {
    const sp = st.spans.get(m)!;
    if (state.mentions[m].kind !== "person" || state.genitive.has(m) || sp.start < from! || sp.end > first) return false;
    for (let i = from!; i < sp.start; i++) if (!opening(i)) return false;
    return true;
  });
  // ("the two leaders", «الزعيمين», a phrase of cues.json bothSides, is a subject of the report's own too: «قال X إن
  // الزعيمين بحثا …»)
  const pair = st.cues.some((c) => {
    if (c.kind !== "bothSides" || c.start < from! || c.end > first) return false;
    for (let i = from!; i < c.start; i++) if (!opening(i)) return false;
    return true;
  });
  return subject || pair ? from : undefined;
}

/**
 * Where what a speech verb before token `first` reports starts: right after the verb or after its "that" in English
 * ("told" only after its "that"), after «إنّ / أنّ / بأنّ» in Arabic; undefined with no such verb (Persian: pass 1 breaks
 * the clause at «گفت که»). The speaker of a report of a signing whose signers it names is no signer ("Spokesman X said
 * the talks saw the signing of 14 agreements, signed by A and B").
 */
export function reportFrom(state: ExtractState, st: SentenceState, clause: TokenSpan, first: number): number | undefined {
  if (state.lang === "fa") return undefined;
  let from: number | undefined;
  for (const c of st.cues) {
    if (c.kind !== "speech" || c.start < clause.start || c.end > first) continue;
    const that = st.tokens.slice(c.end, Math.min(first, c.end + COMPLEMENT_REACH)).findIndex((t) => COMPLEMENTISER.has(t.key));
    if (that >= 0) from = c.end + that + 1;
    else if (state.lang === "en" && st.tokens[c.start].key !== "told") from = c.end;
  }
  return from === undefined || from > first ? undefined : from;
}

/** Arabic particles after an attribution that open what it says («وبحسب X فإن …»), normalised. */
const AFTER_SOURCE = new Set(["فان", "ان"].map((w) => normalizeKey(w)));

/**
 * Where the statement an attribution before the event word opens starts ("According to Z, X met Y", «به گفته Z، X
 * با Y دیدار کرد», «ووفقا لـZ، التقى X Y», «وبحسب Z فإن X التقى Y»): after the comma, or the particle, that ends
 * the source's phrase, when a person stands in the statement; the source is then no side of the event.
 */
function attributedFrom(state: ExtractState, st: SentenceState, clause: TokenSpan, first: number): number | undefined {
  const c = st.cues.find((c) => c.kind === "attribution" && c.start >= clause.start && c.end <= first);
  if (!c) return undefined;
  let from: number | undefined;
  for (let k = c.end; k < first && from === undefined; k++) if (/^[,،]$/.test(st.tokens[k].text) || AFTER_SOURCE.has(st.tokens[k].key)) from = k + 1;
  if (from === undefined) return undefined;
  const person = (lo: number, hi: number) => st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= lo && st.spans.get(m)!.start < hi);
  return person(c.end, from) && person(from, clause.end) ? from : undefined;
}

/**
 * Where the report of a speech verb before agreement word `trig` starts, when that report names people of its own
 * ("Spokesman X said the talks saw the signing of 14 agreements, signed by A and B", «وصرح المتحدث X بأن اللقاء شهد
 * التوقيع …، وقعها A وB»): the speaker before it is no signer. Undefined otherwise ("X said he signed").
 */
export function signersReported(state: ExtractState, st: SentenceState, clause: TokenSpan, trig: TokenSpan): number | undefined {
  const from = reportFrom(state, st, clause, trig.start);
  if (from === undefined) return undefined;
  const people = (lo: number, hi: number) => st.mentions.filter((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= lo && st.spans.get(m)!.start < hi);
  // (someone other than the speaker: a name, a title that refers to another, "the two leaders" — not "he" for the speaker)
  const speakers = new Set(people(clause.start, from).map((m) => rootMention(state, m)));
  const named = people(from, clause.end).some((m) => !speakers.has(rootMention(state, m))) || st.cues.some((c) => c.kind === "bothSides" && c.start >= from && c.start < clause.end);
  return named ? from : undefined;
}

/** The words that open a speech verb's complement clause (that, أن، که). */
const COMPLEMENTIZER = new Set(["that", "ان", "أن", "که"]);

/**
 * Where the clause's own part ends before a speech verb coordinated after it with its complement: "signed a
 * declaration and announced that their ministers … would study", «وقعا … وأعلنا أن …», «امضا کردند و اعلام کردند که …».
 * The people of the complement are no actors of the clause's event. `end` when there is none.
 */
export function complementAfter(state: ExtractState, st: SentenceState, from: number, end: number): number {
  for (const c of st.cues) {
    if (c.kind !== "speech" || c.start < from || c.end >= end || !COMPLEMENTIZER.has(st.tokens[c.end].key)) continue;
    const before = st.tokens[c.start - 1]?.key;
    if (before === "and" || before === "و") return c.start - 1;
    if (state.lang === "ar" && st.tokens[c.start].key.startsWith("و")) return c.start;
  }
  return end;
}

