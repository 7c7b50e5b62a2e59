// One signing ceremony told over several sentences is one meeting of everyone at it. After "A and B signed the
// protocol …", the next sentences go on telling the same ceremony: "The UN envoy C looked on", "D and E attended the
// signing", "Seated beside A were F and G", "host H watched", «وحضر مراسم التوقيع …»; and "President K shook hands
// with B afterwards" is a gesture of the ceremony, not a meeting of its own. A helper of pass 5 (05-events): it
// adds those people to the signing meeting (`signingEvents`), and folds such a handshake into it.
// Not who is said to stay away ("did not attend", «لم يحضر»), who watched on television, or an onlooker of a
// ceremony that is only planned (a planned signing makes no signing meeting to join).
import type { EventFact } from "../../model.js";
import type { CueHit, ExtractState, SentenceState, TokenSpan } from "../state.js";
import { actorsIn, personKey } from "./_mentions.js";
import { otherDay, signingEvents } from "./_joiners.js";
import { reportedAside, signingWitnessed, witnessSpan } from "./_signings.js";
import { normalizeKey } from "../../text/normalize.js";

/** How many sentences after the ceremony was last told an onlooker or a gesture still belongs to it. */
const CEREMONY_REACH = 2;
/** How far back a sentence that names the ceremony ("attended the signing", «حضر مراسم التوقيع») reaches it. */
const NAMED_REACH = 8;
/** Tokens before an onlooker word in which a negation or a plan makes it no presence ("did not attend"). */
const NEG_WINDOW = 3;
/** Modality that says the onlooker was not there (yet). */
const NOT_THERE = new Set(["planned", "modal", "invited", "condition", "denied", "notHeld", "negation", "without", "cancelled", "postponed", "eve"]);

/** The sentence at which each ceremony was told last (its signing sentence, or a later one that went on telling it). */
const lastTold = new WeakMap<EventFact, number>();

/**
 * The reports of one ceremony: its signing meeting and the gestures told at it, each kept (a later "the two men"
 * names the people of the last one) and each given everyone at the ceremony (pass 6 makes them one meeting).
 */
const reports = new WeakMap<EventFact, EventFact[]>();

function reportsOf(c: EventFact): EventFact[] {
  let group = reports.get(c);
  if (!group) reports.set(c, (group = [c]));
  return group;
}

/**
 * Other reports of a ceremony than its signing meeting: a meeting told with its signing ("signed the accord …, in a
 * ceremony hosted by C") and the gestures at it. Onlookers and gestures join them; a later signing does not
 * continue them (_joiners.sameCeremony reads only the signing meetings: "met X and signed an agreement. The
 * contract was signed by Y and by X" is two signings).
 */
const otherReports = new WeakMap<ExtractState, Set<EventFact>>();

/** Marks a meeting the sentence reports with its signing as a ceremony (05-events). */
export function markCeremony(state: ExtractState, e: EventFact): void {
  let set = otherReports.get(state);
  if (!set) otherReports.set(state, (set = new Set()));
  set.add(e);
}

const isCeremony = (state: ExtractState, e: EventFact) => e.kind === "meeting" && (!!signingEvents.get(state)?.has(e) || !!otherReports.get(state)?.has(e));

const told = (e: EventFact) => lastTold.get(e) ?? e.evidence.sentenceIndex;

/** A later sentence went on telling the ceremony (a signer who joined it: "C signed both accords as a witness"). */
export function toldAgain(st: SentenceState, e: EventFact): void {
  lastTold.set(e, st.s.index);
}

/** Does the sentence name a ceremony (cues.json ceremonyNoun: "ceremony", «مراسم», «حفل»)? */
export function namesCeremonyNoun(state: ExtractState, st: SentenceState): boolean {
  const nouns = state.lex.words.sets[`ceremonyNoun.${state.lang}`];
  return !!nouns && st.tokens.some((t) => nouns.has(t.key));
}

/** Does the sentence name the ceremony: a ceremony noun or a signing word ("the signing")? */
function namesCeremony(state: ExtractState, st: SentenceState): boolean {
  return st.cues.some((c) => c.kind === "signing") || namesCeremonyNoun(state, st);
}

/**
 * The ceremony the sentence goes on telling: the signing meeting that is the last contact reported before the
 * sentence, told at most CEREMONY_REACH sentences back; when the sentence names the ceremony, the last signing
 * meeting within NAMED_REACH sentences.
 */
function ceremonyBefore(state: ExtractState, st: SentenceState): EventFact | undefined {
  const before = state.events.filter((e) => e.evidence.sentenceIndex < st.s.index && e.kind !== "visit");
  const latest = before[before.length - 1];
  if (latest && isCeremony(state, latest) && st.s.index - told(latest) <= CEREMONY_REACH) return latest;
  if (!namesCeremony(state, st)) return undefined;
  return [...before].reverse().find((e) => isCeremony(state, e) && st.s.index - told(e) <= NAMED_REACH);
}

/**
 * One person, by lexicon id, or, for people no lexicon knows, by a name that ends the other's full name ("Manuvakola"
 * after "Eugenio Manuvakola": pass 5 runs before the article's short names are tied to the full ones).
 */
