// Pass 5: events. A clause with a trigger (met, received, held talks, دیدار, استقبل, …) and the people
// in it becomes an event. What kind of event is decided by the clause, not the trigger alone:
//   - a phone call is a "call";
//   - future, expected, proposed or invited is "planned" (an English infinitive too: "is expected to travel … to meet");
//     talks through a mediator ("indirect talks") are a "call"; cancelled or postponed is "cancelled";
//     denied or negated is "denied": none of these are meetings;
//   - "X and Y held talks with (unnamed) officials" names one side only: no met pair;
//   - "a series of meetings with A and B" meets each of them separately;
//   - "B joined the meeting" adds B to the last meeting of the article;
//   - a signing ceremony told over several sentences is one meeting: who looked on or shook hands at it joins it (_ceremony);
//   - a travel trigger is a "visit" (one person, a destination), used only to date undated meetings.
// Headlines are skipped: their facts are reported again in the body; so are questions ("Did X meet Y?"), which report nothing.
import type { EventFact, EventKind } from "../../model.js";
import type { CueHit, ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf } from "../state.js";
import { actorsIn, rootMention } from "./_mentions.js";
import { backgroundSigning, joinWitnesses, signingMeetings, WITH_OBJECT } from "./_signings.js";
import { audienceObject, backgroundClauseBetween, eveOf, eveParts, longProcess, peopleBetween, personRelativeBetween, relativeAfter, segments, untilAfter, withoutNegates } from "./_event-parts.js";
import { reportedCut } from "./_reported-speech.js";
import { IMPERFECT_AR, pastQad, pluperfectAr } from "./_arabic-qad.js";
import { bulletLead } from "./_bullets.js";
import { bodySession, visitsPerson } from "./_presence.js";
import { pushEvent } from "./_event-facts.js";
import { ownSubjectBreaks } from "./_own-subject.js";
import { joinClauseEnd, joinLastMeeting, leaveLastMeeting, sameCeremony, signingEvents } from "./_joiners.js";
import { distributedDays, sequentialObjects } from "./_distributed-days.js";
import { normalizeKey } from "../../text/normalize.js";
import { isQuestion } from "./_questions.js";
import { addBothSides } from "./_both-sides.js";
import { addThreeLeaders } from "./_three-leaders.js";
import { tripContact } from "./_trip-contact.js";
import { foldGestures, joinOnlookers, markCeremony, namesCeremonyNoun } from "./_ceremony.js";
import { presenceGathering } from "./_gathering.js";
import { heldInThePast } from "./_yearless.js";
import { laterThanPaper } from "./_event-dates.js";
import { planOfSubjectNoun } from "./_subject-plans.js";
import { toldVenue } from "./_told-venue.js";
import { markSubjunctiveMeetings } from "./_subjunctive.js";

const SCOPING = new Set(["denied", "notHeld", "cancelled", "postponed"]);
/** Cues about the meeting itself ("was postponed", "did not take place"): the whole clause, either side. */
const CLAUSE_WIDE = new Set(["notHeld", "cancelled", "postponed"]);

/** Modality that must stand right at its trigger: "did not meet", "indirect talks", «مذاکرات غیرمستقیم». */
const TIGHT = new Set(["negation", "indirect"]);

/** Tokens between a modality cue and its trigger. */
const MODALITY_WINDOW = 4;

/** Modality that says a meeting did not (yet) take place. */
const NOT_HELD = new Set(["planned", "modal", "eve", "invited", "condition", "denied", "notHeld", "negation", "without", "cancelled", "postponed"]);

