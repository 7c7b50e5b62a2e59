// Signings that are meetings, for pass 5 (05-events): the people who sign together, and those in whose presence
// they sign. A helper of pass 5, not a pass: it only answers, pass 5 records the events (when the sentence reports
// no other contact and nothing planned or denied).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { actorsIn, remotelyPresent, rootMention } from "./_mentions.js";
import { addBothSides, withPair } from "./_both-sides.js";
import { venueIn } from "./_event-facts.js";
import { relativeAfter } from "./_event-parts.js";

/** "with" that marks the other side of a contact (not "and", which joins two people on one side). */
export const WITH_OBJECT = new Set(["با", "with", "مع"]);

export interface SigningMeeting {
  clause: TokenSpan;
  people: number[];
  trigger: string;
  at: number;
  /** one signer alone ("C signed both accords as a witness"): at the ceremony just told, if any, else no meeting */
  alone?: boolean;
}

/** The meetings a sentence's signing makes: a ceremony in someone's presence, else signing with someone, else together. */
export function signingMeetings(state: ExtractState, st: SentenceState): SigningMeeting[] {
  const watched = signingWitnessed(state, st);
  if (watched) return [watched];
  const ceremony = signingCeremony(state, st);
  if (ceremony.length) return ceremony;
  const withSomeone = signingWith(state, st);
  return withSomeone.length ? withSomeone : signingTogether(state, st);
}

/**
 * "A and B signed the agreement", "The deal was signed by A and B", "این قرارداد را A و B امضا کردند", "ووقع
 * العقد عن الجانب المصري A، وعن الشركة B": the people who sign one document, named in the signing's clause, sign
 * it at one table. Not a speaker who reports it, nor the verb "agreed" (no signing: agreeing can be done apart).
 */
function signingTogether(state: ExtractState, st: SentenceState): SigningMeeting[] {
  const trig = st.triggers.find((t) => t.kind === "agreement" && st.cues.some((c) => c.kind === "signing" && c.start >= t.start && c.end <= t.end));
  if (!trig) return [];
  const clause = clauseOf(st, trig.start);
  // (a speaker of a relative clause about the document is a signer who says what it does, no reporter of the
  // signing: "A and B signed two accords that they said would end the war")
  const people = reportedAside(state, st, actorsIn(state, st, clause), relativeAfter(state, st, trig.start, clause));
  // "…، في حين وقعه شاهدين C وD": the signers of a contrast clause's own signing sign at the same table
  for (const m of contrastSigners(state, st, clause)) if (!people.includes(m)) people.push(m);
  // "the two men later signed …", «الرجلان وقعا …» with no meeting reported near: the pair named last
  if (people.length === 0) addBothSides(state, st, clause, people, true);
  // "…, with C and D looking on": C and D watch; "in separate ceremonies" (cues.json distributive): each signer met
  // the watchers, not the other signer
  const watchers = watchersOf(state, st, clause, people);
  if (st.cues.some((c) => c.kind === "distributive" && c.start >= clause.start && c.end <= clause.end)) {
    const signers = people.filter((m) => !watchers.includes(m));
    return watchers.length ? signers.map((s) => ({ clause, people: [s, ...watchers], trigger: trig.text, at: trig.start })) : [];
  }
  const roots = new Set(people.map((m) => rootMention(state, m)));
  // one named signer and an unnamed group of signers ("A and the four commanders of the movement signed …"): the
  // ceremony still took place, and who is told at it next (onlookers, "among the signers were …") joins it
  const unnamedSide = st.cues.some((c) => (c.kind === "group" || c.kind === "delegation") && c.start >= clause.start && c.end <= trig.start);
  if (roots.size >= 2 || (roots.size === 1 && unnamedSide)) return [{ clause, people, trigger: trig.text, at: trig.start }];
  // one signer alone ("C signed both accords as a witness", "D signed too"): pass 5 adds them to the signing ceremony
  // told just before (_joiners.sameCeremony), if any; alone, a signing is no meeting
  return roots.size === 1 ? [{ clause, people, trigger: trig.text, at: trig.start, alone: true }] : [];
}

