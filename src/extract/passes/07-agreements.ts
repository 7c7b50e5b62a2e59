// Pass 7: agreements (after pass 6, so an agreement points at the merged meeting). A clause with an agreement trigger (agreed, signed, توافق کردند, امضا, اتفق,
// وقّع, مذكرة تفاهم) is an agreement when it is reported as done: not planned, not negated, not a
// purpose ("an initiative to reach an agreement"), and not a mere "stressed the importance of".
// "Agreed to continue dialogue" is an intent to negotiate (CAMEO 036), not an agreement.
// Parties are the states or organisations (named, or the countries of the people); signatories are
// the people, including "we" = the speaker and the person they met. Topics (agreement-topics in
// events.json) tell two agreements of the same parties apart.
import type { AgreementFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf, inSpan } from "../state.js";
import { actorsIn, countryOfPerson, rootMention } from "./_mentions.js";
import { brokeredIn, countryMention, partiesIn, recentCountries } from "./_parties.js";
import { isQuestion } from "./_questions.js";
import { witnessSpan } from "./_signings.js";

const PURPOSE = new Set(["برای", "جهت", "به منظور", "لـ", "من", "أجل", "للتوصل", "to", "toward", "towards"]);
const INTENT_ONLY = new Set(["dialogue"]);

export function findAgreements(state: ExtractState): void {
  for (const st of state.sentences) {
    if (st.s.heading || isQuestion(st)) continue;
    const done = new Set<string>();
    for (const trig of st.triggers.filter((t) => t.kind === "agreement")) {
      const clause = clauseOf(st, trig.start);
      const key = `${clause.start}:${clause.end}`;
      if (done.has(key)) continue;
      done.add(key);
      agreementOfClause(state, st, clause, trig);
    }
  }
}

