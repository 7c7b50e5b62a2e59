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
import { audienceObject, eveOf, eveParts, inSinceSpan, longProcess, peopleBetween, relativeAfter, segments, withoutNegates } from "./_event-parts.js";
import { reportedCut } from "./_reported-speech.js";
import { pastQad } from "./_arabic-qad.js";
import { bulletLead } from "./_bullets.js";
import { bodySession, visitsPerson } from "./_presence.js";
import { manyStatesGathering } from "./_body-sessions.js";
import { inPersonAside, pushEvent } from "./_event-facts.js";
import { ownSubjectBreaks, relativeAntecedent } from "./_own-subject.js";
import { joinHosts } from "./_host-relatives.js";
import { joinClauseEnd, joinLastMeeting, joinOfOtherOccasion, leaveLastMeeting, sameCeremony, signingEvents } from "./_joiners.js";
import { ceremonyOf, loneSigner, otherSideOf, type LoneSigner } from "./_lone-signer.js";
import { distributedDays, sequentialObjects } from "./_distributed-days.js";
import { normalizeKey } from "../../text/normalize.js";
import { isQuestion } from "./_questions.js";
import { addBothSides } from "./_both-sides.js";
import { addParticipantsOf } from "./_participants-of.js";
import { companionOfLaterVerb } from "./_later-verb-with.js";
import { addHostOfTold } from "./_hosted-told.js";
import { addThreeLeaders } from "./_three-leaders.js";
import { tripContact } from "./_trip-contact.js";
import { foldGestures, joinOnlookers, markCeremony, namesCeremonyNoun, toldAgain } from "./_ceremony.js";
import { presenceGathering } from "./_gathering.js";
import { heldInThePast } from "./_yearless.js";
import { laterThanPaper } from "./_event-dates.js";
import { modalityOf } from "./_modality-scope.js";
import { toldVenue } from "./_told-venue.js";
import { markSubjunctiveMeetings } from "./_subjunctive.js";
import { pointsBack } from "./_told-event.js";
import { roleRelatives } from "./_role-relatives.js";
import { headlineFuture, heldRelative, insideName, joinsOwnMeeting, reasonGerund } from "./_trigger-readings.js";

/** Modality that says a meeting did not (yet) take place. */
const NOT_HELD = new Set(["planned", "modal", "eve", "invited", "condition", "denied", "notHeld", "negation", "without", "cancelled", "postponed"]);

