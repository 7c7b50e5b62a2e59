// Who a clause is about when it names no one in the subject's place (a helper of 03-references):
//   - a subject pronoun ("he", "she", وی، او، ایشان) is the subject of the clause or sentence before it, not the
//     nearest person: "On Monday he was received by X, and the next day he met Y" (the second "he" is the first);
//   - an object pronoun ("با او", "به وی") is the nearest person before it, as before; an English one after a
//     meeting word ("B received him") the person the story follows (_object-pronouns.ts);
//   - an Arabic verbal noun's clitic ("خلال استقباله") with no person before it is the last subject;
//   - an object suffix on an Arabic meeting verb ("واستقبله X", "التقاها X", "اجتمع به X") is the subject of the
//     clause before (the first actor earlier in the sentence, else the last subject);
//   - a dropped subject (an Arabic verb at the head of its clause, a Persian verb after "با X") is the last subject,
//     when the one person named is marked as the other side and the verb's gender does not contradict it
//     (_dropped.ts);
//   - "greeted his guest", «مهمان خود», «ضيفه» is the visitor of the visit just told (_guests.ts).
// Each reference is a coreference mention over the word that carries it (the pronoun, the suffixed verb, the
// preposition "به"); with none written, the verb itself.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { droppedSubject } from "./_dropped.js";
import { guests } from "./_guests.js";
import { objectPronouns } from "./_object-pronouns.js";
import { agreeingTarget } from "./_pronoun-gender.js";
import { countryOfPerson, personKey } from "./_mentions.js";
import { lexPlaceId, placeSlug } from "../../ids.js";

export type Refer = (state: ExtractState, st: SentenceState, sp: TokenSpan, target: number, confidence: number) => number | undefined;

/** The first person of the sentence before token `at` who is an actor (not a genitive). */
export function firstActorBefore(state: ExtractState, st: SentenceState, at: number): number | undefined {
  // (not the other side fronted before the subject: "With X, the President of Kenya, he discussed …")
  let fronted = -1;
  if (state.lang === "en" && st.tokens[0]?.key === "with") for (let i = 1; i < at; i++) if (st.tokens[i].text === ",") fronted = i;
  return st.mentions.find((m) => st.spans.get(m)!.end <= at && st.spans.get(m)!.start >= fronted && state.mentions[m].kind === "person" && !state.genitive.has(m));
}

/** The most words from "He and" to the person named with it (a title or "his wife" between: "He and First Lady X"). */
const COORDINATED_REACH = 4;

/** Words before a Persian pronoun that make it an object ("با او", "به وی", "از ایشان"). */
const FA_GOVERNS = new Set(["با", "به", "از", "برای", "بر", "نزد"]);

/**
 * Resolves the pronouns, clitics and dropped subjects of a sentence with a trigger. Returns the mention that is
 * the sentence's subject when it is written nowhere (a dropped subject), for the sentences after it.
 */
