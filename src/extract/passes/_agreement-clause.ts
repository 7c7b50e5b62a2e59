// The parts of an agreement's clause that pass 7 (07-agreements) reads apart from its names: the sentence of a
// quotation the trigger is in, "the two heads of state" as a side, a visitor or a witness who signs nothing, and a
// clause that refers to the document just reported. A helper of pass 7, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inSpan } from "../state.js";
import { endsQuotedSentence } from "../../text/sentences.js";
import { countryOfPerson } from "./_mentions.js";
import { storyTimeFirst } from "./_story-time.js";
import { normalizeKey } from "../../text/normalize.js";
import { procliticReadings } from "../../text/matcher.js";
import { allNames } from "../../lexicon/name-forms.js";
import type { Lexicon } from "../../lexicon/types.js";
import { officesOn } from "../../lexicon/index.js";
import { personSlug } from "../../ids.js";

/**
 * The sentence of a quotation the trigger is in, when the splitter keeps a quotation of several sentences in one
 * («Today we are due to sign a treaty. We also agreed to …», X said): "due to" of the one before governs nothing here.
 */
export function quotedSentenceOf(st: SentenceState, clause: TokenSpan, trig: TokenSpan): TokenSpan {
  let { start, end } = clause;
  for (let k = trig.start - 1; k >= start; k--) if (endsQuotedSentence(st.tokens, k)) { start = k + 1; break; }
  for (let k = trig.end; k < end - 1; k++) if (endsQuotedSentence(st.tokens, k)) { end = k + 1; break; }
  return { start, end };
}

/** Words between "the two" / "both" and the plural noun it counts ("the two heads of state"). */
const PAIR_REACH = 3;

/**
 * "The two heads of state signed", "Zelensky and the two EU leaders signed", "both prime ministers": "the two" or
 * "both" and a plural head noun (cues.json pairHead) after up to three words, as a side of the clause (English).
 * Returns the words it counts, the last one singular ("foreign minister" of "the two foreign ministers"), or
 * undefined when the clause has no such side.
 */
export function twoOf(state: ExtractState, st: SentenceState, clause: TokenSpan): string | undefined {
  const heads = state.lex.words.sets[`pairHead.${state.lang}`];
  if (!heads) return undefined;
  for (let i = clause.start; i < clause.end; i++) {
    const k = st.tokens[i].key;
    const from = k === "both" ? i + 1 : k === "the" && st.tokens[i + 1]?.key === "two" ? i + 2 : -1;
    if (from < 0) continue;
    for (let j = from; j < Math.min(clause.end, from + PAIR_REACH + 1); j++) {
      if (st.tokens[j].punct) break;
      if (heads.has(st.tokens[j].key)) return st.tokens.slice(from, j + 1).map((t, n) => (n === j - from ? t.key.replace(/s$/, "") : t.key)).join(" ");
    }
  }
  return undefined;
}

/** Offices by the normalised key of each of their titles, per lexicon (built once). */
const titleOffices = new WeakMap<Lexicon, Map<string, string>>();

/**
 * The office a counted pair names: "foreign minister" of "the two foreign ministers", «الوزيران» (the dual: وزير),
 * «دو وزیر خارجه»: the words past the number, the Arabic article and dual ending taken off, looked up among the
 * offices' titles (offices.json). Undefined when they name no office ("the two sides", «الجانبان»).
 */
export function pairOffice(state: ExtractState, words: string): string | undefined {
  let map = titleOffices.get(state.lex);
  if (!map) {
    map = new Map();
    for (const [key, o] of state.lex.offices) for (const [, n] of allNames(o.titles)) if (!map.has(normalizeKey(n))) map.set(normalizeKey(n), key);
    titleOffices.set(state.lex, map);
  }
  const keys = normalizeKey(words).split(/\s+/).filter((w) => !/^(the|two|both|all|three|دو|هر|سه|كلا)$/.test(w));
  if (state.lang === "ar" && keys.length) keys[0] = keys[0].replace(/^ال/, "").replace(/(ان|ين)$/, "");
  return map.get(keys.join(" "));
}