export function findEvents(state: ExtractState): void {
  const signings = new Set<EventFact>();
  signingEvents.set(state, signings);
  // a signing told by one signer, whose other side the next sentences name ("the document was signed by B", _lone-signer)
  let lone: LoneSigner | undefined;
  for (const st of state.sentences) {
    if (st.s.heading || isQuestion(st)) continue;
    const done = new Set<string>();
    // an event word inside a name is no event ("the Islamic Gathering", «اللقاء الإسلامي»), nor talks of months
    // ("after 18 months of secret talks", _event-parts.longProcess), nor a reason's gerund ("thanked Qatar for hosting X")
    // nor "this meeting", «قبل اللقاء» after a contact told: the time or setting of the sentence (_told-event)
    st.triggers = st.triggers.filter((t) => !insideName(state, st, t) && !(t.kind === "meeting" && (longProcess(state, st, t) || reasonGerund(state, st, t))) && !pointsBack(state, st, t));
    // «X که میزبان نشست بود»: a person's part in the talks told before, no contact of its own; X was at them (_role-relatives)
    const roles = roleRelatives(state, st);
    if (roles.triggers.length) st.triggers = st.triggers.filter((t) => !roles.triggers.includes(t));
    if (roles.people.length) joinLastMeeting(state, st, roles.people);
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
      const personAt = (i: number) => actorsIn(state, st, { start: i, end: clause.end }).some((p) => st.spans.get(p)?.start === i);
      for (const part of eveParts(st, clause, all)) {
        for (const seg of segments(st, part.span, part.triggers, hasActor, state.lang, namesOthers, personAt, { and: state.lex.words.sets[`and.${state.lang}`], auxiliaries: state.lex.words.sets[`verbAuxiliary.${state.lang}`], where: state.lex.words.sets[`where.${state.lang}`] })) {
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
    const signedHere = signingMeetings(state, st).filter((x) => !evented || own(x.clause));
    for (const m of signedHere) {
      // (not the modal or the place of a relative clause about the document: "signed treaties that would …", _event-parts)
      const cut = relativeAfter(state, st, m.at, m.clause);
      const clause = cut === undefined ? m.clause : { start: m.clause.start, end: cut };
      // (nor a signing years before, told in a relative clause that says which document: _signings)
      if (modal(clause) || backgroundSigning(state, st, clause)) continue;
      const ceremony = sameCeremony(state, st, clause, signings, m.alone);
      if (ceremony) {
        for (const p of m.people) if (!ceremony.participants.includes(p)) ceremony.participants.push(p);
        toldAgain(st, ceremony);
        continue;
      }
      const ofLone = ceremonyOf(state, st, m, lone);
      if ((otherSideOf(state, st, clause, lone) || ofLone) && !m.people.some((p) => rootMention(state, p) === rootMention(state, lone!.person))) m.people.unshift(lone!.person);
      if (m.alone) continue;
      const ev = pushEvent(state, st, clause, "meeting", m.people, m.trigger, m.at, 0.7);
      if (ofLone && ev.place === undefined) ev.place = lone!.place;
      signings.add(ev);
    }
    // (a lone signer of this sentence, who made no meeting of his own above, may sit at the next one's table: _lone-signer)
    if (!evented && signedHere.every((m) => m.alone)) lone = loneSigner(state, st) ?? lone;
    // an occasion held in the presence of several people, told with no contact or signing of its own (_gathering)
    presenceGathering(state, st);
    // "The talks took place at the Konstantinovsky Palace": the venue of the meeting just reported (_told-venue)
    toldVenue(state, st);
  }
  // a contact held "in December", in a paper of February, was last year's (_yearless); one dated after the paper's own
  // day is a plan (_event-dates)
  // ", who hosted the meeting" / ", who chaired the summit": that person was at the meeting its noun names (_host-relatives)
  joinHosts(state);
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
  // (not who stands in a span of "since": "the first meeting since X took office", _event-parts)
  // (not who stands in a span of "since", nor in a relative clause about someone that tells no contact: _event-facts)
  // (nor the «مع» companion of a later verb phrase, «، واختتم يومه بنزهة مع Z»: _later-verb-with)
  const side = (p: number) => !inSinceSpan(state, st, st.spans.get(p)!) && !inPersonAside(state, st, st.spans.get(p)!, triggers) && !companionOfLaterVerb(state, st, st.spans.get(p)!, triggers);
  const participants = peopleBetween(state, st, triggers, actorsIn(state, st, reportedCut(state, st, clause, triggers)).filter(side));
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
  // (in an English relative clause about a person, ", who had welcomed Z", its subject is that person: _own-subject)
  const subject = relativeAntecedent(state, st, triggers[0].start, clause) ?? carried;
  if (subject !== undefined && others && participants.every(otherSide) && participants.every((p) => rootMention(state, subject) !== rootMention(state, p))) participants.unshift(subject);
  // "the two ministers then called X", «الزعيمان», «دو رهبر»: the people of the meeting just reported, or the pair named last
  addBothSides(state, st, clause, participants);
  // "the three leaders", «سران سه کشور»: the three heads of state or government just named
  addThreeLeaders(state, st, clause, participants);
  // "received the ministers taking part in the meeting", «الوزراء المشاركين في الاجتماع»: the people of the meeting told last
  addParticipantsOf(state, st, clause, participants);
  // "… a conclave hosted by X. The meeting brought together A and B": the host of the gathering told just before
  addHostOfTold(state, st, clause, participants);
  // the modality that governs the clause's event words (_modality-scope)
  const mod = modalityOf(state, st, clause, whole, triggers);
  const main = triggers.find((t) => t.kind === "call") ?? triggers.find((t) => t.kind === "meeting") ?? triggers.find((t) => t.kind === "join") ?? triggers[0];

  if (kinds.has("join") && kinds.has("call")) {
    // "Z takes part in the meeting by video link": Z was not there in person
    leaveLastMeeting(state, st, participants);
    return participants[0];
  }
  // "A held talks with B before the two were joined by their delegations", "…, later joined by C": a join told in the
  // passive or with "the two" after the clause's meeting word goes on telling that meeting, the clause's event
  if (kinds.has("join") && kinds.has("meeting") && joinsOwnMeeting(st, triggers)) kinds.delete("join");
  if (kinds.has("join")) {
    // "proposed a three-way meeting in which Z would take part": a meeting not held is joined by no one
    // (not who a clause of another time after it names, nor its modality: "X was represented by Y after Z cancelled his trip")
    const end = state.lang === "en" ? joinClauseEnd(st, triggers.filter((t) => t.kind === "join")) : Infinity;
    const own = [...modalityOf(state, st, clause, whole, triggers, end)];
    const firstJoin = triggers.find((t) => t.kind === "join")!;
    const joined = !own.some((k) => NOT_HELD.has(k)) && !joinOfOtherOccasion(state, st, firstJoin.start) && joinLastMeeting(state, st, participants.filter((p) => (st.spans.get(p)?.start ?? 0) < end), end);
    // "A and B took part in the summit" with no meeting reported before: the summit (cues.json summitNoun) is a
    // meeting of its own
    const summits = state.lex.words.sets[`summitNoun.${state.lang}`];
    // (not a body's session, «وشارك في القمة» after «القمة العربية»: its attendees did not meet one another for that)
    // (the summit noun in the join's words, or right after them: «يشارك في القمة», "took part in the summit")
    const summit = triggers.some((t) => t.kind === "join" && st.tokens.slice(t.start, t.end + 2).some((w, k) => !!summits?.has(w.key) && !bodySession(state, st, { start: t.start + k, end: t.start + k + 1, text: w.text })));
    if (joined || !summit || participants.length < 2) return participants[0];
    kinds.delete("join");
    kinds.add("meeting");
  }
  // talks held through a mediator ("indirect talks", «مذاکرات غیرمستقیم», «محادثات غير مباشرة») are a contact, not a meeting
  // a body's session ("attended the APEC summit"): its attendees did not meet one another for that
  // (nor does the verb that says it was held, in a relative clause after it: «القمة العربية … التي عقدت في …»; nor a
  // gathering attended by a plural of many states' heads: «… بحضور A وأكثر من مئة من رؤساء الدول», _body-sessions)
  const session = (t: SentenceState["triggers"][number]) => bodySession(state, st, t) || heldRelative(state, st, t) || manyStatesGathering(state, st, clause, t);
  if (triggers.every((t) => t.kind !== "meeting" || session(t)) && !kinds.has("call") && triggers.some((t) => t.kind === "meeting")) {
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
  // ("saw A and, separately, B" with its subject unread: the objects each met the subject, not one another)
  if (distributive && state.lang === "en" && participants.every((p) => (st.spans.get(p)?.start ?? -1) > main.start)) return participants[0];
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
    // (unless an earlier event word already has its object: "met Y and lunched with business leaders")
    const objectBefore = participants.some((p) => st.spans.get(p)!.start > triggers[0].end - 1 && st.spans.get(p)!.end <= w.start) && triggers.some((t) => t.start > triggers[0].start && t.end <= w.end);
    if (after.length === 0 && !objectBefore) return true;
    // "with senior officials, among them A and B": the named ones after the group are the other side
    return false;
  }
  return false;
}