export function findEvents(state: ExtractState): void {
  const signings = new Set<EventFact>();
  signingEvents.set(state, signings);
  for (const st of state.sentences) {
    if (st.s.heading || isQuestion(st)) continue;
    const done = new Set<string>();
    // an event word inside a name is no event ("the Islamic Gathering", «اللقاء الإسلامي»), nor talks of months
    // ("after 18 months of secret talks", _event-parts.longProcess), nor a reason's gerund ("thanked Qatar for hosting X")
    st.triggers = st.triggers.filter((t) => !insideName(state, st, t) && !(t.kind === "meeting" && (longProcess(state, st, t) || reasonGerund(state, st, t))));
    markSubjunctiveMeetings(state, st); // «قرار است در آنجا با X مذاکره کند»: a Persian subjunctive is no meeting held
    // ", and the late President C signed … with B": a clause of its own subject (_own-subject)
    const ownSubject = ownSubjectBreaks(state, st);
    for (const trig of st.triggers) {
      if (trig.kind === "agreement") continue;
      const clause = clauseOf(st, trig.start);
      const key = `${clause.start}:${clause.end}`;
      if (done.has(key)) continue;
      const all = st.triggers.filter((t) => t.kind !== "agreement" && t.start >= clause.start && t.end <= clause.end);
      done.add(key);
      let subject: number | undefined;
      // (or "the two men" of a part: «التقت X كلا من A وB، دون أن يجمع الرجلين أي لقاء» is two events)
      const hasActor = (sp: TokenSpan) => actorsIn(state, st, sp).length > 0 || st.cues.some((c) => c.kind === "bothSides" && c.start >= sp.start && c.end <= sp.end);
      // (someone in `sp` who is no one of `than`: "X, the term president of the summit," names only X)
      const namesOthers = (sp: TokenSpan, than: TokenSpan) => {
        const key = (m: number) => state.mentions[rootMention(state, m)].lexiconId ?? `m${rootMention(state, m)}`;
        const theirs = new Set(actorsIn(state, st, than).map(key));
        return actorsIn(state, st, sp).some((m) => !theirs.has(key(m)));
      };
      for (const part of eveParts(st, clause, all)) {
        for (const seg of segments(st, part.span, part.triggers, hasActor, state.lang, namesOthers)) {
          const told = state.events.length;
          subject = eventOfClause(state, st, seg.span, seg.triggers, clause, subject);
          // "since their meeting in Jeddah": an earlier meeting, kept only with a day of its own (with none, it would
          // be merged into the meeting the story tells)
          if (seg.since) state.events = [...state.events.slice(0, told), ...state.events.slice(told).filter((e) => e.date.date && (e.date.basis === "explicit" || e.date.basis === "relative"))];
        }
      }
    }
    // a signing watched by others ("After the talks, A and B witnessed the signing …"): the watchers join the
    // meeting the sentence already reports
    if (joinWitnesses(state, st)) continue;
    // a signing is a meeting of the people at it, when the sentence reports no contact and nothing planned or denied
    // ("without" only when an event word follows it: "signed … without a ceremony" is a signing; "on the eve of" only
    // when it governs the signing: "on the eve of the summit, A and B signed …" is held)
    const evented = state.events.some((e) => e.evidence.sentenceIndex === st.s.index && e.kind !== "visit");
    // (a modality of another clause, "…، في حين رفض X التوقيع", leaves a signing of its own clause held)
    // (nor Arabic قد before a perfect or in a pluperfect: «وكان A وB قد وقعا …» signed, as in eventOfClause)
    const modal = (sp?: TokenSpan) => st.modality.some((m) => (!sp || (m.start >= sp.start && m.end <= sp.end)) && m.kind !== "atInvitation" && !pastQad(state, st, m) && (m.kind !== "without" || st.triggers.some((t) => withoutNegates(st, m, t))) && (m.kind !== "eve" || st.triggers.some((t) => t.kind === "agreement" && eveOf(st, t))));
    const held = evented || modal();
    // a meeting told with its signing ("A and B signed the accord …, in a ceremony hosted by C") is the ceremony too;
    // told as a ceremony (its noun, or witnesses: "the two premiers witnessed an exchange of notes"), a signing in
    // the next sentences goes on telling it (_joiners.sameCeremony)
    if (held && st.triggers.some((t) => t.kind === "agreement" && st.cues.some((c) => c.kind === "signing" && c.start >= t.start && c.end <= t.end))) {
      const told = st.cues.some((c) => c.kind === "witness") || namesCeremonyNoun(state, st);
      for (const e of state.events) if (e.evidence.sentenceIndex === st.s.index && e.kind === "meeting") (told ? signings.add(e) : markCeremony(state, e));
    }
    // the ceremony just told, told on: a handshake at it, people who looked on (_ceremony)
    if (foldGestures(state, st) || joinOnlookers(state, st)) continue;
    // (a signing in a clause of its own, with no event word of another kind there: "A met B …, and C signed … with B")
    const own = (sp: TokenSpan) => ownSubject.includes(sp.start - 1) && !st.triggers.some((t) => t.kind !== "agreement" && t.start >= sp.start && t.end <= sp.end);
    for (const m of signingMeetings(state, st).filter((x) => !evented || own(x.clause))) {
      // (not the modal or the place of a relative clause about the document: "signed treaties that would …", _event-parts)
      const cut = relativeAfter(state, st, m.at, m.clause);
      const clause = cut === undefined ? m.clause : { start: m.clause.start, end: cut };
      // (nor a signing years before, told in a relative clause that says which document: _signings)
      if (modal(clause) || backgroundSigning(state, st, clause)) continue;
      const ceremony = sameCeremony(state, st, clause, signings);
      if (ceremony) {
        for (const p of m.people) if (!ceremony.participants.includes(p)) ceremony.participants.push(p);
        continue;
      }
      signings.add(pushEvent(state, st, clause, "meeting", m.people, m.trigger, m.at, 0.7));
    }
    // an occasion held in the presence of several people, told with no contact or signing of its own (_gathering)
    presenceGathering(state, st);
    // "The talks took place at the Konstantinovsky Palace": the venue of the meeting just reported (_told-venue)
    toldVenue(state, st);
  }
  // a contact held "in December", in a paper of February, was last year's (_yearless); one dated after the paper's own
  // day is a plan (_event-dates)
  heldInThePast(state);
  laterThanPaper(state);
}