/**
 * The people of a meeting who hold the office a counted pair names ("the two foreign ministers" of a meeting of a
 * prime minister and two foreign ministers, «الوزيران»): those whose role in the article is that office or one under
 * it (offices.json parent: "minister" counts a foreign minister), else, for a lexicon person the article gives no
 * role, the office the lexicon has them hold on the paper's day. Empty unless two or more do.
 */
export function holdersAmong(state: ExtractState, people: number[], office: string, same: (a: number, b: number) => boolean): number[] {
  const counts = (held: string): boolean => {
    for (let o: string | undefined = held, n = 0; o && n < 4; o = state.lex.offices.get(o)?.parent, n++) if (o === office) return true;
    return false;
  };
  const lexiconHolds = (p: number) => {
    const entry = state.mentions[p].lexiconId ? state.lex.people.get(personSlug(state.mentions[p].lexiconId!)) : undefined;
    return !!entry && officesOn(entry, state.publishedAt ?? null).some((o) => counts(o.office));
  };
  const out = people.filter((p) => {
    const roles = state.roles.filter((r) => same(r.person, p));
    return roles.length ? roles.some((r) => counts(r.office)) : lexiconHolds(p);
  });
  return out.length >= 2 ? out : [];
}

/** Words between a visit noun and the visitor it names ("زيارة الرئيس التركي X"): titles and adjectives. */
const VISITOR_REACH = 5;

/**
 * A person named as the visitor of a visit noun, apart from the signing: "وذلك على هامش زيارة الرئيس التركي X"،
 * "در حاشیه سفر X", "during the visit of X" is the occasion, not a signer (unless the visit is the trigger itself).
 */
export function visitorNamed(state: ExtractState, st: SentenceState, m: number, trig: TokenSpan): boolean {
  const at = st.spans.get(m)!.start;
  // (a noun of a visit, cues.json visitNoun, also after a proclitic: «لزيارة», «بسفر»)
  const visitNoun = state.lex.words.sets[`visitNoun.${state.lang}`];
  for (let k = at - 1; k >= Math.max(0, at - VISITOR_REACH); k--) {
    const t = st.tokens[k];
    if (t.punct || inSpan(k, trig)) return false;
    if (visitNoun?.has(t.key) || procliticReadings(t.key, state.lang).some(([, rest]) => visitNoun?.has(rest))) return st.triggers.some((x) => x.kind === "visit" && inSpan(k, x)) && (state.lang !== "en" || st.tokens[k + 1]?.key === "of" || st.tokens[k + 1]?.key === "by");
    if (st.owner[k] >= 0 && state.mentions[st.owner[k]].kind === "person") return false;
  }
  return false;
}

/**
 * The words a presence cue governs: the witnesses, up to the next comma, the agreement verb or the clause's end
 * ("با حضور A امضا شد", "signed …, in the presence of A and B", "بحضور A وعدد من رؤساء الدول"), or up to the Persian
 * passive's "به امضای" / "با امضای" that names the signers ("با حضور دو رئیس‌جمهور به امضای A و B رسید"); after the
 * signing, a comma inside a list of them does not end it ("in the presence of the ministers of A, B, C and D and X":
 * a name alone up to the next comma, or a name that opens the list's last part, with its "and"); before it, the comma
 * ends the phrase ("همزمان با حضور A در بغداد، A و B … امضا کردند": the signers follow), and so does "between"
 * (میان، بین، بين) before it: "با حضور A میان B و C امضا شد" is signed by B and C before A.
 */
