// Helpers on the article's mentions, shared by the passes (3, 5, 6, 7); not a pass itself.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inSpan } from "../state.js";
import { officesOn } from "../../lexicon/index.js";
import { normalizeKey } from "../../text/normalize.js";
import { asLexPlaceId, isLexPlaceId, lexOrgId, lexPlaceId, personSlug, type LexOrgId, type LexPlaceId } from "../../ids.js";
import { lexiconPeopleNamedInFull } from "../../model.js";
import { objectPronounAt } from "./_word-sets.js";

/** The identity of a person mention: its antecedent's, else its lexicon id, else its text. */
export function personKey(state: ExtractState, m: number): string {
  const x = state.mentions[m];
  if (x.antecedent !== undefined) return personKey(state, x.antecedent);
  if (x.lexiconId) return x.lexiconId;
  // a name no lexicon knows, written again by its last word ("Ana Cecilia Gervasi" … "Gervasi"): the one full name
  // of the article that ends with it
  const full = x.kind === "person" && !/\s/.test(x.text.trim()) ? fullNames(state).get(normalizeKey(x.text)) : undefined;
  return full !== undefined && full !== m ? personKey(state, full) : `text:${x.text}`;
}

/** Per article (recomputed as mentions are added): the last word of each new full name → its first mention, when one name ends with it. */
const fullNamesOf = new WeakMap<ExtractState, { n: number; map: Map<string, number | undefined> }>();

function fullNames(state: ExtractState): Map<string, number> {
  let c = fullNamesOf.get(state);
  if (!c || c.n !== state.mentions.length) {
    const map = new Map<string, number | undefined>();
    const texts = new Map<string, string>();
    state.mentions.forEach((x, i) => {
      const words = x.text.trim().split(/\s+/);
      if (x.kind !== "person" || x.lexiconId || x.antecedent !== undefined || words.length < 2) return;
      const last = normalizeKey(words[words.length - 1]);
      const full = normalizeKey(x.text);
      if (!texts.has(last)) {
        texts.set(last, full);
        map.set(last, i);
      } else if (texts.get(last) !== full) map.set(last, undefined); // two names end with it: neither
    });
    fullNamesOf.set(state, (c = { n: state.mentions.length, map }));
  }
  return c.map as Map<string, number>;
}

/**
 * The body a person holds office in, from this article's role claims, else from the lexicon: a state
 * ("place/iran") or an organisation ("org/iaea" for its director general), by what the lexicon knows the
 * office's holder to be. An office of a body the lexicon does not know lends nothing.
 */
export function bodyOfPerson(state: ExtractState, m: number): LexPlaceId | LexOrgId | undefined {
  const root = rootMention(state, m);
  const key = personKey(state, root);
  for (const r of state.roles) if (r.country && personKey(state, r.person) === key) return asLexPlaceId(r.country);
  const lexId = state.mentions[root].lexiconId;
  const entry = lexId ? state.lex.people.get(personSlug(lexId)) : undefined;
  const terms = entry ? officesOn(entry, state.publishedAt ?? null) : [];
  const c = terms.find((o) => o.country)?.country ?? entry?.offices?.find((o) => o.country)?.country;
  if (!c) return undefined;
  if (state.lex.places.has(c)) return lexPlaceId(c);
  return state.lex.organizations.has(c) ? lexOrgId(c) : undefined;
}

/**
 * Does the person head a body the text names no state of ("وعن الشركة رئيسها التنفيذي X": its chief executive)? Such a
 * person signs for that body, and is no one whose state the text leaves unsaid.
 */
export function headsBody(state: ExtractState, m: number): boolean {
  const key = personKey(state, rootMention(state, m));
  return state.roles.some((r) => r.office === BODY_HEAD && !r.country && personKey(state, r.person) === key);
}
const BODY_HEAD = "director-general";

/** A person's country: the state of `bodyOfPerson`, never an organisation ("un" is no country). */
/**
 * A lexicon short form read with little confidence (ambiguous: also a word, or a surname namesakes share) that neither
 * a full name of the same person in the article nor a title beside it confirms: the resolver drops it
 * (resolve/entities.ts), so no phase should draw a fact from it.
 */