/**
 * The signers of the sentence's later clauses opened by a contrastive conjunction (_clause-breaks) that tell a
 * signing of their own with nothing planned, refused or denied, and no day, place or "with" of their own: "A signed
 * for the government and B for the movement, while C and D signed it as witnesses" («في حين وقعه شاهدين C وD») is one
 * ceremony. Not "…, while X refused to sign" (a modality of its clause), nor "…, while X signed in Paris on Monday".
 */
function contrastSigners(state: ExtractState, st: SentenceState, first: TokenSpan): number[] {
  const out: number[] = [];
  const inside = (sp: TokenSpan, c: TokenSpan) => c.start >= sp.start && c.end <= sp.end;
  const opens = (sp: TokenSpan) => st.cues.some((c) => c.kind === "contrast" && c.start === sp.start);
  let at = first.end;
  // (the sign word alone: its object clitic names the document, «وقعه», «وقعها»)
  for (const t of [...st.cues].sort((a, b) => a.start - b.start)) {
    if (t.kind !== "signing" || t.start < at) continue;
    const sp = clauseOf(st, t.start);
    at = sp.end;
    if (!opens(sp) || st.modality.some((m) => inside(sp, m)) || st.dates.some((d) => inside(sp, d))) continue;
    if (st.cues.some((c) => c.kind === "with" && WITH_OBJECT.has(st.tokens[c.start].key) && inside(sp, c))) continue;
    if (venueIn(state, st, sp, sp.start, "meeting") !== undefined) continue;
    out.push(...reportedAside(state, st, actorsIn(state, st, sp)));
  }
  return out;
}

/**
 * The people of an absolute phrase of watching ("with C and D looking on", "with C watching": "with", the people, then
 * an onlooker cue such as "looking on"): they watch the signing, they do not sign with the signers.
 */
function watchersOf(state: ExtractState, st: SentenceState, clause: TokenSpan, people: number[]): number[] {
  for (const w of st.cues) {
    if (w.kind !== "with" || w.start < clause.start || w.end > clause.end) continue;
    const after = people.filter((m) => st.spans.get(m)!.start >= w.end).sort((a, b) => st.spans.get(a)!.start - st.spans.get(b)!.start);
    if (!after.length) continue;
    const end = st.spans.get(after[after.length - 1])!.end;
    if (st.cues.some((c) => c.kind === "onlooker" && c.start >= end && c.start <= end + 1)) return after;
  }
  return [];
}

/**
 * The people of a clause less a speaker who reports it ("…, spokesman X said") and anyone next to a speech verb. With
 * `relative` (where a relative clause about the signed document opens), a speech verb inside it reports nothing of
 * the signing: "A and B signed two accords that they said would end the war" keeps both signers.
 */
export function reportedAside(state: ExtractState, st: SentenceState, people: number[], relative?: number): number[] {
  // (the relative clause runs to the next comma: ", X said" after it reports the signing again)
  let end = relative ?? 0;
  while (relative !== undefined && end < st.tokens.length && st.tokens[end].text !== ",") end++;
  const speech = st.cues.filter((c) => c.kind === "speech" && (relative === undefined || c.start < relative || c.start >= end));
  // (st.speaker is the subject of the sentence's first speech verb: none when that verb is the relative clause's)
  const first = st.cues.find((c) => c.kind === "speech");
  const speaker = st.speaker === undefined || (first && !speech.includes(first)) ? undefined : rootMention(state, st.speaker);
  return people.filter((m) => rootMention(state, m) !== speaker && !speech.some((c) => Math.abs(c.start - st.spans.get(m)!.end) <= 1 || Math.abs(st.spans.get(m)!.start - c.end) <= 1));
}

/**
 * "X signed an agreement with Y", "X با Y … امضا کرد", "وقع X مع Y …": the two sign together, at one table — a
 * meeting. With several people after "with", one signing with each.
 */
