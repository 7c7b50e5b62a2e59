// Who joins a meeting already reported: "B joined the meeting", "Z takes part by video link" (who leaves it), "X
// attended the ceremony too", and a signing that goes on telling the ceremony just reported. A helper of pass 5
// (05-events), split from it.
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { rootMention } from "./_mentions.js";
import { WITH_OBJECT } from "./_signings.js";
import { venueIn } from "./_event-facts.js";
import { sameOccasion } from "./_lone-signer.js";
import { SIDELINES_NOUNS } from "./_event-parts.js";
import { bodySession } from "./_presence.js";
import { normalizeKey } from "../../text/normalize.js";

/** How many sentences back a signing that names no day and no place continues the ceremony just reported. */
const CEREMONY_REACH = 2;

/**
 * The signing ceremony a signing sentence goes on telling: "Israel and the PLO signed the declaration today in
 * Washington, in the presence of X and Y. The declaration was signed by A and B. C and D signed as witnesses." —
 * a signing that names no day, no place and no one it signs "with", in one of the two sentences after a signing
 * meeting and with no other event reported between them, is that ceremony (its signers were at it).
 */
export function sameCeremony(state: ExtractState, st: SentenceState, clause: TokenSpan, signings: Set<EventFact>, alone = false): EventFact | undefined {
  const latest = [...state.events].reverse().find((e) => e.kind !== "visit");
  const back = latest ? st.s.index - latest.evidence.sentenceIndex : 0;
  if (!latest || !signings.has(latest) || back < 1 || back > CEREMONY_REACH) return undefined;
  const inClause = (sp: TokenSpan) => sp.start >= clause.start && sp.end <= clause.end;
  // "He also signed agreements with A and B": signing with someone names its own other side (one signing each)
  // ("on the same occasion, the agreements with X were signed by …": told as the same occasion, its "with" names a side)
  const same = sameOccasion(st, clause);
  if (!same && st.cues.some((c) => c.kind === "with" && WITH_OBJECT.has(st.tokens[c.start].key) && inClause(c))) return undefined;
  if (st.dates.some((d) => inClause(d))) return undefined;
  const own = outsidePersonRelatives(state, st, clause);
  // (one signer alone with a day of his own signed on another occasion: "C signed it on Monday"; dates are held by
  // their characters)
  if (alone && st.dates.some((d) => own.some((sp) => d.start >= st.tokens[sp.start].start && d.end <= st.tokens[sp.end - 1].end))) return undefined;
  // (a venue: not a country in a title or a body's name, "رئيس جمهورية جنوب السودان X", "حركة تحرير السودان")
  // (not a place of a relative clause about a person: "C, who had hosted the talks in Oslo, signed both accords")
  if (own.some((sp) => venueIn(state, st, sp, sp.start, "meeting") !== undefined)) return undefined;
  return latest;
}

/**
 * The parts of a clause outside its English relative clauses about a person set off by commas (", who …,", ", whom
 * …,"): what such a clause tells (where the person was before) is not the main clause's.
 */
function outsidePersonRelatives(state: ExtractState, st: SentenceState, clause: TokenSpan): TokenSpan[] {
  if (state.lang !== "en") return [clause];
  const out: TokenSpan[] = [];
  let from = clause.start;
  for (let i = clause.start + 1; i < clause.end; i++) {
    if (st.tokens[i - 1].text !== "," || !WHO.has(st.tokens[i].key)) continue;
    // (it runs to the last comma before the signing verb the clause's subject governs, past an apposition inside it:
    // ", who had kept them at Camp David, the retreat in Maryland, for 13 days, signed …")
    const verb = st.cues.find((c) => c.kind === "signing" && c.start > i && c.end <= clause.end);
    let end = i + 1;
    while (end < clause.end && st.tokens[end].text !== ",") end++;
    if (verb) for (let k = end; k < verb.start; k++) if (st.tokens[k].text === ",") end = k;
    if (end >= clause.end) break;
    out.push({ start: from, end: i - 1 });
    from = i = end;
  }
  out.push({ start: from, end: clause.end });
  return out.filter((sp) => sp.end > sp.start);
}
const WHO = new Set(["who", "whom", "whose"]);

