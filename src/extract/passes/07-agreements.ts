// Pass 7: agreements (after pass 6, so an agreement points at the merged meeting). A clause with an agreement trigger (agreed, signed, توافق کردند, امضا, اتفق,
// وقّع, مذكرة تفاهم) is an agreement when it is reported as done: not planned, not negated, not a
// purpose ("an initiative to reach an agreement"), and not a mere "stressed the importance of".
// "Agreed to continue dialogue", "agreed to start negotiations on a pact" are an intent to negotiate (CAMEO 036), not
// an agreement (_intent-to-negotiate).
// Parties are the states or organisations (named, or the countries of the people); signatories are
// the people, including "we" = the speaker and the person they met. Topics (agreement-topics in
// events.json) tell two agreements of the same parties apart.
import type { AgreementFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf, inSpan } from "../state.js";
import { actorsIn, bodyOfPerson, countryOfPerson, headsBody, rootMention, unconfirmedShortForm } from "./_mentions.js";
import { brokeredIn, countryMention, partiesIn, recentCountries } from "./_parties.js";
import { isQuestion } from "./_questions.js";
import { withoutNegates } from "./_event-parts.js";
import { isLexOrgId, lexOrgId, placeSlug } from "../../ids.js";
import { signingAsTime, signsAsWitness } from "./_told-again.js";
import { storyTimeFirst } from "./_story-time.js";
import { atTheirSide, inTimeClause, meetingOfSides, namedBetween, namesTheDocument, presenceSpan, quotedSentenceOf, reducedRelative, freeRelative, holdersAmong, pairOffice, twoOf, visitorNamed } from "./_agreement-clause.js";
import { witnessSpan } from "./_signings.js";
import { retoldAgreement } from "./_retold.js";
import { secondDocument } from "./_coordinated.js";
import { datelineDash } from "./_dateline.js";
import { withPairOf } from "./_both-sides.js";
import { complementAfter, signersReported } from "./_reported-speech.js";
import { fullName, sameAs } from "./_signers.js";
import { topicsOf } from "./_agreement-topics.js";
import { pastYearless } from "./_yearless.js";
import { agreedToNegotiate } from "./_intent-to-negotiate.js";
import { leadersOfListedStates } from "./_leaders-of.js";
import { sidesOfTheMeeting } from "./_agreement-sides.js";

/** The confidence of a person read only from a short form the lexicon shares with a common word (pass 1). */
const AMBIGUOUS = 0.5;
const PURPOSE = new Set(["برای", "جهت", "به منظور", "لـ", "من", "أجل", "للتوصل", "to", "toward", "towards"]);
const INTENT_ONLY = new Set(["dialogue"]);

export function findAgreements(state: ExtractState): void {
  for (const st of state.sentences) {
    if (st.s.heading || isQuestion(st)) continue;
    const done = new Set<string>();
    for (const trig of st.triggers.filter((t) => t.kind === "agreement")) {
      const clause = quotedSentenceOf(st, clauseOf(st, trig.start), trig);
      const key = `${clause.start}:${clause.end}`;
      if (done.has(key)) continue;
      done.add(key);
      agreementOfClause(state, st, clause, trig);
    }
  }
  // signed or agreed "in December", in a paper of February: last year's (_yearless)
  for (const g of state.agreements) if (g.status !== "announced") g.date = pastYearless(state, g.date);
}