export function presenceSpan(state: ExtractState, st: SentenceState, presence: TokenSpan, clause: TokenSpan, trig: TokenSpan): TokenSpan {
  let end = presence.start < trig.start ? trig.start : clause.end;
  const trailing = presence.start > trig.start;
  // before the verb, the signers named before the phrase («A و B در حضور C، D و E امضا کردند»): its list runs on past
  // its commas to the verb, as after it
  const signersBefore = !trailing && st.mentions.some((o) => state.mentions[o].kind === "person" && st.spans.get(o)!.start >= clause.start && st.spans.get(o)!.end <= presence.start);
  for (let k = presence.end; k < end; k++) {
    if (/^[,،;؛]$/.test(st.tokens[k].text) && !((trailing || signersBefore) && (listGoesOn(state, st, k, end) || (signersBefore && titledListGoesOn(state, st, k, end))))) { end = k; break; }
    if (SIGNED_BY.has(st.tokens[k].key) && /^امضا(ی|ء)?$/.test(st.tokens[k + 1]?.key ?? "")) { end = k; break; }
    // "با حضور A و B میان C و D امضا شد" (signed between C and D in the presence of A and B): the sides follow
    if (!trailing && BETWEEN.has(st.tokens[k].key)) { end = k; break; }
  }
  return { start: presence.start, end };
}

/**
 * «، B نخست‌وزیر … و C رئیس …»: after a comma of a Persian presence list, a name with its title, then «و» and the
 * next name (each with the title words after it, no other punctuation) up to the list's end.
 */
function titledListGoesOn(state: ExtractState, st: SentenceState, k: number, end: number): boolean {
  const person = (i: number) => st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "person" && st.spans.get(st.owner[i])!.start === i;
  if (!person(k + 1)) return false;
  for (let j = st.spans.get(st.owner[k + 1])!.end; j < end - 1; j++) {
    if (st.tokens[j].punct) return false;
    if (state.lex.words.sets.and?.has(st.tokens[j].key) && person(j + 1)) return true;
  }
  return false;
}

/** "Between" before the signing sides, which ends a presence phrase before the signing verb. */
const BETWEEN = new Set(["میان", "بین", "بين"]);

/** The Persian words before امضای that name the signers: "به امضای A و B رسید", "با امضای A و B نهایی شد". */
const SIGNED_BY = new Set(["به", "با"]);

/** Words "with X at their side" may hold between "with" and "at" (a title and a name). */
const SIDE_REACH = 8;

/** Words from "with" to the onlooker phrase that closes it, past a relative clause set off by commas. */
const ONLOOKER_REACH = 16;

/**
 * "…, with X at their side" (en): the words from "with" to "side", those who stand beside the signers; also the
 * absolute "with X looking on", "with A and B standing behind them", "with X, who brokered the talks, looking on"
 * (an onlooker phrase, cues.json onlooker, closing the words after "with").
 */
export function atTheirSide(state: ExtractState, st: SentenceState, clause: TokenSpan): TokenSpan | undefined {
  const possessive = state.lex.words.sets["possessivePronoun.en"];
  for (let k = clause.start; k < clause.end; k++) {
    if (st.tokens[k].key !== "with") continue;
    for (let j = k + 2; j < Math.min(clause.end, k + SIDE_REACH + 1); j++) {
      if (st.tokens[j].punct) break;
      if (st.tokens[j].key === "at" && !!possessive?.has(st.tokens[j + 1]?.key ?? "") && /^sides?$/.test(st.tokens[j + 2]?.key ?? "")) return { start: k, end: j + 3 };
    }
    const on = st.cues.find((c) => c.kind === "onlooker" && c.start >= k + 2 && c.start <= k + ONLOOKER_REACH && c.end <= clause.end && /(ing|ed)$/.test(st.tokens[c.start].key));
    if (on && !st.tokens.slice(k + 1, on.start).some((t) => t.key === "with")) return { start: k, end: on.end };
  }
  return undefined;
}

/**
 * The comma at `k` parts two names of one list: a name right after it, alone up to the next comma or before an "and";
 * or, in Arabic, a title with a glued و right after it whose holder it names ("، والرئيس الكيني السابق B").
 */