export function pronouns(state: ExtractState, st: SentenceState, lastSubject: number | undefined, refer: Refer): number | undefined {
  if (!st.triggers.length) return undefined;
  cliticSubjects(state, st, lastSubject, refer);
  objectSuffixes(state, st, lastSubject, refer);
  objectPronouns(state, st, lastSubject, refer);
  descriptors(state, st, refer);
  guests(state, st, refer);
  for (const c of st.cues.filter((x) => x.kind === "pronoun")) {
    if (c.end - c.start !== 1 || st.owner[c.start] >= 0) continue;
    if (!/^(وی|او|ایشان|he|she)$/.test(st.tokens[c.start].key)) continue;
    // next to the trigger ("ملاقات وی با …"), or the subject at the head of the sentence ("وی همچنین با … دیدار کرد")
    const nearTrigger = st.triggers.some((t) => Math.abs(t.start - c.start) <= 3 || Math.abs(c.start - t.end) <= 3);
    const subjectWithSomeone =
      c.start <= 1 &&
      st.cues.some((w) => w.kind === "with" && w.start >= c.end && st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= w.end && st.spans.get(m)!.start <= w.end + 4));
    // (or the subject at the head of the sentence of a verb of attending or chairing, cues.json attendVerb, chairVerb,
    // past "also": "He also participated in the informal meeting of BRICS leaders, chaired by …")
    const verb = st.tokens[st.tokens[c.end]?.key === "also" ? c.end + 1 : c.end]?.key ?? "";
    const attends = c.start <= 1 && ["attendVerb", "chairVerb"].some((w) => !!state.lex.words.sets[`${w}.${state.lang}`]?.has(verb));
    // (or an English subject at the head of the sentence coordinated with a person named right after "and": "He and
    // First Lady X later joined …", "She and her husband Y met …": the pronoun is a side beside that person)
    const coordinated = c.start <= 1 && state.lang === "en" && st.tokens[c.end]?.key === "and" &&
      st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start > c.end && st.spans.get(m)!.start <= c.end + COORDINATED_REACH);
    if (!nearTrigger && !subjectWithSomeone && !attends && !coordinated) continue;
    // an object ("با او") is the last person before it; a subject is the subject before it: the sentence's
    // first actor, else the last subject
    const object = FA_GOVERNS.has(st.tokens[c.start - 1]?.key ?? "") || st.tokens[c.end]?.key === "را";
    // (an object is not the subject of its own clause: "X از وی استقبال کرد" is not X received X)
    const subject = firstActorBefore(state, st, c.start);
    const before = object
      ? [...st.mentions].reverse().find((m) => m !== subject && st.spans.get(m)!.end <= c.start && state.mentions[m].kind === "person" && !state.genitive.has(m))
      : subject;
    // (an English subject pronoun with no actor before it but a name no lexicon read: "Later Faisal flew to X, where
    // he was received by Y" is Faisal's, not the last subject's)
    if (before === undefined && !object && unreadName(state, st, c.start)) continue;
    const chosen = before ?? lastSubject;
    // (not a person of the other gender: "she" is no man the lexicon knows, _pronoun-gender)
    const target = chosen === undefined ? undefined : agreeingTarget(state, st, c.start, chosen);
    if (target === undefined || (object && subject !== undefined && personKey(state, target) === personKey(state, subject))) continue;
    refer(state, st, c, target, 0.5);
  }
  const dropped = droppedSubject(state, st, lastSubject);
  return dropped ? refer(state, st, dropped.at, dropped.target, 0.5) : undefined;
}

/** Words that may open an English sentence in capitals after its first word ("On Monday, Later, However"). */
const ARTICLE = new Set(["the", "a", "an"]);

/**
 * An English word in capitals before `at` that no pass read (not the sentence's first word, no mention, date, cue,
 * trigger or demonym, not after an article): a name no lexicon knows, which may be the pronoun's antecedent.
 */
function unreadName(state: ExtractState, st: SentenceState, at: number): boolean {
  if (state.lang !== "en") return false;
  for (let i = 1; i < at; i++) {
    const t = st.tokens[i];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || st.owner[i] >= 0 || ARTICLE.has(st.tokens[i - 1].key) || st.tokens[i - 1].punct) continue;
    const covers = (x: TokenSpan) => x.start <= i && x.end > i;
    if (st.cues.some(covers) || st.triggers.some(covers) || st.demonyms.some(covers) || st.titles.some(covers)) continue;
    if (st.dates.some((d) => d.start <= t.start && d.end >= t.end)) continue;
    return true;
  }
  return false;
}

/**
 * Arabic puts the subject of a verbal noun in a clitic: "وخلال استقباله النائب X" (during his receiving MP X),
 * "في لقائها مع X". With no person before it in the sentence, the clitic is the last subject.
 */
function cliticSubjects(state: ExtractState, st: SentenceState, lastSubject: number | undefined, refer: Refer): void {
  if (state.lang !== "ar" || lastSubject === undefined) return;
  for (const t of st.triggers) {
    const last = t.end - 1;
    if (t.kind !== "meeting" || st.owner[last] >= 0 || objectSuffix(st, last)) continue;
    if (!/[^ا]ه$|[^ا]ها$/.test(st.tokens[last].text) || st.tokens[last].text.length < 5) continue;
    const before = st.mentions.some((m) => st.spans.get(m)!.end <= t.start && state.mentions[m].kind === "person");
    if (!before) refer(state, st, { start: last, end: t.end }, lastSubject, 0.5);
  }
}

