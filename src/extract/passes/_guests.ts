// "X greeted his guest", "the visiting leader then met X", «از مهمان خود استقبال کرد», «واستقبل X ضيفه», «على شرف الضيف» (a
// helper of 03-references): the guest is
// the visitor of the visit told last (a travel word in this sentence before it or in the two sentences before),
// when that visitor is not the one who greets; «الضيف الصيني» (the guest and his country's adjective) the last person
// of that country named before. Read only next to an event word.
import type { ExtractState, SentenceState } from "../state.js";
import { clauseOf, unmention } from "../state.js";
import { lexiconPeopleNamedInFull } from "../../model.js";
import { countryOfPerson, personKey } from "./_mentions.js";
import { firstActorBefore, type Refer } from "./_subjects.js";

/** How far the guest may stand from its event word (Arabic names the subject, with its title, between them). */
const REACH: Record<string, number> = { en: 4, fa: 4, ar: 8 };

/** How many sentences back the visit may be told. */
const VISIT_REACH = 2;

/** English nouns after "the visiting" that stand for the visitor ("the visiting leader", "the visiting dignitary"). */
const VISITING_HEAD = new Set(["leader", "dignitary", "head", "guest", "statesman", "delegation"]);

/** The words of "his guest": [first word, length] where one starts at i. */
function guestAt(state: ExtractState, st: SentenceState, i: number): number {
  const k = st.tokens[i].key;
  const next = st.tokens[i + 1]?.key ?? "";
  if (state.lang === "en") {
    if (/^(his|her|their|the)$/.test(k) && /^(guest|visitor)$/.test(next)) return 2;
    // "the visiting leader" (no title: "the visiting president" is read by pass 3's titles)
    return k === "the" && next === "visiting" && VISITING_HEAD.has(st.tokens[i + 2]?.key ?? "") ? 3 : 0;
  }
  if (state.lang === "fa") return k === "مهمان" && /^(خود|خویش)$/.test(next) ? 2 : k === "مهمانش" ? 1 : 0;
  // («ضيفه», his guest; «الضيف», «للضيف», «بالضيف», the guest; keys are normalised: ي → ی)
  return /^(?:(?:[وب])?ض[يی]ف(?:ه|ها)|(?:[وبف]?ال|[وف]?لل)ض[يی]ف)$/.test(k) ? 1 : 0;
}

/** The person who travels in the visit told last before token `at` of this sentence, within VISIT_REACH sentences. */
function visitor(state: ExtractState, st: SentenceState, at: number): number | undefined {
  const from = state.sentences.indexOf(st);
  for (let j = from; j >= 0 && st.s.index - state.sentences[j].s.index <= VISIT_REACH; j--) {
    const s = state.sentences[j];
    const visits = s.triggers.filter((t) => t.kind === "visit" && (s !== st || t.end <= at)).reverse();
    for (const t of visits) {
      const clause = clauseOf(s, t.start);
      const person = (m: number) => state.mentions[m].kind === "person" && !state.genitive.has(m);
      const who = relativeVisitor(state, s, t.start) ?? firstActorBefore(state, s, t.start) ?? s.mentions.find((m) => person(m) && s.spans.get(m)!.start >= t.end && s.spans.get(m)!.end <= clause.end);
      if (who !== undefined) return who;
    }
  }
  return undefined;
}

/**
 * "… received Y, who is paying a visit", «استقبل X … Y، الذي يقوم بزيارة …»: a visit told in a relative clause is
 * the visit of the person the relative pronoun follows (up to two words between it and the visit word: «يقوم ب»).
 */
function relativeVisitor(state: ExtractState, s: SentenceState, at: number): number | undefined {
  const relative = state.lex.words.sets[`relative.${state.lang}`];
  if (!relative) return undefined;
  for (let r = at - 1; r >= Math.max(0, at - 3); r--) {
    if (!relative.has(s.tokens[r].key)) continue;
    const end = s.tokens[r - 1]?.punct ? r - 1 : r;
    const m = s.owner[end - 1];
    return m !== undefined && m >= 0 && state.mentions[m].kind === "person" && s.spans.get(m)!.end === end ? m : undefined;
  }
  return undefined;
}

/**
 * «الضيف الصيني», the guest and his country's adjective: the guest is the last person of that country named before
 * (by a title or the lexicon's offices; the visit itself may be told further back than VISIT_REACH). Returns the
 * country, when the guest noun at i is so qualified.
 */
function guestOfCountry(state: ExtractState, st: SentenceState, i: number): string | undefined {
  if (state.lang !== "ar" || !/^(?:[وب])?الض[يی]ف$/.test(st.tokens[i].key)) return undefined;
  return st.demonyms.find((d) => d.start === i + 1)?.place;
}

/** The last person of `country` named before token `at` of this sentence (the sentence's own, then earlier ones). */
function lastOfCountry(state: ExtractState, st: SentenceState, at: number, country: string): number | undefined {
  for (let j = state.sentences.indexOf(st); j >= 0; j--) {
    const s = state.sentences[j];
    const found = s.mentions.filter((m) => state.mentions[m].kind === "person" && !state.genitive.has(m) && (s !== st || s.spans.get(m)!.end <= at) && countryOfPerson(state, m) === country);
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/** Mentions for "his guest" next to an event word: the visitor just told, when not the sentence's own subject. */
export function guests(state: ExtractState, st: SentenceState, refer: Refer): void {
  for (let i = 0; i < st.tokens.length; i++) {
    const country = guestOfCountry(state, st, i);
    const n = country ? 2 : guestAt(state, st, i);
    // (the word may have been read as an ambiguous short form of someone the article does not name in full: «الضيف»
    // of Mohammed Deif)
    const owner = st.owner[i];
    const shortForm = owner >= 0 && state.mentions[owner].kind === "person" && state.mentions[owner].confidence <= 0.5 && st.spans.get(owner)!.end - st.spans.get(owner)!.start === 1 && !lexiconPeopleNamedInFull(state.mentions).has(state.mentions[owner].lexiconId ?? "");
    if (!n || (owner >= 0 && !shortForm) || !st.triggers.some((t) => t.kind !== "visit" && Math.abs(t.start - i) <= REACH[state.lang])) continue;
    const who = country ? lastOfCountry(state, st, i, country) : visitor(state, st, i);
    const subject = firstActorBefore(state, st, i) ?? st.mentions.find((m) => state.mentions[m].kind === "person" && !state.genitive.has(m));
    if (who === undefined || (subject !== undefined && personKey(state, subject) === personKey(state, who))) continue;
    if (shortForm) unmention(state, st, owner);
    refer(state, st, { start: i, end: i + n }, who, 0.5);
  }
}