function listGoesOn(state: ExtractState, st: SentenceState, k: number, end: number): boolean {
  if (!/^[,،]$/.test(st.tokens[k].text)) return false;
  // «بحضور A، والرئيس الكيني السابق B، ونائبة … C»: an Arabic list goes on with و glued to the title of its next
  // name; the title's person is then the list's next name
  // (a word of standing may stand between the title and the name: «والرئيس الكيني السابق B»)
  const holder = (t: SentenceState["titles"][number]) => {
    const at = t.person === undefined ? undefined : st.spans.get(t.person)?.start;
    return at !== undefined && at >= t.phraseEnd && at <= t.phraseEnd + 2 && !st.tokens.slice(t.phraseEnd, at).some((x) => x.punct);
  };
  if (st.titles.some((t) => t.start === k + 1 && /^و/.test(st.tokens[k + 1].key) && holder(t))) return true;
  const o = st.owner[k + 1];
  const sp = o !== undefined && o >= 0 ? st.spans.get(o) : undefined;
  if (!sp || sp.start !== k + 1) return false;
  let next = sp.end;
  while (next < end && !/^[,،;؛]$/.test(st.tokens[next].text)) next++;
  if (next === sp.end && next < end) return true;
  const and = state.lex.words.sets.and;
  return st.tokens.slice(sp.end, next).some((t) => and?.has(t.key)) && !!and?.has(st.tokens[sp.end]?.key ?? "");
}

/**
 * The clause refers to a document already reported: "the deal", "this contract" (en), "این قرارداد" (fa),
 * "العقد"، "الاتفاقية" (ar: the document with the article, cues.json words.documentNoun).
 */
export function namesTheDocument(state: ExtractState, st: SentenceState, clause: TokenSpan): boolean {
  const nouns = state.lex.words.sets[`documentNoun.${state.lang}`];
  if (!nouns) return false;
  for (let i = clause.start; i < clause.end; i++) {
    const key = st.tokens[i].key;
    if (state.lang === "ar") {
      if (/^(ال|وال)/.test(key) && (nouns.has(key) || nouns.has(key.slice(1)))) return true;
      continue;
    }
    // "اسنادی که … امضا کردند", "یادداشت تفاهمی که دو کشور امضا کردند": a document named by a relative clause
    // (the noun or its phrase ends in the relative ی right before که) is one already known
    if (state.lang === "fa" && (nouns.has(key) || (key.endsWith("ی") && nouns.has(key.slice(0, -1))))) {
      for (let k = i; k < Math.min(clause.end - 1, i + 3); k++) {
        if (st.tokens[k + 1].key === "که" && st.tokens[k].key.endsWith("ی")) return true;
      }
    }
    // "the deal", "this contract", "the Economic Partnership Agreement" (the name's capitalised words between)
    let k = i - 1;
    while (k > i - 4 && /^[A-Z]/.test(st.tokens[k]?.text ?? "") && !/^(the|this|these)$/.test(st.tokens[k].key)) k--;
    if (nouns.has(key) && /^(the|this|these|این|اين)$/.test(st.tokens[k]?.key ?? "")) return true;
  }
  return false;
}

/**
 * The parties a clause names after "between" (cues.json words.between: between, بین، میان، بين): "inked an MoU on
 * investment between the Trade Council and the Investment Authority", "یادداشت تفاهمی میان اتاق بازرگانی A و اتاق
 * بازرگانی B امضا شد", "مذكرة تفاهم بين غرفة A وغرفة B". Two or more of them are the sides of the document itself:
 * "the two sides" who sign it (the meeting's people) and the states its signers speak for are not.
 */
export function namedBetween(state: ExtractState, st: SentenceState, clause: TokenSpan, parties: Map<string, number | undefined>): number {
  const between = state.lex.words.sets[`between.${state.lang}`] ?? new Set<string>();
  const at = st.tokens.findIndex((t, i) => i >= clause.start && i < clause.end && between.has(t.key));
  if (at < 0) return 0;
  return [...parties.values()].filter((m) => {
    const sp = m === undefined ? undefined : st.spans.get(m);
    return !!sp && sp.start > at && sp.start < clause.end;
  }).length;
}

/** Sentences after a meeting within which an agreement of its people's states, naming no signer, is reached at it. */
const SIDES_MEETING_REACH = 3;