/** A meeting verb in the perfect with an object suffix (normalised keys: ة → ه, ى → ي). */
const OBJECT_SUFFIX = /^(?:و|ف)?(?:استقبل|استقبلت|التقا|التقت|جمع|جمعت)(?:ه|ها|هم|هما)$/;
/** "وكان في استقباله X" (X was there to receive him): the verbal noun's clitic is its object, the guest. */
const RECEIVING = /^استقبال(?:ه|ها|هم|هما)$/;

/** A meeting verb with an object suffix, or the receiving noun with one after "في". */
function objectSuffix(st: SentenceState, i: number): boolean {
  return OBJECT_SUFFIX.test(st.tokens[i].key) || (RECEIVING.test(st.tokens[i].key) && st.tokens[i - 1]?.key === "فی");
}

/** A preposition with a suffix right after a meeting verb: "اجتمع به X", "التقى بها", "بحث معه". */
const SUFFIXED_WITH = /^(?:به|بها|بهما|معه|معها|معهما)$/;

/**
 * "…، واستقبله ولي العهد" (and the crown prince received him), "والتقاها X", "واجتمع به X": the suffix is the
 * subject of the clause before: the first actor earlier in the sentence, else the last subject.
 */
function objectSuffixes(state: ExtractState, st: SentenceState, lastSubject: number | undefined, refer: Refer): void {
  if (state.lang !== "ar") return;
  for (const t of st.triggers) {
    if (t.kind !== "meeting" && t.kind !== "visit") continue;
    const verb = t.end - 1;
    const at = objectSuffix(st, verb) ? verb : SUFFIXED_WITH.test(st.tokens[t.end]?.key ?? "") ? t.end : -1;
    if (at < 0 || st.owner[at] >= 0) continue;
    // the subject is named after it ("واستقبله ولي العهد"); with none, the suffix is the other side of a
    // meeting already told ("التقى X Y، وبحث معه …": him is Y)
    const named = st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start > at && st.spans.get(m)!.start - at <= 4);
    if (!named) continue;
    const target = firstActorBefore(state, st, t.start) ?? lastSubject;
    if (target !== undefined) refer(state, st, { start: at, end: at + 1 }, target, 0.5);
  }
}

/** English nouns that stand for a person of a country the text named: "the Iranian leader", "the Turkish minister". */
const EN_DESCRIPTOR = new Set(["leader", "minister", "president", "premier", "envoy", "diplomat", "visitor", "guest", "monarch"]);

/**
 * "the Iranian leader then met X" next to a trigger, where no title lexicon reads it: the one person of that country
 * named before it in the sentence or in the last sentence that names people. Two of that country: no one.
 */
function descriptors(state: ExtractState, st: SentenceState, refer: Refer): void {
  if (state.lang !== "en") return;
  for (const d of st.demonyms) {
    const noun = d.end;
    if (!EN_DESCRIPTOR.has(st.tokens[noun]?.key ?? "") || st.tokens[d.start - 1]?.key !== "the" || st.owner[noun] >= 0) continue;
    if (st.titles.some((t) => t.start <= noun && t.phraseEnd > noun) || !st.triggers.some((t) => Math.abs(t.start - noun) <= 4)) continue;
    const country = lexPlaceId(placeSlug(d.place));
    const found = new Map<string, number>();
    const consider = (s: SentenceState, before: number) => {
      for (const m of s.mentions) {
        if (state.mentions[m].kind !== "person" || state.genitive.has(m) || s.spans.get(m)!.end > before) continue;
        if (countryOfPerson(state, m) === country) found.set(personKey(state, m), m);
      }
    };
    consider(st, d.start);
    const prev = [...state.sentences].reverse().find((s) => s.s.index < st.s.index && s.mentions.some((m) => state.mentions[m].kind === "person"));
    if (prev) consider(prev, Infinity);
    if (found.size === 1) refer(state, st, { start: d.start - 1, end: noun + 1 }, [...found.values()][0], 0.5);
  }
}