function samePerson(state: ExtractState, a: number, b: number): boolean {
  const ka = personKey(state, a);
  const kb = personKey(state, b);
  if (ka === kb) return true;
  if (!ka.startsWith("text:") && !kb.startsWith("text:")) return false;
  const words = (m: number) => normalizeKey(state.mentions[m].text).split(/\s+/);
  const [x, y] = [words(a), words(b)].sort((p, q) => p.length - q.length);
  return x.length < y.length && x.join(" ") === y.slice(y.length - x.length).join(" ");
}

const atEvent = (state: ExtractState, e: EventFact, p: number) => e.participants.some((q) => samePerson(state, q, p));

function addPeople(state: ExtractState, into: EventFact, people: number[]): void {
  for (const p of people) if (!atEvent(state, into, p)) into.participants.push(p);
}

/** A clause of its own names a day or a place (not a title's country: "Zambian President X"). */
function ownDayOrPlace(state: ExtractState, st: SentenceState, e: EventFact, c: EventFact): boolean {
  if (e.date.date && c.date.date && e.date.date !== c.date.date) return true;
  if (e.place === undefined) return false;
  const p = state.mentions[e.place];
  const q = c.place === undefined ? undefined : state.mentions[c.place];
  return !!p.lexiconId && p.lexiconId !== q?.lexiconId && st.mentions.includes(e.place);
}

/**
 * Meetings the sentence reports that are the ceremony's own gestures ("K flew in for the signing and shook hands
 * with B afterwards", "A and B shook hands and toasted the accords"): one of their people is at the ceremony, they
 * have no day or place of their own, and the word is a gesture (cues.json words gesture) or the sentence names the
 * ceremony. They are reports of it: their people join it, and they take its people (and its day when they name
 * none). True when any was.
 */
export function foldGestures(state: ExtractState, st: SentenceState): boolean {
  const c = ceremonyBefore(state, st);
  if (!c) return false;
  const gestures = state.lex.words.sets[`gesture.${state.lang}`];
  const gesture = (e: EventFact) => !!gestures && e.trigger.split(/\s+/).some((w) => gestures.has(normalizeKey(w)));
  const here = state.events.filter((e) => e.evidence.sentenceIndex === st.s.index && e.kind !== "visit");
  if (!here.length || here.some((e) => e.kind !== "meeting")) return false;
  const atIt = (e: EventFact) => e.participants.some((p) => atEvent(state, c, p));
  // (a sentence that names the ceremony as the time its contact came before, "Before the ceremony, K was received by
  // H", tells another occasion of that day, no gesture at the ceremony)
  const named = namesCeremony(state, st) && !ceremonyAhead(state, st);
  if (!here.every((e) => atIt(e) && !ownDayOrPlace(state, st, e, c) && (gesture(e) || named))) return false;
  const group = reportsOf(c);
  for (const e of here) {
    for (const r of group) addPeople(state, r, e.participants);
    addPeople(state, e, c.participants);
    if (!e.date.date && c.date.date) e.date = { ...c.date };
    group.push(e);
    reports.set(e, group);
    markCeremony(state, e);
    lastTold.set(e, st.s.index);
  }
  return true;
}

/** English words that put what a clause tells before the occasion named after them ("before", "ahead of", "prior to"). */
const AHEAD = new Set(["before", "ahead", "prior"]);
/** The most words between such a word and the ceremony's noun ("before the signing ceremony"). */
const AHEAD_WORDS = 3;

/**
 * Does every word of the sentence that names the ceremony (its noun, a signing word) stand a few words after a word
 * that puts the clause before it ("Before the ceremony, …", "ahead of the signing")? English only.
 */
function ceremonyAhead(state: ExtractState, st: SentenceState): boolean {
  if (state.lang !== "en") return false;
  const nouns = state.lex.words.sets[`ceremonyNoun.${state.lang}`];
  const at = [...st.tokens.keys()].filter((i) => nouns?.has(st.tokens[i].key) || st.cues.some((c) => c.kind === "signing" && c.start === i));
  const ahead = (i: number) => {
    for (let k = i - 1; k >= 0 && i - k <= AHEAD_WORDS; k--) {
      if (st.tokens[k].punct) return false;
      if (AHEAD.has(st.tokens[k].key)) return true;
    }
    return false;
  };
  return at.length > 0 && at.every(ahead);
}

/**
 * The sentence's words of presence at a ceremony that name no signing after them (which _signings reads itself), and
 * a witness verb before a signing the sentence names no signers of ("X, Y and Z witnessed the signing, along with
 * W"): the signing is the one just told, and the witnesses its onlookers.
 */
function onlookerCues(state: ExtractState, st: SentenceState): CueHit[] {
  const signingAfter = (c: CueHit) => st.cues.some((s) => s.kind === "signing" && s.start >= c.end);
  const unsigned = () => !!witnessSpan(state, st) && !signingWitnessed(state, st);
  return st.cues.filter((c) => c.kind === "onlooker" || ((c.kind === "witness" || c.kind === "presence") && ((!signingAfter(c) && !witnessSpan(state, st)) || (c.kind === "witness" && unsigned()))));
}