/**
 * The meeting an agreement that names no signer of that meeting was reached at: "President A met President B in
 * Lusaka on Tuesday. During the talks, Zimbabwe and Zambia signed three memoranda", "… در این دیدار ایران و
 * ارمنستان … امضا کردند", "… ووقع البلدان خلال اللقاء …". The latest meeting reported at or up to three sentences
 * before it whose people are of every state among its sides (two at least); none when the clause dates it itself
 * ("signed a treaty in 2019": an older document, whose day the meeting's would replace).
 */
export function meetingOfSides(state: ExtractState, st: SentenceState, sides: string[], dated: boolean): ExtractState["events"][number] | undefined {
  const states = sides.filter((id) => state.lex.places.get(id.replace(/^place[:/]/, ""))?.kind === "country");
  if (dated || states.length < 2 || states.length !== sides.length) return undefined;
  const near = [...state.events].reverse().filter((e) => e.kind === "meeting" && e.evidence.sentenceIndex <= st.s.index && st.s.index - e.evidence.sentenceIndex <= SIDES_MEETING_REACH);
  // (of the story's time first: _story-time)
  return storyTimeFirst(near).find((e) => {
    const theirs = new Set(e.participants.map((p) => countryOfPerson(state, p)).filter(Boolean) as string[]);
    return states.every((id) => theirs.has(id));
  });
}

/** Words a reduced relative's noun phrase stands after ("look into the matters agreed", "under the terms agreed"). */
const GOVERNS_NP = new Set(["into", "on", "upon", "of", "to", "with", "for", "about", "from", "under", "implement", "implementing", "beyond"]);

/**
 * "… to look into the matters agreed.", "under the terms agreed at the talks": a past participle after the noun it
 * modifies, in a phrase a preposition or "implement" governs, is what an agreement told before holds, no new one
 * (English; the subject of "The two countries agreed." stands first in its clause, with no preposition before it).
 */
export function reducedRelative(st: SentenceState, trig: TokenSpan): boolean {
  if (trig.end - trig.start !== 1 || st.tokens[trig.start].key !== "agreed") return false;
  const next = st.tokens[trig.end];
  if (next && !next.punct && !["at", "upon", "on", "in", "during", "by"].includes(next.key)) return false;
  const noun = st.tokens[trig.start - 1];
  if (!noun || noun.punct || !/^\p{Ll}/u.test(noun.text)) return false;
  for (let k = trig.start - 2; k >= Math.max(0, trig.start - 4); k--) {
    const key = st.tokens[k].key;
    if (key === "the" || key === "all" || key === "any" || key === "those") return k > 0 && GOVERNS_NP.has(st.tokens[k - 1].key);
    if (st.tokens[k].punct) return false;
  }
  return false;
}

/** Subordinators that open a clause of time after a signing ("…, two weeks after X lost a vote"). */
const TIME_CLAUSE = new Set(["after", "before", "since", "until", "when"]);

/**
 * A person in a clause of time that follows the signing after a comma ("The leaders signed the deal on Saturday,
 * two weeks after Prime Minister X lost a vote"): what happened before or after it, not one who signs. The clause
 * runs to the next comma ("…, after months of talks, by A and B": A and B sign).
 */
export function inTimeClause(st: SentenceState, at: number, trig: TokenSpan): boolean {
  for (let k = at - 1; k >= trig.end; k--) {
    const t = st.tokens[k];
    if (t.punct && /^[,،;]$/.test(t.text)) return false;
    if (!TIME_CLAUSE.has(t.key)) continue;
    for (let c = k - 1; c >= Math.max(trig.end, k - 4); c--) if (/^[,،]$/.test(st.tokens[c].text)) return true;
    return false;
  }
  return false;
}

/** "an explanation of what was signed", "whatever is agreed": a free relative names no agreement of its own. */
export function freeRelative(state: ExtractState, st: SentenceState, trig: { start: number }): boolean {
  const auxiliary = state.lex.words.sets["auxiliary.en"];
  let k = trig.start - 1;
  while (k >= 0 && k > trig.start - 4 && auxiliary.has(st.tokens[k].key)) k--;
  return k < trig.start - 1 && k >= 0 && /^(what|whatever)$/.test(st.tokens[k].key);
}