/**
 * One event of a clause (or of a part of one). Returns the clause's first actor, who is also the actor of
 * a next part that names only its other side ("X received Y, and held talks with Z": X met Z).
 */
function eventOfClause(state: ExtractState, st: SentenceState, clause: TokenSpan, triggers: SentenceState["triggers"], whole: TokenSpan, carried?: number): number | undefined {
  const kinds = new Set(triggers.map((t) => t.kind));
  // "اجتمعت … بـX، الذي يشارك بصفة مراقب …": a join word in a relative clause says who X is, it joins no meeting
  // (cues.json words relative: a trigger right after one is a relative clause's)
  const relative = state.lex.words.sets[`relative.${state.lang}`];
  if (kinds.has("meeting") && triggers.some((t) => t.kind === "join" && !!relative?.has(st.tokens[t.start - 1]?.key ?? ""))) kinds.delete("join");
  const participants = peopleBetween(state, st, triggers, actorsIn(state, st, reportedCut(state, st, clause, triggers)));
  // "• Received Y …" in a list under "President X today:": X is the subject
  const lead = participants.length === 1 ? bulletLead(state, st, triggers[0].start) : undefined;
  if (lead && rootMention(state, lead.subject) !== rootMention(state, participants[0])) participants.unshift(lead.subject);
  // "Xi praised Modi's meeting with Rajoy": the meeting is Modi's, and who speaks of it before him is not in it
  const owner = participants.find((p) => state.possessors.has(p));
  if (owner !== undefined) participants.splice(0, participants.indexOf(owner));
  const first = participants[0];
  // the part's one person is its other side: after the event word ("…, and held talks with Z"), or marked by
  // "with" before a verb-final event word ("…, روز پنجشنبه با Z دیدار کرده بود")
  const otherSide = (m: number) => {
    const at = st.spans.get(m)!.start;
    return at > triggers[0].start || st.cues.some((c) => c.kind === "with" && c.end === at && WITH_OBJECT.has(st.tokens[c.start].key)) || (state.lang === "fa" && audienceObject(st, at));
  };
  // (several, all after the event word and the first behind "with": "…، اجتماعا مع Y، بحضور Z"; not "وبعد لقاء A وB")
  const withFirst = st.cues.some((c) => c.kind === "with" && c.start >= triggers[0].start && c.end <= st.spans.get(first)?.start!);
  // (or an English participle right after a comma, whose subject is the clause's: "…, meeting A and his minister B")
  const participle = state.lang === "en" && triggers[0].start <= clause.start + 1 && /ing$/.test(st.tokens[triggers[0].start].key) && /^[,;]$/.test(st.tokens[triggers[0].start - 1]?.text ?? "");
  const others = participants.length === 1 || (participants.length > 1 && (withFirst || participle));
  if (carried !== undefined && others && participants.every(otherSide) && participants.every((p) => rootMention(state, carried) !== rootMention(state, p))) participants.unshift(carried);
  // "the two ministers then called X", «الزعيمان», «دو رهبر»: the people of the meeting just reported, or the pair named last
  addBothSides(state, st, clause, participants);
  // "the three leaders", «سران سه کشور»: the three heads of state or government just named
  addThreeLeaders(state, st, clause, participants);
  // modality binds to a trigger it stands next to ("will meet", "قرار است … دیدار کند", "من المقرر أن يلتقي")
  // (Persian is verb-final: the verb that makes it future or an invitation may come further after).
  // A negation must stand right at the trigger ("did not meet", "لم يلتق", "دیدار نکرد"), before it but in Persian.
  const after = state.lang === "fa" ? MODALITY_WINDOW * 2 : MODALITY_WINDOW;
  // A denial or cancellation governs what follows it in the clause ("نفى أن يكون … قد التقى").
  // An invitation governs the meeting it precedes ("invited X to attend a summit in Doha"); a cancellation,
  // a postponement or "did not take place" anywhere in the clause ("the meeting between A and B was
  // postponed"); "X denied reports of …" after a meeting is about something else.
  // Persian puts the denial after what it denies: "خبر دیدار A با B … را تکذیب کرد" (denied the news of the meeting)
  const reported = (t: TokenSpan) => state.lang === "fa" && [1, 2].some((k) => state.lex.words.sets.reportOf.has(st.tokens[t.start - k]?.key ?? ""));
  const near = (m: CueHit) => {
    if (m.kind === "eve") return triggers.some((t) => eveOf(st, t));
    // a planned trip governs the talks it is for ("is expected to travel to Kampala on Thursday for a summit with Y")
    const trip = m.kind === "planned" || m.kind === "modal" ? plannedTrip(state, st, m) : undefined;
    // (with no comma between: "X, who will travel to Bergen next week, met Y" is no plan of the meeting)
    const unbroken = (t: TokenSpan) => !st.tokens.slice(trip! + 1, t.start).some((w) => /^[,،;]$/.test(w.text));
    if (trip !== undefined && triggers.some((t) => t.start > trip && unbroken(t))) return true;
    // "will also meet", "would later hold talks": a modal verb right before, past one adverb
    // (Arabic قد، ربما: only before an imperfect, "قد يستقبل"; "قد استقبل" is a past)
    // (nor after a form of كان: «وكان X قد تسلم …» is a pluperfect, whatever the verb's first letter)
    // "The meeting between A and B will be held in C": a plan after an event noun that is its clause's subject
    if (triggers.some((t) => planOfSubjectNoun(state, st, m, t, clause, triggers))) return true;
    if (m.kind === "modal") return triggers.some((t) => m.end <= t.start && t.start - m.end <= 1 && (state.lang !== "ar" || (IMPERFECT_AR.test(st.tokens[t.start].key) && !pluperfectAr(state, st, m.start))));
    // "if X meets Y", «اگر … دیدار کرده بود», «لو التقى», "any meeting between": a condition governs what follows it
    // in its clause, never a meeting reported before it ("met Y, even if no statement followed")
    if (m.kind === "condition") return triggers.some((t) => m.start <= t.start);
    if (m.kind === "without") return triggers.some((t) => withoutNegates(st, m, t));
    const before = TIGHT.has(m.kind) ? 2 : SCOPING.has(m.kind) || m.kind === "invited" ? 1000 : MODALITY_WINDOW;
    return triggers.some((t) => {
      // (a denial does not reach past «، وكان …», a background clause of its own: «رفض A الاتفاق، وكان قد التقى B»)
      if (SCOPING.has(m.kind) && m.end <= t.start && backgroundClauseBetween(st, m.end, t.start)) return false;
      // an English infinitive takes the modality of the verb it depends on ("is expected to travel to Djibouti
      // later this week to meet X")
      if (m.kind === "planned" && state.lang === "en" && m.end <= t.start && st.tokens[t.start - 1]?.key === "to") return true;
      // Persian "در نشست امسال بریکس حضور نداشت": the negated verb comes a few words after the event noun it governs
      const atNoun = state.lang === "fa" && st.cues.some((c) => c.kind === "locative" && c.end === t.start);
      // Persian "دیدار A با B … پیش‌بینی شده است": an event noun opening its clause is the subject of the clause's verb
      const subject = state.lang === "fa" && t.start === clause.start && m.kind === "planned";
      // English and Arabic put a negation before the verb it negates ("did not meet", "لم يلتق"): one after the
      // event word negates another verb ("a visit not announced in advance", «زيارة لم يعلن عنها»)
      if (m.kind === "negation" && state.lang !== "fa" && (m.start >= t.end || untilAfter(st, t, clause))) return false;
      const behind = TIGHT.has(m.kind) ? (atNoun ? 6 : 2) : CLAUSE_WIDE.has(m.kind) || (m.kind === "denied" && reported(t)) || subject ? 1000 : after;
      return m.end <= t.start ? t.start - m.end <= before : m.start - t.end <= behind && !personRelativeBetween(state, st, t.end, m.start);
    });
  };
  // what is said of the meeting itself (called off, did not take place) holds for every part of the clause
  const inScope = (m: CueHit) => (CLAUSE_WIDE.has(m.kind) ? m.start >= whole.start && m.end <= whole.end : m.start >= clause.start && m.end <= clause.end && near(m));
  const mod = new Set(st.modality.filter(inScope).map((m) => m.kind));
  const main = triggers.find((t) => t.kind === "call") ?? triggers.find((t) => t.kind === "meeting") ?? triggers.find((t) => t.kind === "join") ?? triggers[0];

  if (kinds.has("join") && kinds.has("call")) {
    // "Z takes part in the meeting by video link": Z was not there in person
    leaveLastMeeting(state, st, participants);
    return participants[0];
  }
  if (kinds.has("join")) {
    // "proposed a three-way meeting in which Z would take part": a meeting not held is joined by no one
    // (not who a clause of another time after it names, nor its modality: "X was represented by Y after Z cancelled his trip")
    const end = state.lang === "en" ? joinClauseEnd(st, triggers.filter((t) => t.kind === "join")) : Infinity;
    const own = st.modality.filter((m) => m.end <= end && inScope(m)).map((m) => m.kind);
    const joined = !own.some((k) => NOT_HELD.has(k)) && joinLastMeeting(state, st, participants.filter((p) => (st.spans.get(p)?.start ?? 0) < end), end);
    // "A and B took part in the summit" with no meeting reported before: the summit (cues.json summitNoun) is a
    // meeting of its own
    const summits = state.lex.words.sets[`summitNoun.${state.lang}`];
    const summit = triggers.some((t) => t.kind === "join" && st.tokens.slice(t.start, t.end).some((w) => !!summits?.has(w.key)));
    if (joined || !summit || participants.length < 2) return participants[0];
    kinds.delete("join");
    kinds.add("meeting");
  }
  // talks held through a mediator ("indirect talks", «مذاکرات غیرمستقیم», «محادثات غير مباشرة») are a contact, not a meeting
  // a body's session ("attended the APEC summit"): its attendees did not meet one another for that
  if (triggers.every((t) => t.kind !== "meeting" || bodySession(state, st, t)) && !kinds.has("call") && triggers.some((t) => t.kind === "meeting")) {
    if (triggers.every((t) => t.kind === "meeting")) return participants[0];
    kinds.delete("meeting");
  }
  // a visit to a person ("paid a visit to X") is a meeting with them; so is a trip on which X "asked Y" (_trip-contact)
  const met = kinds.has("meeting") || visitsPerson(state, st, main) || tripContact(state, st, clause, main);
  let kind: EventKind = kinds.has("call") || mod.has("indirect") ? "call" : met ? "meeting" : "visit";
  if (kind !== "call") {
    if (mod.has("cancelled") || mod.has("postponed")) kind = "cancelled";
    else if (mod.has("denied") || mod.has("notHeld") || mod.has("negation") || mod.has("without")) kind = "denied";
    else if (mod.has("planned") || mod.has("modal") || mod.has("eve") || mod.has("invited") || mod.has("condition") || headlineFuture(state, st, main)) kind = "planned";
  }
  if (kind === "visit") {
    if (participants.length === 0) return participants[0];
    pushEvent(state, st, clause, "visit", participants, main.text, main.start, 0.7);
    return participants[0];
  }
  if (participants.length < 2) {
    // one named side and an unnamed one ("talks of the Russian delegation with Syrian officials"):
    // kept as a partial report, only to merge with a full report of the same meeting in this article
    const unnamedSide = st.cues.some((c) => (c.kind === "group" || c.kind === "delegation") && c.start >= clause.start && c.end <= clause.end);
    if (participants.length === 1 && unnamedSide && kind === "meeting") pushEvent(state, st, clause, kind, participants, main.text, main.start, 0.4);
    return participants[0];
  }
  if (oneSided(st, clause, triggers, participants, state.lang === "fa" ? 6 : 3)) return participants[0];
  const distributive = st.cues.some((c) => c.kind === "distributive" && c.start >= clause.start && c.end <= clause.end);
  const confidence = participants.every((p) => state.mentions[p].via !== "coreference") ? 0.85 : 0.65;
  if (distributive && participants.length > 2) {
    for (const other of participants.slice(1)) pushEvent(state, st, clause, kind, [participants[0], other], main.text, main.start, confidence - 0.1);
    return participants[0];
  }
  const sequence = kind === "meeting" ? sequentialObjects(state, st, participants) : undefined;
  for (const pair of sequence ?? []) pushEvent(state, st, clause, kind, pair, main.text, main.start, confidence - 0.1);
  if (sequence) return participants[0];
  const days = kind === "meeting" ? distributedDays(state, st, clause, participants) : undefined;
  for (const d of days ?? []) pushEvent(state, st, clause, kind, d.people, main.text, main.start, confidence - 0.1, d.date);
  if (days) return participants[0];
  const ev = pushEvent(state, st, clause, kind, participants, main.text, main.start, confidence);
  if (lead?.date && !ev.date.date) ev.date = { ...lead.date };
  return participants[0];
}