/** The onlooker word is negated or planned ("did not attend", "will look on", «لم يحضر»), or the watching was remote. */
function notThere(state: ExtractState, st: SentenceState, c: CueHit): boolean {
  const near = (m: TokenSpan) => (m.end <= c.start ? c.start - m.end <= NEG_WINDOW : state.lang === "fa" && m.start >= c.end && m.start - c.end <= NEG_WINDOW);
  if (st.modality.some((m) => NOT_THERE.has(m.kind) && near(m))) return true;
  const remote = state.lex.words.sets[`remoteWatching.${state.lang}`];
  return !!remote && st.tokens.slice(c.end, c.end + 4).some((t) => remote.has(t.key));
}

/**
 * A sentence that reports no contact of its own but people present at the ceremony ("C looked on", "D and E attended
 * the signing", "Seated beside A were F and G", «وحضر مراسم التوقيع X»): they join it. True when they did.
 */
export function joinOnlookers(state: ExtractState, st: SentenceState): boolean {
  const cues = onlookerCues(state, st);
  // (a contact told in a relative clause about an onlooker, closed before the onlooker word, is who he is, not this
  // sentence's own report: "A and B, who had led the talks of officials, were present at the signing")
  const from = Math.min(...cues.map((c) => c.start));
  // (nor an event noun in a phrase of time after the onlooker word, the setting of the ceremony: "The signing was
  // witnessed by C and D, at the end of a summit at the palace")
  const aside = st.triggers.filter((t) => t.kind !== "agreement").every((t) => personRelativeBefore(state, st, t.start, from) || (t.start > from && timeSetting(state, st, t.start)));
  if (!aside && state.events.some((e) => e.evidence.sentenceIndex === st.s.index && e.kind !== "visit")) return false;
  if (!cues.length || cues.some((c) => notThere(state, st, c))) return false;
  // a sentence that reports a signing of its own is read by _signings (and _joiners.sameCeremony), unless it names
  // no one before its presence words: «وجرى التوقيع بحضور X», "The signing took place in the presence of X"
  const ownSigning = st.triggers.some((t) => t.kind === "agreement" && st.cues.some((c) => c.kind === "signing" && c.start >= t.start && c.end <= t.end));
  if (ownSigning && actorsIn(state, st, { start: 0, end: Math.min(...cues.map((c) => c.start)) }).length) return false;
  const c = ceremonyBefore(state, st);
  // (a sentence with a day of its own tells another occasion: "… are to swear to it in Mecca on Thursday in the presence of K")
  if (!c || otherDay(st, c)) return false;
  const people = reportedAside(state, st, actorsIn(state, st, { start: 0, end: st.tokens.length }));
  if (!people.length) return false;
  for (const r of reportsOf(c)) addPeople(state, r, people);
  lastTold.set(c, st.s.index);
  return true;
}

/** The most words between the word of time and the event noun ("at the end of a quadripartite summit"). */
const SETTING_WORDS = 3;

/**
 * Does the event noun at `at` stand in an English phrase of time (cues.json timeAdjunct: "after", "during"; or
 * atTime + endNoun + "of": "at the end of") a few words before it, no punctuation between?
 */
function timeSetting(state: ExtractState, st: SentenceState, at: number): boolean {
  if (state.lang !== "en") return false;
  const sets = state.lex.words.sets;
  for (let i = at - 1; i >= Math.max(0, at - 1 - SETTING_WORDS - 3); i--) {
    const t = st.tokens[i];
    if (t.punct) return false;
    if (sets["timeAdjunct.en"]?.has(t.key) && at - i - 1 <= SETTING_WORDS) return true;
    // ("at the end of", "at the close of": the article between is optional)
    const atWord = (k: number) => !!sets["atTime.en"]?.has(st.tokens[k]?.key ?? "");
    if (t.key === "of" && sets["endNoun.en"]?.has(st.tokens[i - 1]?.key ?? "") && (atWord(i - 2) || (st.tokens[i - 2]?.key === "the" && atWord(i - 3)))) return at - i - 1 <= SETTING_WORDS;
  }
  return false;
}

/**
 * Does the token `at` stand in an English relative clause about a person (", who …,", ", whom …,", ", whose …,") that
 * closes with its comma before the token `before`?
 */
function personRelativeBefore(state: ExtractState, st: SentenceState, at: number, before: number): boolean {
  if (state.lang !== "en" || !Number.isFinite(before)) return false;
  let open = -1;
  for (let i = at; i > 0; i--) {
    if (st.tokens[i].text === "," && i !== at) return false;
    if (RELATIVE_WHO.has(st.tokens[i].key) && st.tokens[i - 1].text === ",") { open = i; break; }
  }
  if (open < 0) return false;
  for (let i = at + 1; i < before; i++) if (st.tokens[i].text === ",") return true;
  return false;
}
const RELATIVE_WHO = new Set(["who", "whom", "whose"]);