function agreementOfClause(state: ExtractState, st: SentenceState, clause: TokenSpan, trig: SentenceState["triggers"][number]): void {
  const within = (sp: TokenSpan) => sp.start >= clause.start && sp.end <= clause.end;
  // a negation negates the verb of its own conjunct ("… signed a treaty, and none of them attended the summit")
  let end = clause.end;
  for (let k = trig.end; k < clause.end; k++) if (/^[,،]$/.test(st.tokens[k].text)) { end = k; break; }
  // "without" negates only the document right after it ("ended without a deal", not "signed it without a ceremony")
  const governs = (m: TokenSpan & { kind: string }) =>
    within(m) && (m.kind !== "negation" || m.start < end) && (m.kind !== "without" || withoutNegates(st, m, trig));
  if (st.modality.some((m) => governs(m) && ["planned", "negation", "without", "denied", "notHeld", "condition", "cancelled", "postponed"].includes(m.kind))) return;
  // "reviewed", "discussed" (an agreement talked about, not reached) in the trigger's own conjunct: "the map
  // was reviewed, and it was agreed to …" reaches one
  let conjunct = clause.start;
  for (let k = trig.start - 1; k > clause.start; k--) if (/^[,،;؛]$/.test(st.tokens[k].text)) { conjunct = k + 1; break; }
  if (state.lex.events.notAgreement.findAll(st.tokens).some((m) => within(m) && m.start >= conjunct)) return;
  const prev = st.tokens[trig.start - 1]?.key ?? "";
  // who signs as witnesses, and a signing told as the time of what follows, report none of their own (_told-again)
  if (signsAsWitness(state, st, clause, trig) || signingAsTime(state, st, clause, trig)) return;
  if (PURPOSE.has(prev) || (state.lang === "en" && (reducedRelative(st, trig) || freeRelative(state, st, trig)))) return;

  // what was agreed is said after the verb ("signed an agreement on visa exemptions"); the rest of the
  // sentence ("held talks, and … signed") only when nothing follows it
  const agreed = topicsOf(state, st, trig.start, trig.end);
  if ((agreed.length && agreed.every((t) => INTENT_ONLY.has(t))) || agreedToNegotiate(state, st, trig, clause)) return;
  const topics = agreed.length ? agreed : topicsOf(state, st, 0).filter((t) => !INTENT_ONLY.has(t));

  // signatories: the people acting in the clause, and "we" = the speaker and whom they met
  // (not those in whose presence it is signed, "…, in the presence of President X", when others sign)
  // (not who a speech verb's complement after the signing names: "signed a declaration and announced that their
  // ministers, A and B, would study …", _reported-speech.complementAfter)
  const actors = actorsIn(state, st, { start: clause.start, end: complementAfter(state, st, trig.end, clause.end) });
  // ("flanked by X", an onlooker word that names the one beside them, reads like one; so does "with X at their side")
  const presence = st.cues.find((c) => (c.kind === "presence" || (c.kind === "onlooker" && st.tokens[c.end - 1]?.key === "by")) && within(c));
  const witnessed = (presence ? presenceSpan(state, st, presence, clause, trig) : undefined) ?? atTheirSide(state, st, clause);
  // a witness or a visitor is one whom the clause names only in the presence phrase or after the visit noun
  // ("با حضور A در سوریه، … A و B امضا کردند": A signs too)
  const brokered = brokeredIn(state, st);
  // and those who watch others sign ("A and B witnessed the signing of … by C and D", "ترأس A وB حفل التوقيع")
  const watchers = witnessSpan(state, st);
  // and who reports it after a comma ("A and B signed a declaration …, X wrote on Twitter")
  const reporter = trailingSpeaker(st, trig);
  // or before it, when what is said names signers of its own ("X said the talks saw the signing of …, signed by A and B")
  const told = signersReported(state, st, clause, trig);
  const aside = (o: number) => (witnessed && inSpan(st.spans.get(o)!.start, witnessed)) || (watchers && inSpan(st.spans.get(o)!.start, watchers)) || visitorNamed(state, st, o, trig) || brokered(st.spans.get(o)!.start) || o === reporter || inTimeClause(st, st.spans.get(o)!.start, trig) || (told !== undefined && st.spans.get(o)!.start < told);
  const acting = actors.filter((m) => st.mentions.some((o) => state.mentions[o].kind === "person" && within(st.spans.get(o)!) && sameAs(state, o, m) && !aside(o)));
  // a person read only from an ambiguous short form ("همکاری آبی": water cooperation, or Abe) is no third signer
  // beside two named in full
  // (unless, in English, where the short form is written with the capital of the name, the article names that person
  // in full: "Tusk and Juncker also signed …" after "Donald Tusk"; an Arabic «مشرف» stays a word of the language)
  const namedInFull = (m: number) => state.lang === "en" && state.mentions.some((o) => o.kind === "person" && o.index !== m && o.confidence > AMBIGUOUS && sameAs(state, o.index, m));
  const sure = (m: number) => state.mentions[rootMention(state, m)].confidence > AMBIGUOUS || namedInFull(m);
  const signing = acting.filter(sure).length >= 2 ? acting.filter(sure) : acting;
  const signatories = new Set<number>(signing.map((m) => fullName(state, m)));
  // "the leaders of Russia, Ukraine, Germany and France agreed …": those states' leaders the article names
  if (signatories.size < 2) for (const m of leadersOfListedStates(state, st, clause)) signatories.add(fullName(state, m));
  const firstPerson = /یم$|نا$|^we$/.test(normalizeLast(trig.text)) || st.cues.some((c) => c.kind === "we" && within(c));
  // a speaker reporting an agreement that names no side ("“…, and it was agreed to …,” X wrote"): like "we", the
  // speaker and whom they met (not when the clause names a party: "X said Honduras agreed to join the bank")
  const reported = st.speaker !== undefined && signatories.size === 1 && sameAs(state, [...signatories][0], st.speaker) && partiesIn(state, st, clause, witnessed).size === 0;
  if ((firstPerson || reported) && st.speaker !== undefined) {
    const speaker = fullName(state, st.speaker);
    signatories.add(speaker);
    const met = [...state.events].reverse().find((e) => e.kind === "meeting" && e.participants.some((p) => sameAs(state, p, speaker)));
    for (const p of met?.participants ?? []) if (!sameAs(state, p, speaker) && signatories.size < 4) signatories.add(fullName(state, p));
  }

  // "the two sides agreed…", "the three leaders agreed…", or no one named: the people of the meeting just reported
  const witnessStates = sidesOfTheMeeting(state, st, clause, signatories, { witnessed, brokered, bodiesSign: () => bodiesSign(state, st, clause, trig) });

  // parties: countries named in the clause (a capital after "with" stands for its state), and the
  // countries of the signatories
  // (not the body of a speaker whose report names the signers: "the spokesman of the Presidency said …")
  const reportStart = told ?? 0;
  const parties = partiesIn(state, st, { start: Math.max(clause.start, reportStart), end: clause.end }, witnessed);
  // a clause that names no party ("a protocol was concluded by the two sides; X put his name to it for the Omani
  // side, Y for the Government of Singapore"): the parties the sentence names
  if (parties.size < 2) for (const [id, m] of partiesIn(state, st, { start: reportStart, end: st.tokens.length }, witnessed)) if (!parties.has(id)) parties.set(id, m);
  // "Kenyan officials signed a deal with Uganda": the state of a title no one holds in the text (a title with a
  // person gives its state through that person)
  if (parties.size < 2) {
    for (const t of st.titles) {
      if (t.person !== undefined || !t.country || !t.countrySpan || !within(t.countrySpan) || (witnessed && inSpan(t.countrySpan.start, witnessed))) continue;
      if (st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= t.start && st.spans.get(m)!.start <= t.phraseEnd + 1)) continue;
      if (!brokered(t.countrySpan.start) && !parties.has(t.country)) parties.set(t.country, undefined);
    }
  }
  let stateless = 0;
  // "the two sides inked an MoU between A and B": A and B are its sides, not the states of those who sign it
  const between = namedBetween(state, st, clause, parties) >= 2;
  // a signatory's state, or the organisation whose office they hold (the IAEA for its director general)
  for (const s of signatories) {
    if (between) break;
    // (a short form that is also a word, with no full name or title to confirm it, names no state: «سند همکاری جامع»
    // is a comprehensive document, not one of Jammeh's Gambia; the resolver drops such a mention)
    if (unconfirmedShortForm(state, st, s)) continue;
    const c = bodyOfPerson(state, s);
    addSide(state, parties, c);
    if (!c && !headsBody(state, s)) stateless++;
  }
  // a signatory whose state the text leaves unsaid, in a report about two states ("Maduro met Minister X of the
  // Honduran delegation … it was agreed"): X's side is the other one of those two
  if (parties.size === 1 && stateless > 0 && signatories.size >= 2) {
    const twoStates = recentCountries(state, st);
    // (only when the side named is one of them: a body's signer beside one of no known state is no state's)
    if (twoStates.length === 2 && twoStates.some((c) => parties.has(c))) for (const c of twoStates) if (!parties.has(c)) parties.set(c, undefined);
  }
  // "… were signed between the two countries", "میان دو کشور", "بين البلدين": the two states the report is about
  const countries = st.cues.find((c) => c.kind === "bothSides" && within(c) && /کشور|countries|بلد/.test(st.tokens.slice(c.start, c.end).map((t) => t.key).join(" ")));
  if (countries && parties.size < 2) for (const c of recentCountries(state, st)) if (parties.size < 2 && !parties.has(c)) parties.set(c, undefined);
  // "in the presence of the two presidents, nine documents were signed", "A and B witnessed the signing of …" with
  // no signer named («شهد A وB توقيع اتفاقية …»): the witnesses' states, when the clause names no party of its own
  // (a head of state who hosts another pair's signing is no party to it), or names one of those states only
  const onlookers = signatories.size === 0 && watchers ? actors.filter((x) => inSpan(st.spans.get(x)!.start, watchers)) : [];
  if ((witnessed || onlookers.length) && parties.size < 2) {
    const theirs = new Map<string, number | undefined>();
    const seen = [...(witnessed ? actors.filter((x) => inSpan(st.spans.get(x)!.start, witnessed)) : []), ...onlookers, ...witnessStates];
    for (const m of seen) addSide(state, theirs, countryOfPerson(state, fullName(state, m)));
    if (parties.size === 0 || [...parties.keys()].every((id) => theirs.has(id))) for (const [id, m] of theirs) if (!parties.has(id)) parties.set(id, m);
  }
  // "Signing it were X for … and Y for …", "The deal was signed by A and B", "این قرارداد را A و B امضا کردند",
  // "ووقع العقد عن …" (the sentence after an agreement): its signatories and parties, even one of each
  const pronoun = /\b(it|them)\b/i.test(trig.text);
  const cStart = st.tokens[clause.start].start;
  const cEnd = st.tokens[clause.end - 1].end;
  // the dateline's day ("ANKARA, March 6 (AA) - … signed … on Tuesday") dates the report, not the signing, when the
  // clause gives another
  const dash = datelineDash(state, st);
  const own = st.dates.filter((d) => d.start >= cStart && d.end <= cEnd);
  const signed = dash < 0 ? own : own.filter((d) => d.start >= st.tokens[dash].end);
  const date = (signed.length ? signed : own)[0]?.value ?? { date: null, precision: null, basis: "unknown" as const };
  // one told again ("the deal", "اسنادی که … امضا کردند"): the one reported before that it can be (not one of other
  // states or another day: "the deal signed with Turkey on Tuesday" is a second one)
  const it = pronoun || namesTheDocument(state, st, clause) ? retoldAgreement(state, st, pronoun, partiesIn(state, st, clause, witnessed), date, SIDES_NAMED) : undefined;
  if (parties.size < 2 && signatories.size < 2 && !it) return;

  const partyMentions: number[] = [];
  const impliedParties: string[] = [];
  for (const [id, m] of parties) {
    const at = m ?? countryMention(state, id);
    if (at >= 0) partyMentions.push(at);
    else impliedParties.push(id);
  }
  const sigs = [...signatories];
  // the meeting it was reached at: the one that shares the most signatories, on a tie the latest told up to this
  // sentence (not a background meeting told after it: "X had visited Y's capital in December")
  let meeting: (typeof state.events)[number] | undefined;
  let best = 0;
  const rank = (e: (typeof state.events)[number]) => (e.evidence.sentenceIndex <= st.s.index ? 1 : 0);
  for (const e of state.events) {
    if (e.kind !== "meeting") continue;
    const shared = sigs.filter((s) => e.participants.some((p) => sameAs(state, p, s))).length;
    if (shared > 0 && (shared > best || (shared === best && rank(e) >= rank(meeting!)))) {
      best = shared;
      meeting = e;
    }
  }
  // none of its signers met: a meeting of its sides' people just reported ("During the talks, A and B signed …")
  meeting ??= meetingOfSides(state, st, [...parties.keys()], date.basis !== "unknown");
  const summaryFrom = st.tokens[Math.min(trig.end, clause.end - 1)].start;
  const summary = state.doc.article.text.slice(summaryFrom, cEnd).replace(/^[\s:،,«"]+|[\s.»"]+$/g, "").slice(0, 200) || st.s.text.slice(0, 200);
  const fact: AgreementFact = {
    index: state.agreements.length,
    summary,
    topics,
    status: /امضا|وقع|وقّع|توقيع|sign/.test(trig.text) ? "signed" : "agreed",
    parties: partyMentions,
    impliedParties,
    signatories: sigs,
    date,
    meeting: meeting?.index,
    evidence: { sentence: st.s.text, sentenceIndex: st.s.index, start: st.s.start, end: st.s.end },
    confidence: 0.7,
  };
  if (it) {
    for (const p of fact.signatories) if (!it.signatories.includes(p)) it.signatories.push(p);
    // a document whose sides were named after "between" keeps them: "Signing it were X for the Kuwaiti side and Y
    // for the Government of Hong Kong" names whom the signers speak for, not new sides
    if (SIDES_NAMED.has(it)) return;
    for (const p of fact.parties) if (!it.parties.includes(p)) it.parties.push(p);
    for (const p of fact.impliedParties) if (!it.impliedParties.includes(p)) it.impliedParties.push(p);
    return;
  }
  // "an MoU was signed by the two sides; X put pen to it for …, while Y signed it for …": one agreement
  const same = state.agreements.find((a) => a.evidence.sentenceIndex === st.s.index && sameParties(a, fact));
  if (same) {
    for (const p of fact.signatories) if (!same.signatories.includes(p)) same.signatories.push(p);
    return;
  }
  if (between) SIDES_NAMED.add(fact);
  state.agreements.push(fact);
  // "the agreement … and also the memorandum … were signed": a second document of the same sides, signers and day
  const second = secondDocument(state, st, clause);
  if (second >= 0) {
    const rest = topicsOf(state, st, second).filter((t) => !INTENT_ONLY.has(t));
    const text = state.doc.article.text.slice(st.tokens[second].start, cEnd).replace(/[\s.»"]+$/g, "").slice(0, 200);
    state.agreements.push({ ...fact, index: state.agreements.length, summary: text || fact.summary, topics: rest.length ? rest : fact.topics, parties: [...fact.parties], impliedParties: [...fact.impliedParties], signatories: [...fact.signatories] });
  }
}

/** Agreements whose clause names two sides after "between" (namedBetween): a later "Signing it were …" adds no side. */
const SIDES_NAMED = new WeakSet<AgreementFact>();

/**
 * A signatory's state as a party. An office of a body, not of a state (the President of the European Commission,
 * the IAEA's Director General), gives the body: its mention in the article, else nothing (no id without a row).
 */
function addSide(state: ExtractState, parties: Map<string, number | undefined>, c: string | undefined): void {
  if (!c || parties.has(c)) return;
  if (isLexOrgId(c)) {
    parties.set(c, state.mentions.find((m) => m.kind === "organization" && m.lexiconId === c)?.index);
    return;
  }
  if (state.lex.places.get(placeSlug(c))) {
    parties.set(c, undefined);
    return;
  }
  const body = state.mentions.find((m) => m.kind === "organization" && m.lexiconId === lexOrgId(placeSlug(c)));
  if (body?.lexiconId && !parties.has(body.lexiconId)) parties.set(body.lexiconId, body.index);
}

function sameParties(a: AgreementFact, b: AgreementFact): boolean {
  const key = (x: AgreementFact) => [...x.parties.map(String), ...x.impliedParties].sort().join(",");
  return key(a) === key(b) && a.topics.join(",") === b.topics.join(",");
}

function normalizeLast(s: string): string {
  const words = s.trim().split(/\s+/);
  return (words[words.length - 1] ?? "").toLowerCase();
}

/**
 * "ZANU-PF and the MDC signed a deal": the clause names who signs before its verb, and they are bodies (an
 * organisation's mention, or an English acronym no lexicon knows), not the people of the meeting just reported.
 */
function bodiesSign(state: ExtractState, st: SentenceState, clause: TokenSpan, trig: TokenSpan): boolean {
  const before = (sp: TokenSpan) => sp.start >= clause.start && sp.end <= trig.start;
  if (st.mentions.some((m) => state.mentions[m].kind === "organization" && before(st.spans.get(m)!))) return true;
  if (state.lang !== "en") return false;
  for (let k = clause.start; k < trig.start; k++) if (st.owner[k] < 0 && /^[A-Z][A-Z0-9-]*[A-Z]$/.test(st.tokens[k].text)) return true;
  return false;
}

/** The speaker of a sentence named after a comma past the trigger ("…, X wrote on Twitter"), else undefined. */
function trailingSpeaker(st: SentenceState, trig: TokenSpan): number | undefined {
  const sp = st.speaker !== undefined ? st.spans.get(st.speaker) : undefined;
  if (!sp || sp.start <= trig.end) return undefined;
  return st.tokens.slice(trig.end, sp.start).some((t) => /^[,،]$/.test(t.text)) ? st.speaker : undefined;
}