/**
 * The meeting a joiner's "the meeting" names: the last one within three sentences; else, when the meeting is the
 * article's last reported event (an official readout's list of attendees closes the report, after paragraphs of
 * what was said: "Foreign Minister X attended the meeting", «نیز در این دیدار حضور داشت»), that one. Whether one was found.
 */
export function joinLastMeeting(state: ExtractState, st: SentenceState, participants: number[], end = Infinity): boolean {
  // (`end` is a token; dates are held by their characters)
  const endChar = end < st.tokens.length ? st.tokens[end].start : Infinity;
  // ("took part in the ministerial meeting" on whose sidelines the meeting told was held: the gathering, not that meeting)
  if (sidelinesGathering(state, st)) return false;
  // ("took part in the summit" of a body's session, «وشارك في القمة» after «القمة العربية»: its attendee joins no
  // meeting told before it, a reception or talks held there; the session is no meeting of its attendees)
  if (joinsSession(state, st)) return false;
  const ceremony = ceremonyJoined(state, st);
  if (ceremony) {
    for (const p of participants) if (!ceremony.participants.includes(p)) ceremony.participants.push(p);
    return true;
  }
  // ("attended the meeting" after the signing that followed it: the talks, «حضر اللقاء» after «وعقب اللقاء جرى التوقيع»)
  const near = talksJoined(state, st) ?? [...state.events].reverse().find((e) => e.kind === "meeting" && st.s.index - e.evidence.sentenceIndex <= 3);
  // (a trip is no other contact: "X, who is the first minister to travel to Tehran since …")
  const latest = [...state.events].reverse().find((e) => e.kind !== "visit");
  // ("who also attended Wednesday's meeting": the meeting of the day the sentence names, over a later one of another day)
  // (the days of its own clause: not of one of another time after it, `end`)
  const day = st.dates.find((d) => d.value.precision === "day" && d.value.date && d.start < endChar)?.value.date;
  const ofDay = day ? [...state.events].reverse().find((e) => e.kind === "meeting" && e.date.precision === "day" && e.date.date === day && st.s.index - e.evidence.sentenceIndex <= JOIN_REACH) : undefined;
  // ("Also present at the talks were …" after a dinner told since: the meeting whose event word is the noun joined)
  const last = ofDay ?? namedMeeting(state, st) ?? near ?? (latest?.kind === "meeting" && st.s.index - latest.evidence.sentenceIndex <= JOIN_REACH ? latest : undefined);
  if (!last || otherDay(st, last, endChar)) return false;
  for (const p of participants) if (!last.participants.includes(p)) last.participants.push(p);
  // "… were at both meetings" («در هر دو دیدار حضور داشتند», «في كلا اللقاءين»): the meeting told before it too
  if (bothMeetings(st)) {
    const before = [...state.events].reverse().find((e) => e.kind === "meeting" && e.evidence.sentenceIndex < last.evidence.sentenceIndex && st.s.index - e.evidence.sentenceIndex <= JOIN_REACH);
    if (before) for (const p of participants) if (!before.participants.includes(p)) before.participants.push(p);
  }
  return true;
}

/**
 * The meeting a join phrase names by its noun ("present at the talks", «در این دیدار حضور داشتند»; cues.json talksNoun),
 * when the latest meeting within reach is told with another word and an earlier one with that noun ("held talks …
 * Putin hosted a private dinner for him. Also present at the talks were …"); undefined otherwise.
 */
function namedMeeting(state: ExtractState, st: SentenceState): EventFact | undefined {
  const nouns = state.lex.words.sets[`talksNoun.${state.lang}`];
  const bare = (k: string) => (state.lang === "ar" ? k.replace(/^(و|ف)?(ب|ل)?ال/, "") : k);
  const joined = st.triggers.filter((t) => t.kind === "join").flatMap((t) => st.tokens.slice(t.start, t.end).map((w) => w.key)).filter((k) => nouns?.has(k));
  if (!joined.length) return undefined;
  const words = new Set(joined.map(bare));
  const near = [...state.events].reverse().filter((e) => e.kind === "meeting" && e.evidence.sentenceIndex <= st.s.index && st.s.index - e.evidence.sentenceIndex <= JOIN_REACH);
  const names = (e: EventFact) => e.trigger.split(/\s+/).some((w) => words.has(bare(normalizeKey(w))));
  return near.length && !names(near[0]) ? near.find(names) : undefined;
}