function agreementOfClause(state: ExtractState, st: SentenceState, clause: TokenSpan, trig: SentenceState["triggers"][number]): void {
  const within = (sp: TokenSpan) => sp.start >= clause.start && sp.end <= clause.end;
  // a negation negates the verb of its own conjunct ("… signed a treaty, and none of them attended the summit")
  let end = clause.end;
  for (let k = trig.end; k < clause.end; k++) if (/^[,،]$/.test(st.tokens[k].text)) { end = k; break; }
  const governs = (m: TokenSpan & { kind: string }) => within(m) && (m.kind !== "negation" || m.start < end);
  if (st.modality.some((m) => governs(m) && ["planned", "negation", "denied", "notHeld", "condition", "cancelled", "postponed"].includes(m.kind))) return;
  // "reviewed", "discussed" (an agreement talked about, not reached) in the trigger's own conjunct: "the map
  // was reviewed, and it was agreed to …" reaches one
  let conjunct = clause.start;
  for (let k = trig.start - 1; k > clause.start; k--) if (/^[,،;؛]$/.test(st.tokens[k].text)) { conjunct = k + 1; break; }
  if (state.lex.events.notAgreement.findAll(st.tokens).some((m) => within(m) && m.start >= conjunct)) return;
  const prev = st.tokens[trig.start - 1]?.key ?? "";
  if (PURPOSE.has(prev)) return;

  // what was agreed is said after the verb ("signed an agreement on visa exemptions"); the rest of the
  // sentence ("held talks, and … signed") only when nothing follows it
  const agreed = topicsOf(state, st, trig.start, trig.end);
  if (agreed.length && agreed.every((t) => INTENT_ONLY.has(t))) return;
  const topics = agreed.length ? agreed : topicsOf(state, st, 0).filter((t) => !INTENT_ONLY.has(t));

  // signatories: the people acting in the clause, and "we" = the speaker and whom they met
  // (not those in whose presence it is signed, "…, in the presence of President X", when others sign)
  const actors = actorsIn(state, st, clause);
  const presence = st.cues.find((c) => c.kind === "presence" && within(c));
  const witnessed = presence ? presenceSpan(st, presence, clause, trig) : undefined;
  // a witness or a visitor is one whom the clause names only in the presence phrase or after the visit noun
  // ("با حضور A در سوریه، … A و B امضا کردند": A signs too)
  const brokered = brokeredIn(state, st);
  // and those who watch others sign ("A and B witnessed the signing of … by C and D", "ترأس A وB حفل التوقيع")
  const watchers = witnessSpan(state, st);
  const aside = (o: number) => (witnessed && inSpan(st.spans.get(o)!.start, witnessed)) || (watchers && inSpan(st.spans.get(o)!.start, watchers)) || visitorNamed(state, st, o, trig) || brokered(st.spans.get(o)!.start);
  const signing = actors.filter((m) => st.mentions.some((o) => state.mentions[o].kind === "person" && within(st.spans.get(o)!) && sameAs(state, o, m) && !aside(o)));
  const signatories = new Set<number>(signing.map((m) => rootMention(state, m)));
  const firstPerson = /یم$|نا$|^we$/.test(normalizeLast(trig.text)) || st.cues.some((c) => c.kind === "we" && within(c));
  if (firstPerson && st.speaker !== undefined) {
    const speaker = rootMention(state, st.speaker);
    signatories.add(speaker);
    const met = [...state.events].reverse().find((e) => e.kind === "meeting" && e.participants.some((p) => sameAs(state, p, speaker)));
    for (const p of met?.participants ?? []) if (!sameAs(state, p, speaker) && signatories.size < 4) signatories.add(rootMention(state, p));
  }

  // "the two sides agreed…", or an agreement no one is named in ("it was agreed to…", "تم الاتفاق على"):
  // the people of the meeting just reported
  const witnessStates = new Set<number>();
  const nobody = signatories.size === 0 && partiesIn(state, st, { start: 0, end: st.tokens.length }).size === 0;
  if (signatories.size < 2 && (nobody || st.cues.some((c) => c.kind === "bothSides" && within(c)))) {
    const last = [...state.events].reverse().find((e) => e.kind === "meeting" && e.evidence.sentenceIndex <= st.s.index && (nobody || st.s.index - e.evidence.sentenceIndex <= 3));
    // witnesses of the signing ("…, in the presence of the leaders") lend it their states, not their names
    for (const p of last?.participants ?? []) (witnessed ? witnessStates : signatories).add(rootMention(state, p));
  }

  // parties: countries named in the clause (a capital after "with" stands for its state), and the
  // countries of the signatories
  const parties = partiesIn(state, st, clause, witnessed);
  // a clause that names no party ("an MoU was signed by the two sides; X signed it for the Kuwaiti side,
  // while Y signed it for the Government of Hong Kong"): the parties the sentence names
  if (parties.size < 2) for (const [id, m] of partiesIn(state, st, { start: 0, end: st.tokens.length }, witnessed)) if (!parties.has(id)) parties.set(id, m);
  for (const s of signatories) {
    const c = countryOfPerson(state, s);
    if (c && !parties.has(c)) parties.set(c, undefined);
  }
  // "… were signed between the two countries", "میان دو کشور", "بين البلدين": the two states the report is about
  const countries = st.cues.find((c) => c.kind === "bothSides" && within(c) && /کشور|countries|بلد/.test(st.tokens.slice(c.start, c.end).map((t) => t.key).join(" ")));
  if (countries && parties.size < 2) for (const c of recentCountries(state, st)) if (parties.size < 2 && !parties.has(c)) parties.set(c, undefined);
  // "in the presence of the two presidents, nine documents were signed": the witnesses' states, when the clause
  // names no party of its own (a head of state who hosts another pair's signing is no party to it)
  if (witnessed && parties.size === 0) {
    for (const m of [...actors.filter((x) => inSpan(st.spans.get(x)!.start, witnessed)), ...witnessStates]) {
      const c = countryOfPerson(state, rootMention(state, m));
      if (c && !parties.has(c)) parties.set(c, undefined);
    }
  }
  // "Signing it were X for … and Y for …", "The deal was signed by A and B", "این قرارداد را A و B امضا کردند",
  // "ووقع العقد عن …" (the sentence after an agreement): its signatories and parties, even one of each
  const back = /\b(it|them)\b/i.test(trig.text) || namesTheDocument(state, st, clause);
  const it = back ? [...state.agreements].reverse().find((a) => st.s.index - a.evidence.sentenceIndex <= 2 && a.evidence.sentenceIndex < st.s.index) : undefined;
  if (parties.size < 2 && signatories.size < 2 && !it) return;

  const partyMentions: number[] = [];
  const impliedParties: string[] = [];
  for (const [id, m] of parties) {
    const at = m ?? countryMention(state, id);
    if (at >= 0) partyMentions.push(at);
    else impliedParties.push(id);
  }
  const sigs = [...signatories];
  // the meeting it was reached at: the one that shares the most signatories, the latest on a tie
  let meeting: (typeof state.events)[number] | undefined;
  let best = 0;
  for (const e of state.events) {
    if (e.kind !== "meeting") continue;
    const shared = sigs.filter((s) => e.participants.some((p) => sameAs(state, p, s))).length;
    if (shared > 0 && shared >= best) {
      best = shared;
      meeting = e;
    }
  }
  const cStart = st.tokens[clause.start].start;
  const cEnd = st.tokens[clause.end - 1].end;
  const date = st.dates.find((d) => d.start >= cStart && d.end <= cEnd)?.value ?? { date: null, precision: null, basis: "unknown" as const };
  const summaryFrom = st.tokens[Math.min(trig.end, clause.end - 1)].start;
  const summary = state.doc.article.text.slice(summaryFrom, cEnd).replace(/^[\s:،,«"]+|[\s.»"]+$/g, "").slice(0, 200) || st.s.text.slice(0, 200);
  const fact: AgreementFact = {
    index: state.agreements.length,
    summary,
    topics,
    status: /امضا|وقع|وقّع|sign/.test(trig.text) ? "signed" : "agreed",
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
  state.agreements.push(fact);
}

/** Words between a visit noun and the visitor it names ("زيارة الرئيس التركي X"): titles and adjectives. */
const VISITOR_REACH = 5;
const VISIT_NOUN = new Set(["زیاره", "سفر", "visit"]);

/**
 * A person named as the visitor of a visit noun, apart from the signing: "وذلك على هامش زيارة الرئيس التركي X"،
 * "در حاشیه سفر X", "during the visit of X" is the occasion, not a signer (unless the visit is the trigger itself).
 */
function visitorNamed(state: ExtractState, st: SentenceState, m: number, trig: TokenSpan): boolean {
  const at = st.spans.get(m)!.start;
  for (let k = at - 1; k >= Math.max(0, at - VISITOR_REACH); k--) {
    const t = st.tokens[k];
    if (t.punct || inSpan(k, trig)) return false;
    const key = /^[وفبل]/.test(t.key) && VISIT_NOUN.has(t.key.slice(1)) ? t.key.slice(1) : t.key;
    if (VISIT_NOUN.has(key)) return st.triggers.some((x) => x.kind === "visit" && inSpan(k, x)) && (state.lang !== "en" || st.tokens[k + 1]?.key === "of" || st.tokens[k + 1]?.key === "by");
    if (st.owner[k] >= 0 && state.mentions[st.owner[k]].kind === "person") return false;
  }
  return false;
}

/**
 * The words a presence cue governs: the witnesses, up to the next comma, the agreement verb or the clause's end
 * ("با حضور A امضا شد", "signed …, in the presence of A and B", "بحضور A وعدد من رؤساء الدول").
 */
function presenceSpan(st: SentenceState, presence: TokenSpan, clause: TokenSpan, trig: TokenSpan): TokenSpan {
  let end = presence.start < trig.start ? trig.start : clause.end;
  for (let k = presence.end; k < end; k++) if (/^[,،;؛]$/.test(st.tokens[k].text)) { end = k; break; }
  return { start: presence.start, end };
}

/**
 * The clause refers to a document already reported: "the deal", "this contract" (en), "این قرارداد" (fa),
 * "العقد"، "الاتفاقية" (ar: the document with the article, cues.json words.documentNoun).
 */
function namesTheDocument(state: ExtractState, st: SentenceState, clause: TokenSpan): boolean {
  const nouns = state.lex.words.sets[`documentNoun.${state.lang}`];
  if (!nouns) return false;
  for (let i = clause.start; i < clause.end; i++) {
    const key = st.tokens[i].key;
    if (state.lang === "ar") {
      if (/^(ال|وال)/.test(key) && (nouns.has(key) || nouns.has(key.slice(1)))) return true;
      continue;
    }
    // "the deal", "this contract", "the Economic Partnership Agreement" (the name's capitalised words between)
    let k = i - 1;
    while (k > i - 4 && /^[A-Z]/.test(st.tokens[k]?.text ?? "") && !/^(the|this|these)$/.test(st.tokens[k].key)) k--;
    if (nouns.has(key) && /^(the|this|these|این|اين)$/.test(st.tokens[k]?.key ?? "")) return true;
  }
  return false;
}

function sameParties(a: AgreementFact, b: AgreementFact): boolean {
  const key = (x: AgreementFact) => [...x.parties.map(String), ...x.impliedParties].sort().join(",");
  return key(a) === key(b) && a.topics.join(",") === b.topics.join(",");
}

function normalizeLast(s: string): string {
  const words = s.trim().split(/\s+/);
  return (words[words.length - 1] ?? "").toLowerCase();
}

function sameAs(state: ExtractState, a: number, b: number): boolean {
  const ra = rootMention(state, a);
  const rb = rootMention(state, b);
  if (ra === rb) return true;
  const la = state.mentions[ra].lexiconId;
  return !!la && la === state.mentions[rb].lexiconId;
}

/** Topic keys whose every group has a phrase in the sentence from token `from` on, in lexicon order (most specific first). */
function topicsOf(state: ExtractState, st: SentenceState, from: number, verbEnd = from): string[] {
  // what was agreed ends where an adjunct of time begins after it ("signed a pact after five days of talks": the
  // talks are no topic of it; "agreed after the talks to …" goes on past it)
  let to = st.tokens.length;
  for (let k = verbEnd + 1; verbEnd > 0 && k < to; k++) if (TIME_ADJUNCT.has(st.tokens[k].key)) to = k;
  const out: string[] = [];
  for (const t of state.lex.events.topics) {
    if (t.groups.every((g) => g.findAll(st.tokens).some((m) => m.start >= from && m.end <= to))) out.push(t.key);
  }
  return out;
}
/** Prepositions that open an adjunct of time (after, during, بعد، خلال، پس از، طی). */
const TIME_ADJUNCT = new Set(["after", "following", "before", "during", "amid", "بعد", "عقب", "إثر", "اثر", "خلال", "پس", "طی", "پیش"]);