function signingWith(state: ExtractState, st: SentenceState): SigningMeeting[] {
  const trig = st.triggers.find((t) => t.kind === "agreement" && st.cues.some((c) => c.kind === "signing" && c.start >= t.start && c.end <= t.end));
  if (!trig) return [];
  const clause = clauseOf(st, trig.start);
  const w = st.cues.find((c) => c.kind === "with" && WITH_OBJECT.has(st.tokens[c.start].key) && c.start >= clause.start && c.end <= clause.end);
  if (!w) return [];
  // ("with C looking on": watchers, no co-signers; signingTogether reads them)
  if (watchersOf(state, st, clause, actorsIn(state, st, clause)).length) return [];
  // a speaker who reports the signing is not at it ("…, spokesman X said": "X said that A signed … with B")
  const speech = st.cues.filter((c) => c.kind === "speech");
  const people = reportedAside(state, st, actorsIn(state, st, clause));
  const before = people.filter((m) => st.spans.get(m)!.end <= w.start && !speech.some((c) => c.start >= st.spans.get(m)!.end && c.end <= trig.start));
  const after = people.filter((m) => st.spans.get(m)!.start >= w.end);
  // "… signed a separate deal with the same two men" («با همین دو نفر»): the pair named with "with" just before
  if (!after.length) after.push(...withPair(state, st, w));
  if (!before.length || !after.length) return [];
  // "A and B signed the declaration, together with C and D" ("along with"): the people of a comitative "with" sign
  // beside the subject, at one table with it and one another
  if (COMITATIVE.has(st.tokens[w.start - 1]?.key ?? "")) return [{ clause, people: [...before, ...after], trigger: trig.text, at: trig.start }];
  // "signed agreements with A and B": one signing with each (their own pair is not said)
  return after.map((other) => ({ clause, people: [...before, other], trigger: trig.text, at: trig.start }));
}

/** The words that make "with" comitative ("together with", "along with"): who follows is beside the subject. */
const COMITATIVE = new Set(["together", "along"]);

/** The stem of the Persian light verb کردن ("امضا کردند": signed), as a normalised key. */
const KARD = normalizeKey("کرد");

/**
 * A signing held in the presence, or under the auspices, of two named people is their meeting: "under the
 * auspices of presidents A and B, the two countries signed eight documents", "با حضور A و B … امضا شد",
 * "بحضور A وB جرى توقيع …" (both attend the ceremony); so are the signatories named before the signing and
 * the people in whose presence they sign ("A and B signed the agreement …, in the presence of C").
 */
function signingCeremony(state: ExtractState, st: SentenceState): SigningMeeting[] {
  const presence = st.cues.find((c) => c.kind === "presence");
  const signing = st.cues.find((c) => c.kind === "signing");
  if (!presence || !signing) return [];
  const whole = { start: 0, end: st.tokens.length };
  const actors = actorsIn(state, st, whole);
  // (not who is there by video: «و حضور مجازی B»)
  const present = actors.filter((m) => st.spans.get(m)!.start >= presence.start && !remotelyPresent(state, st, m));
  // the signatories named before the presence, on either side of "signed" (Arabic names them after the verb:
  // "ووقع الإعلان عن … A، وعن … B، بحضور C"), unless a speaker reports the signing ("X said that …")
  const reported = st.cues.some((c) => c.kind === "speech" && c.end <= signing.start);
  // Persian puts the active verb last, its subject first: "این پیمان را A و B در حضور C و D امضا کردند"
  const verbLast = state.lang === "fa" && presence.end <= signing.start && (st.tokens[signing.end]?.key ?? "").startsWith(KARD);
  const signers = (presence.start > signing.start || verbLast) && !reported ? reportedAside(state, st, actors.filter((m) => st.spans.get(m)!.end <= presence.start)) : [];
  const people = [...signers, ...present];
  // "in the presence of the two heads of state, A and B signed …": the pair the phrase stands for is at the table too
  if (st.cues.some((c) => c.kind === "bothSides" && c.start === presence.end)) addBothSides(state, st, whole, people);
  if (present.length < 1 || people.length < 2) return [];
  const cue = state.doc.article.text.slice(st.tokens[presence.start].start, st.tokens[presence.end - 1].end);
  return [{ clause: whole, people, trigger: cue, at: presence.start }];
}