/** "both meetings", «هر دو دیدار», «كلا اللقاءين» (the dual alone too: «في اللقاءين»), normalised keys. */
const BOTH_MEETINGS = ["both meetings", "both talks", "both sessions", "هر دو دیدار", "هر دو نشست", "هر دو جلسه", "هر دو ملاقات", "اللقاءين", "الاجتماعين"].map((p) => p.split(" ").map(normalizeKey));

function bothMeetings(st: SentenceState): boolean {
  const keys = st.tokens.map((t) => t.key);
  return BOTH_MEETINGS.some((p) => keys.some((_, i) => p.every((w, j) => keys[i + j] === w || (j === 0 && p.length === 1 && keys[i] === `ب${w}`))));
}

/**
 * Does the joiner's sentence name a day of its own that is not the meeting's ("… are to travel to Mecca on Thursday
 * to swear to the accord in the presence of King X", after a signing on Sunday)? Then it tells another occasion.
 */
export function otherDay(st: SentenceState, meeting: EventFact, endChar = Infinity): boolean {
  const day = meeting.date.precision === "day" ? meeting.date.date : null;
  return !!day && st.dates.some((d) => d.start < endChar && d.value.precision === "day" && !!d.value.date && d.value.date !== day);
}

/** The signing meetings of each article's extraction (findEvents fills it). */
export const signingEvents = new WeakMap<ExtractState, Set<EventFact>>();

/**
 * "وحضر المراسم كذلك X" (X attended the ceremony too): a joiner whose sentence names a ceremony (cues.json
 * ceremonyNoun) joins the signing reported last within JOIN_REACH sentences, though a meeting was told after it
 * ("وكان الرئيس قد استقبل … أمس": the day before, not the ceremony).
 */
function ceremonyJoined(state: ExtractState, st: SentenceState): EventFact | undefined {
  const nouns = state.lex.words.sets[`ceremonyNoun.${state.lang}`];
  if (!nouns || !st.tokens.some((t) => nouns.has(t.key))) return undefined;
  const signings = signingEvents.get(state);
  return [...state.events].reverse().find((e) => signings?.has(e) && e.kind === "meeting" && st.s.index - e.evidence.sentenceIndex <= JOIN_REACH);
}

/**
 * A joiner whose join phrase names the talks, not a ceremony ("attended the meeting", «حضر اللقاء», «در این دیدار
 * حضور داشت»; cues.json talksNoun), told when the last meeting is a signing that followed talks («وعقب اللقاء جرى
 * التوقيع على مذكرة … وقعها A وB»): the talks before that signing, within reach, on no other day.
 */
function talksJoined(state: ExtractState, st: SentenceState): EventFact | undefined {
  const talks = state.lex.words.sets[`talksNoun.${state.lang}`];
  const ceremony = state.lex.words.sets[`ceremonyNoun.${state.lang}`];
  const named = st.triggers.filter((t) => t.kind === "join").flatMap((t) => st.tokens.slice(t.start, t.end).map((w) => w.key));
  if (!talks || !named.some((k) => talks.has(k)) || st.tokens.some((w) => ceremony?.has(w.key))) return undefined;
  // (a signing: a signing meeting, or a meeting of a sentence that tells a signing, «وعقب اللقاء، جرى التوقيع …»)
  const signings = signingEvents.get(state);
  const sets = state.lex.words.sets;
  const signs = (e: EventFact) => {
    if (signings?.has(e)) return true;
    const x = state.sentences.find((y) => y.s.index === e.evidence.sentenceIndex);
    return !!x && (x.triggers.some((t) => t.kind === "agreement") || x.tokens.some((w) => sets[`signVerb.${state.lang}`]?.has(w.key) || sets[`documentNoun.${state.lang}`]?.has(w.key)));
  };
  const meetings = [...state.events].reverse().filter((e) => e.kind === "meeting" && st.s.index - e.evidence.sentenceIndex <= JOIN_REACH);
  if (!meetings.length || !signs(meetings[0])) return undefined;
  const signing = meetings[0];
  const before = meetings.find((e) => !signs(e));
  const sameDay = before && (before.date.date === signing.date.date || !before.date.date || !signing.date.date);
  return before && sameDay ? before : undefined;
}