export function unconfirmedShortForm(state: ExtractState, st: SentenceState, m: number): boolean {
  const x = state.mentions[m];
  if (x.kind !== "person" || !x.lexiconId || x.via !== "lexicon" || x.confidence > 0.5) return false;
  if (lexiconPeopleNamedInFull(state.mentions).has(x.lexiconId)) return false;
  return !st.titles.some((t) => t.person === m) && !state.roles.some((r) => r.person === m);
}

export function countryOfPerson(state: ExtractState, m: number): LexPlaceId | undefined {
  const body = bodyOfPerson(state, m);
  return body && isLexPlaceId(body) ? body : undefined;
}

export function rootMention(state: ExtractState, m: number): number {
  let x = m;
  for (let i = 0; i < 5 && state.mentions[x].antecedent !== undefined; i++) x = state.mentions[x].antecedent!;
  return x;
}

/** Person mentions that act in the clause: not genitives, one per person, in text order. */
/**
 * "alongside" written before a reference: «ووقع إلى جانب جلالة الملك كل من A و B», "signed alongside the king A and B",
 * «در کنار رئیس‌جمهور»: the one beside whom the named ones act is a side of the act too (normalised keys, the last word
 * right before the reference, and the word before it when the phrase has two).
 */
const ALONGSIDE: Array<[string, string]> = [["إلى", "جانب"], ["الى", "جانب"], ["", "بجانب"], ["", "alongside"], ["together", "with"], ["در", "کنار"]].map(([a, b]) => [normalizeKey(a), normalizeKey(b)]);
/**
 * The subject of a verb of chairing (cues.json words chairVerb: «ترأس رئيس الجمهورية اجتماعا ضم A وB», "the president
 * chaired a meeting with A and B"): right after the verb in Arabic, right before it in English. The chair is at what
 * he chairs, a reference too; so is the English subject of a verb of attending (cues.json words attendVerb: "He also
 * participated in the informal meeting of BRICS leaders, chaired by A and attended by B").
 */
function chairSubject(state: ExtractState, st: SentenceState, m: number): boolean {
  const verbs = state.lex.words.sets[`chairVerb.${state.lang}`];
  const sp = st.spans.get(m)!;
  const at = state.lang === "ar" ? st.tokens[sp.start - 1] : state.lang === "en" ? st.tokens[sp.end] : undefined;
  if (!!verbs && !!at && verbs.has(at.key)) return true;
  // … or of a verb of attending, past "also" ("He also participated in the informal meeting …, chaired by A")
  const attend = state.lex.words.sets[`attendVerb.${state.lang}`];
  const verb = state.lang === "en" ? st.tokens[st.tokens[sp.end]?.key === "also" ? sp.end + 1 : sp.end] : undefined;
  return !!attend && !!verb && attend.has(verb.key);
}

/**
 * Arabic puts the subject right after its verb: a title reference right after a meeting word («التقى الرئيس الصيني
 * كلاً من A وB», «استقبل وزير الخارجية السعودي نظيره …») is the side that met the named ones, though they are several.
 */
function verbSubject(state: ExtractState, st: SentenceState, m: number): boolean {
  if (state.lang !== "ar") return false;
  const start = st.spans.get(m)!.start;
  return st.triggers.some((t) => t.kind === "meeting" && t.end === start);
}

/**
 * An English subject pronoun or title reference right before a meeting verb, past its adverbs and auxiliaries
 * (cues.json verbAdverb, auxiliary), whose named sides all stand after it ("On May 2 he received the delegations
 * headed by A and B", "She also met A and B", "The Chinese leader also met A, B and C"): the reference is the
 * subject's side, the named ones the object's.
 */