/**
 * Where a verb's subject watches others sign (cues.json witness), the span that names the witnesses: English puts
 * them before the verb ("Hu and Tran witnessed the signing of … by A and B", "the two premiers watched as A and B
 * signed"), Arabic after it, up to the signing ("ترأس الملك ورئيس الوزراء حفل التوقيع … وقعها A وB"). Undefined
 * when the sentence has no such verb, or "witnessed by" (passive: presence).
 */
export function witnessSpan(state: ExtractState, st: SentenceState): TokenSpan | undefined {
  const w = st.cues.find((c) => c.kind === "witness" && st.tokens[c.end]?.key !== "by");
  const signing = w && st.cues.find((c) => c.kind === "signing" && c.start >= w.end);
  if (!w || !signing) return undefined;
  if (state.lang === "ar") return { start: w.end, end: signing.start };
  return { start: clauseOf(st, w.start).start, end: w.start };
}

/**
 * A signing watched by others in a sentence that already reports a meeting (the talks' word, "After the talks, A
 * and B witnessed the signing of … by C and D", made it): the watchers and the signers are that meeting's people.
 * True when it did so (the sentence's signing is then told).
 */
export function joinWitnesses(state: ExtractState, st: SentenceState): boolean {
  const watched = signingWitnessed(state, st);
  const here = state.events.filter((e) => e.evidence.sentenceIndex === st.s.index && e.kind === "meeting");
  if (!watched || !here.length || st.modality.some((m) => m.kind !== "atInvitation")) return false;
  const e = here[here.length - 1];
  for (const p of watched.people) if (!e.participants.some((q) => rootMention(state, q) === rootMention(state, p))) e.participants.push(p);
  return true;
}

/** The token after ", with" / ", along with" / ", together with" past a signing word (its co-witnesses follow), if any. */
function coWitnessStart(st: SentenceState, from: number): number | undefined {
  for (let i = from; i < st.tokens.length - 1; i++) {
    if (st.tokens[i].text !== ",") continue;
    const lead = ["along", "together"].includes(st.tokens[i + 1].key) ? 2 : 1;
    if (WITH_OBJECT.has(st.tokens[i + lead]?.key ?? "")) return i + lead + 1;
  }
  return undefined;
}

/** A signing watched by named people (or by "the two leaders" of the meeting just reported): one meeting of all. */
export function signingWitnessed(state: ExtractState, st: SentenceState): SigningMeeting | undefined {
  const span = witnessSpan(state, st);
  if (!span) return undefined;
  const whole = { start: 0, end: st.tokens.length };
  const people = reportedAside(state, st, actorsIn(state, st, whole));
  const inSpan = (m: number) => st.spans.get(m)!.start >= span.start && st.spans.get(m)!.end <= span.end;
  // the witnesses may be written by title alone ("ترأس جلالة الملك ورئيس الوزراء الإثيوبي"), references that
  // actorsIn leaves out when the signers are named
  const witnesses = actorsIn(state, st, span);
  // people set off after the signing by a comma and "with" ("…witnessed the signing, along with W") watch with them
  const signing = st.cues.find((c) => c.kind === "signing" && c.start >= span.end);
  const alongside = signing ? coWitnessStart(st, signing.end) : undefined;
  if (alongside !== undefined) for (const m of people) if (st.spans.get(m)!.start >= alongside && !witnesses.includes(m)) witnesses.push(m);
  for (const w of witnesses) if (!people.some((q) => rootMention(state, q) === rootMention(state, w))) people.push(w);
  if (!witnesses.length && st.cues.some((c) => c.kind === "bothSides" && c.start >= span.start && c.end <= span.end)) {
    const last = [...state.events].reverse().find((e) => e.kind === "meeting" && st.s.index - e.evidence.sentenceIndex <= 2 && e.participants.length >= 2);
    for (const p of last?.participants ?? []) if (!people.some((q) => rootMention(state, q) === rootMention(state, p))) witnesses.push(p), people.push(p);
  }
  const roots = new Set(people.map((m) => rootMention(state, m)));
  if (!witnesses.length || roots.size < 2 || witnesses.length === people.length) return undefined;
  const at = st.cues.find((c) => c.kind === "witness")!;
  const cue = state.doc.article.text.slice(st.tokens[at.start].start, st.tokens[at.end - 1].end);
  return { clause: whole, people, trigger: cue, at: at.start };
}