/**
 * Does the join phrase name the gathering a meeting told before was held on the sidelines of («على هامش الاجتماع
 * الوزاري …», then «وشارك في الاجتماع الوزاري A وB وC»; "on the sidelines of the summit", then "D attended the
 * summit")? Its noun is the noun right after "the sidelines of" in a sentence within reach.
 */
function sidelinesGathering(state: ExtractState, st: SentenceState): boolean {
  const nouns = new Set(st.triggers.filter((t) => t.kind === "join").map((t) => st.tokens[t.end - 1].key));
  if (!nouns.size) return false;
  return state.sentences.some((x) => x.s.index < st.s.index && st.s.index - x.s.index <= JOIN_REACH && x.tokens.some((w, k) => {
    if (!SIDELINES_NOUNS.has(w.key)) return false;
    const after = x.tokens.slice(k + 1, k + 4).map((v) => v.key).filter((v) => v !== "of" && v !== "the");
    return !!after.length && nouns.has(after[0]);
  }));
}

/**
 * Does a join phrase of the sentence take a body's session as its object (_presence.bodySession), inside the phrase
 * («شارك في القمة») or as the word right after its verb («وحضر القمة»)?
 */
function joinsSession(state: ExtractState, st: SentenceState): boolean {
  return st.triggers.some((t) => t.kind === "join" && st.tokens.slice(t.start, t.end + 1).some((w, k) => !w.punct && bodySession(state, st, { start: t.start + k, end: t.start + k + 1, text: w.text })));
}

/** How many sentences back a joiner reaches the meeting when no other event was reported since. */
const JOIN_REACH = 8;

export function leaveLastMeeting(state: ExtractState, st: SentenceState, participants: number[]): void {
  const last = [...state.events].reverse().find((e) => e.kind === "meeting" && st.s.index - e.evidence.sentenceIndex <= 3);
  if (!last) return;
  const who = (p: number) => state.mentions[rootMention(state, p)].lexiconId ?? `m${rootMention(state, p)}`;
  const remote = new Set(participants.map(who));
  last.participants = last.participants.filter((p) => !remote.has(who(p)));
}


/** Cue kinds that open a clause of another time or a contrast ("after Z chose to stay home", "despite …"). */
const OTHER_CLAUSE = new Set(["timedClause", "contrast"]);

/**
 * "X met Y, before taking part in the summit that Z attended", «التقى X Y، قبل أن يشارك في القمة التي حضرها Z»: a join
 * word after a clause of another time (cues timedClause) that follows the sentence's own meeting, already told, is
 * of another occasion: it joins no meeting told before.
 */
export function joinOfOtherOccasion(state: ExtractState, st: SentenceState, joinAt: number): boolean {
  if (!state.events.some((e) => e.kind === "meeting" && e.evidence.sentenceIndex === st.s.index)) return false;
  return st.cues.some((c) => c.kind === "timedClause" && c.end <= joinAt && st.triggers.some((t) => t.kind === "meeting" && t.end <= c.start));
}

/**
 * Where a join phrase's own clause ends: at a clause of another time or a contrast that follows the phrase
 * ("Australia was represented by X after Prime Minister Z cancelled his trip": X joins, not Z, who stayed away,
 * and the cancelling is Z's trip's, not the joining's). Infinity when none follows.
 */
export function joinClauseEnd(st: SentenceState, triggers: TokenSpan[]): number {
  const at = Math.min(...triggers.map((t) => t.end));
  return st.cues.filter((c) => OTHER_CLAUSE.has(c.kind) && c.start >= at).reduce((m, c) => Math.min(m, c.start), Infinity);
}