function pronounBeforeVerb(state: ExtractState, st: SentenceState, m: number, named: number[]): boolean {
  const sp = st.spans.get(m)!;
  const pronoun = st.cues.some((c) => c.kind === "pronoun" && c.start === sp.start && c.end === sp.end) && /^[a-z]/i.test(st.tokens[sp.start].text);
  // (a title reference that opens its clause: "The Chinese leader also met …", "…, the president then received …")
  const head = titlePhraseStart(st, m);
  const opens = head === 0 || /^[,;]$/.test(st.tokens[head - 1]?.text ?? "");
  const title = state.lang === "en" && !pronoun && state.mentions[m].via === "coreference" && opens;
  if (!pronoun && !title) return false;
  const sets = state.lex.words.sets;
  let at = sp.end;
  while (at < st.tokens.length && (sets["verbAdverb.en"]?.has(st.tokens[at].key) || sets["auxiliary.en"]?.has(st.tokens[at].key))) at++;
  const verb = st.triggers.find((t) => t.kind === "meeting" && t.start === at);
  return !!verb && named.length > 0 && named.every((n) => st.spans.get(n)!.start >= verb.end);
}

/** Where the phrase of a title reference starts, past its title, country adjective and article ("The Chinese leader"). */
function titlePhraseStart(st: SentenceState, m: number): number {
  const sp = st.spans.get(m)!;
  let head = Math.min(sp.start, st.titles.find((t) => t.person === m)?.start ?? sp.start);
  for (let d = st.demonyms.find((x) => x.end === head); d; d = st.demonyms.find((x) => x.end === head)) head = d.start;
  return st.tokens[head - 1]?.key === "the" ? head - 1 : head;
}

function alongside(st: SentenceState, start: number): boolean {
  const last = st.tokens[start - 1]?.key;
  const before = st.tokens[start - 2]?.key;
  return ALONGSIDE.some(([a, b]) => last === b && (!a || before === a || before === "و" + a));
}

/**
 * A title reference joined by "and" to a named side right beside it ("The King and Queen X arrived", "greeted by the
 * Head of State, X, and the Prime Minister") is one more side of that phrase, though the clause names two others; so
 * is one set between two named items of a comma list ("A، رئیس جمهور ترکمنستان، B").
 */
function conjoined(state: ExtractState, st: SentenceState, m: number, named: number[]): boolean {
  const sp = st.spans.get(m)!;
  const and = (i: number) => !!state.lex.words.sets.and?.has(st.tokens[i]?.key ?? "");
  const comma = (i: number) => st.tokens[i]?.text === "," || st.tokens[i]?.text === "،";
  // "T and [title|honorific] NAME": the name starts past the words of its title and honorifics
  if (and(sp.end)) {
    let i = sp.end + 1;
    while (i < st.tokens.length && st.owner[i] < 0 && (st.titles.some((t) => inSpan(i, t)) || st.cues.some((c) => c.kind === "honorific" && inSpan(i, c)))) i++;
    if (named.some((n) => st.spans.get(n)!.start === i && i > sp.end)) return true;
  }
  // "A، T [country]، B": a title between two named items of a comma list («با حضور A، رئیس جمهور ترکمنستان، B، …»)
  const end = st.titles.find((t) => t.person === m)?.phraseEnd ?? sp.end;
  if (comma(sp.start - 1) && comma(end) && named.some((n) => st.spans.get(n)!.end === sp.start - 1) && named.some((n) => st.spans.get(n)!.start === end + 1)) return true;
  // "NAME[,] and T"
  let b = sp.start - 1;
  if (st.tokens[b]?.key === "the") b--;
  if (!and(b)) return false;
  b--;
  if (comma(b)) b--;
  return named.some((n) => st.spans.get(n)!.end === b + 1);
}