/** How long before the paper's day a signing told in a relative clause must be dated to be background (days). */
const BACKGROUND_DAYS = 365;
/** How far back from the signing verb its relative pronoun may stand ("which the US envoy A and B signed"). */
const RELATIVE_REACH = 10;
/** How far back from the relative pronoun its document noun may stand ("the Doha agreement, which …"). */
const NOUN_REACH = 4;

/**
 * A signing told in a relative clause about its document ("اتفاق الدوحة الذي وقعه A وB في فبراير 2020", "the
 * treaty which A and B signed in 1994", "قراردادی که A و B در سال ۱۳۹۸ امضا کردند"), dated only by a month or a
 * year more than a year before the paper's day and naming no venue: the clause says which document it is, it
 * tells no meeting of this story. With a day or a venue of its own («… الذي وقعه A وB بنيروبي في الخامس من مايو
 * 2019») it is still told as a meeting.
 */
export function backgroundSigning(state: ExtractState, st: SentenceState, clause: TokenSpan): boolean {
  const published = state.publishedAt;
  const signing = st.cues.find((c) => c.kind === "signing" && c.start >= clause.start && c.end <= clause.end);
  if (!published || !signing) return false;
  const rel = relativeOfDocument(state, st, signing.start, clause);
  if (rel === undefined || venueIn(state, st, { start: rel, end: clause.end }, signing.start, "meeting") !== undefined) return false;
  const from = st.tokens[rel].start;
  const to = st.tokens[clause.end - 1].end;
  const dates = st.dates.filter((d) => d.start >= from && d.end <= to && d.value.date);
  if (!dates.length || dates.some((d) => d.value.precision === "day" || d.value.basis !== "explicit")) return false;
  return dates.every((d) => (Date.parse(published) - lastDay(d.value.date!, d.value.precision)) / 86_400_000 > BACKGROUND_DAYS);
}

/** The token of a relative pronoun before a signing verb that follows a document noun, if any. */
function relativeOfDocument(state: ExtractState, st: SentenceState, verb: number, clause: TokenSpan): number | undefined {
  const relative = state.lex.words.sets[`relative.${state.lang}`];
  const nouns = state.lex.words.sets[`documentNoun.${state.lang}`];
  if (!relative || !nouns) return undefined;
  // (Persian puts the indefinite ی on the noun before که: «قراردادی که …»)
  const isNoun = (k: number) => { const key = st.tokens[k]?.key ?? ""; return nouns.has(key) || (state.lang === "fa" && nouns.has(key.replace(/ی$/, ""))); };
  for (let i = verb - 1; i >= clause.start && verb - i <= RELATIVE_REACH; i--) {
    if (!relative.has(st.tokens[i].key)) continue;
    for (let k = i - 1; k >= clause.start && i - k <= NOUN_REACH; k--) if (isNoun(k)) return i;
    return undefined;
  }
  return undefined;
}

/** The last day (ms since the epoch) of a date of month or year precision. */
function lastDay(date: string, precision: string | null): number {
  const [y, m] = date.split("-").map(Number);
  return precision === "year" ? Date.UTC(y, 11, 31) : Date.UTC(y, m, 0);
}