/**
 * "A and B held talks with officials": every named person is before "with", and after it is a group. The
 * "with" is the event word's own ("held talks with", "met with"), not one in a later phrase ("…, in the
 * president's latest talk with leaders of the coalition").
 */
function oneSided(st: SentenceState, clause: TokenSpan, triggers: SentenceState["triggers"], participants: number[], reach: number): boolean {
  const ofTrigger = (w: CueHit) => triggers.some((t) => (w.start >= t.start && w.start <= t.end + 1) || (w.end <= t.start && t.start - w.end <= reach));
  // (not "between": "the first meeting between the leaders" names both sides, not a group as the other one)
  for (const w of st.cues.filter((c) => c.kind === "with" && c.start >= clause.start && c.end <= clause.end && ofTrigger(c) && st.tokens[c.start].key !== "between")) {
    const group = st.cues.find((c) => c.kind === "group" && c.start >= w.end && c.start <= w.end + 2);
    if (!group) continue;
    const after = participants.filter((p) => st.spans.get(p)!.start >= w.end);
    if (after.length === 0) return true;
    // "with senior officials, among them A and B": the named ones after the group are the other side
    return false;
  }
  return false;
}

/**
 * The trip verb a plan governs, right at its end or after it ("will travel", "is expected to travel", "is due to fly",
 * «من المقرر أن يتوجه»: cues.json words tripVerb): its token, else undefined.
 */
function plannedTrip(state: ExtractState, st: SentenceState, m: CueHit): number | undefined {
  const trip = state.lex.words.sets[`tripVerb.${state.lang}`];
  if (!trip) return undefined;
  for (let k = m.end - 1; k <= m.end + 1 && k < st.tokens.length; k++) if (trip.has(st.tokens[k].key)) return k;
  return undefined;
}

/** English headline grammar: "Erdogan, Putin to meet in Astana": a name right before "to" + the event word is the future. */
function headlineFuture(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  if (state.lang !== "en" || st.tokens[t.start - 1]?.key !== "to") return false;
  const o = st.owner[t.start - 2];
  return o !== undefined && o >= 0 && state.mentions[o].kind === "person";
}

/** "thanked Qatar for hosting X": an English gerund after "for" gives a reason; its subject is no one the clause names as one. */
function reasonGerund(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  return state.lang === "en" && st.tokens[t.start].key.endsWith("ing") && st.tokens[t.start - 1]?.key === "for";
}

function insideName(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  const o = st.owner[t.start];
  return o >= 0 && state.mentions[o].kind === "organization" && state.mentions[o].via !== "title";
}