export function actorsIn(state: ExtractState, st: SentenceState, clause: TokenSpan): number[] {
  const out: number[] = [];
  const seen = new Set<string>();
  // (nor is the one something is for: "پیام کتبی … را برای X به همراه داشت و … در دیدار با Y تحویل داد")
  // ("for" right before a person, cues.json forWhom: whom a message or a gift is for, no side of the clause's event)
  const forWhom = state.lex.words.sets.forWhom;
  const acting = (m: number) => inSpan(st.spans.get(m)!.start, clause) && state.mentions[m].kind === "person" && !state.genitive.has(m) && !forWhom.has(st.tokens[st.spans.get(m)!.start - 1]?.key ?? "");
  // references ("the Russian president", "his counterpart") only fill in a side the clause does not name (a surname
  // written again, "Stoltenberg" after "Jens Stoltenberg", is a name, not a reference: `echoesName`)
  const namedOnes = st.mentions.filter((m) => acting(m) && (state.mentions[m].via !== "coreference" || echoesName(state, m)));
  // (who attends "in the presence of" is no side: "استقبل X الوزير المصري بحضور السفير Y" has the minister as its other side)
  const present = (m: number) => st.cues.some((c) => c.kind === "presence" && c.start >= clause.start && c.end <= st.spans.get(m)!.start);
  // (counted by person: a name and the title set beside it, «X، رهبر انقلاب اسلامی،», are one side)
  const named = new Set(namedOnes.filter((m) => !present(m)).map((m) => state.mentions[rootMention(state, m)].lexiconId ?? `m${rootMention(state, m)}`)).size;
  // … unless the reference is the subject and the named ones are all the other side ("He signed … with A and B",
  // "وزیر خارجه قطر … با A و B دیدار کرد": a pronoun or a title standing for someone named before)
  const otherSide = (m: number) => {
    const sp = st.spans.get(m)!;
    if (m === st.speaker) return false;
    const pronoun = st.cues.some((c) => c.kind === "pronoun" && c.start === sp.start && c.end === sp.end);
    const at = sp.end;
    const first = Math.min(...namedOnes.map((n) => st.spans.get(n)!.start));
    // (a title reference only when "with" stands right before the first of them: not "با ابراز خرسندی …، سلام X را …")
    // (the honorifics of the first name may stand between: "with H.E. Mr. A and H.E. Mr. B")
    const honored = (from: number) => {
      let i = from;
      for (let h = st.cues.find((c) => c.kind === "honorific" && c.start === i); h && i < first; h = st.cues.find((c) => c.kind === "honorific" && c.start === i)) i = h.end;
      return i === first;
    };
    // (or a pronoun subject of an English passive whose agents are the named ones: "He was greeted by A and B")
    if (pronoun && at <= first && passiveAgentsAfter(state, st, at, first)) return true;
    return at <= first && st.cues.some((c) => c.kind === "with" && c.start >= at && c.end <= first && (pronoun || honored(c.end)) && /^(with|با|مع)$/.test(st.tokens[c.start].key));
  };
  // … or the reference is the object of "with" right before it and every named one stands before it, on the subject's
  // side ("A و B … با نخست‌وزیر ترکیه گفتگو کردند", "A and B met with the Turkish prime minister"), or the object of
  // "alongside" anywhere («ووقع إلى جانب جلالة الملك كل من A و B»), or an English object pronoun after the meeting word
  const withObject = (m: number) => {
    const sp = st.spans.get(m)!;
    if (alongside(st, sp.start)) return true;
    // (or an English object pronoun or title reference right after the meeting word: "A and B received him", "A
    // and B met the Chinese leader", _object-pronouns; the title reference from its article and country adjective)
    const from = state.lang === "en" && objectPronounAt(state, st, sp.start) !== 1 ? titlePhraseStart(st, m) : sp.start;
    const after = st.triggers.some((t) => t.kind === "meeting" && (t.end === from || (t.end + 1 === from && st.tokens[t.end].key === "with")));
    if (state.lang === "en" && after && namedOnes.every((n) => st.spans.get(n)!.end <= sp.start)) return true;
    return namedOnes.every((n) => st.spans.get(n)!.end <= sp.start) && st.cues.some((c) => c.kind === "with" && (c.end === sp.start || c.end === from) && /^(with|با|مع)$/.test(st.tokens[c.start].key));
  };
  for (const m of st.mentions) {
    if (!acting(m)) continue;
    if (named >= 2 && state.mentions[m].via === "coreference" && !echoesName(state, m) && !otherSide(m) && !withObject(m) && !chairSubject(state, st, m) && !verbSubject(state, st, m) && !pronounBeforeVerb(state, st, m, namedOnes) && !conjoined(state, st, m, namedOnes)) continue;
    const root = rootMention(state, m);
    const key = state.mentions[root].lexiconId ?? `m${root}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

/** The English forms of "be" that make a passive ("was greeted", "had been received"). */
const PASSIVE_BE = new Set(["was", "were", "is", "are", "been", "being"]);
/** The most words from a passive subject to its "by" ("was warmly greeted on the tarmac by"). */
const PASSIVE_REACH = 8;

/**
 * Does an English passive stand between a subject ending at `from` and the first name at `to`, its "by" at most a
 * title's words before that name, with no punctuation between ("He was greeted on the tarmac by President A and B")?
 * The agents after "by" are then the subject's other side.
 */
function passiveAgentsAfter(state: ExtractState, st: SentenceState, from: number, to: number): boolean {
  if (state.lang !== "en" || to - from > PASSIVE_REACH + 3) return false;
  const words = st.tokens.slice(from, to);
  if (words.some((w) => w.punct)) return false;
  const by = words.findIndex((w) => w.key === "by");
  return by > 1 && PASSIVE_BE.has(words[0].key) && to - (from + by) <= 3;
}

/**
 * A person reference written with words of the name it stands for ("Stoltenberg", «ستولتنبرغ» after "Jens
 * Stoltenberg": a lexicon namesake's short form re-pointed by `_namesakes`): a name, not a title or a pronoun.
 */
export function echoesName(state: ExtractState, m: number): boolean {
  const x = state.mentions[m];
  if (x.kind !== "person" || x.antecedent === undefined) return false;
  const root = state.mentions[rootMention(state, m)];
  const own = normalizeKey(x.text).split(" ").filter(Boolean);
  const full = new Set(normalizeKey(root.text).split(" ").filter(Boolean));
  return own.length > 0 && own.length < full.size && own.every((w) => full.has(w));
}

/**
 * A place named as the post of the office before it ("سفیر ایران در آنکارا", "the ambassador in Ankara",
 * "السفير لدى العراق"): where the office holder serves, not where anything said of them happens.
 */
/** The span of the first person mention that starts after token `i` with at most `reach` words between (a title's). */
export function firstPersonAfter(state: ExtractState, st: SentenceState, i: number, reach: number): TokenSpan | undefined {
  return st.mentions
    .filter((m) => state.mentions[m].kind === "person")
    .map((m) => st.spans.get(m)!)
    .filter((sp) => sp.start > i && sp.start - i - 1 <= reach)
    .sort((a, b) => a.start - b.start)[0];
}

export function atPost(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  return st.titles.some((t) => sp.start === t.phraseEnd + 1 && !!state.lex.offices.get(t.office)?.posted && state.lex.words.sets.postedAt.has(st.tokens[t.phraseEnd]?.key ?? ""));
}

/** Some name of the lexicon person starts with the word (a normalised key): "قاسم" for Kassym-Jomart Tokayev. */
export function lexiconNameStartsWith(state: ExtractState, lexiconId: string | undefined, key: string): boolean {
  const p = lexiconId ? state.lex.people.get(personSlug(lexiconId)) : undefined;
  return !!p && Object.values(p.names).flat().some((n) => normalizeKey(n).split(" ")[0] === key);
}

/**
 * The person is present only remotely: a word of remote watching (cues.json remoteWatching) among the two free words
 * right before the name ("با حضور A و حضور مجازی B", "and, by video, B"): no one at the occasion.
 */
export function remotelyPresent(state: ExtractState, st: SentenceState, m: number): boolean {
  const remote = state.lex.words.sets[`remoteWatching.${state.lang}`];
  const start = st.spans.get(m)?.start ?? 0;
  if (!remote) return false;
  for (let i = start - 1; i >= 0 && i >= start - 2 && st.owner[i] < 0; i--) if (remote.has(st.tokens[i].key)) return true;
  return false;
}
