// The working state that the numbered extraction passes read and extend, in order.
// Each pass adds one layer of annotation (entities, titles and roles, references, dates, events,
// agreements); none of them re-reads the raw text except through tokens.
import type { AgreementFact, Doc, EventFact, IsoDate, Lang, MentionFact, RoleFact, Sentence, Token } from "../model.js";
import type { Lexicon } from "../lexicon/index.js";
import type { DateMention } from "./dates/index.js";

/** A token span [start, end) in a sentence. */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface CueHit extends TokenSpan {
  kind: string;
}

/** An office named in a sentence, with the country it belongs to, when given. */
export interface TitleRef extends TokenSpan {
  office: string;
  form: "title" | "ministry";
  /** Place id of the country ("place/syria"), from a name or a demonym next to the title. */
  country?: string;
  /** Where the country words are (so that they are not read as a meeting place). */
  countrySpan?: TokenSpan;
  /** End of the whole title phrase including its country. */
  phraseEnd: number;
  /** Mention index of the person the title is attached to, once found. */
  person?: number;
  /** The country came from the title itself, a style of one country's office («شاهنشاه»: `_styles`). */
  style?: boolean;
}

export interface SentenceState {
  s: Sentence;
  tokens: Token[];
  /** Mention index per token, or -1. */
  owner: Int32Array;
  /** Mentions in this sentence, in token order. */
  mentions: number[];
  /** Token spans of mentions (parallel to `mentions`). */
  spans: Map<number, TokenSpan>;
  demonyms: Array<TokenSpan & { place: string }>;
  titles: TitleRef[];
  cues: CueHit[];
  triggers: Array<CueHit & { text: string }>;
  modality: CueHit[];
  dates: DateMention[];
  /** Token indexes where a clause ends (؛ ; and sentence-internal breaks). */
  clauseBreaks: number[];
  /** Person mention index that this sentence is "about" (its first non-genitive person). */
  subject?: number;
  /** Person who speaks in this sentence (X said: ... / he added: ...). */
  speaker?: number;
}

export interface ExtractState {
  doc: Doc;
  lex: Lexicon;
  lang: Lang;
  publishedAt?: IsoDate;
  /** The publication date came with the article (its header or the loader), not read from a dateline in the text. */
  publishedGiven?: boolean;
  mentions: MentionFact[];
  sentences: SentenceState[];
  roles: RoleFact[];
  events: EventFact[];
  agreements: AgreementFact[];
  /** Weekday (1..7) of "today" in this article, when the text says it ("today, Thursday"). */
  todayWeekday?: number;
  /**
   * Person mentions that are not actors of their clause: a genitive ("the government of X",
   * "X's brother", "the fall of X"). They still name the person, but never attend a meeting.
   */
  genitive: Set<number>;
  /** The dateline's place mention (pass 2c, _dateline.ts), when the body opens with one. */
  dateline?: number;
  /** Person mentions that own the event word after them ("Modi's talks with Rajoy"): actors of that event only. */
  possessors: Set<number>;
  /** The country of the outlet that publishes the article, found once when first asked (_place-context.ts). */
  publisher?: { country?: string };
}

export function mentionSpan(st: SentenceState, m: number): TokenSpan {
  const sp = st.spans.get(m);
  if (!sp) throw new Error(`mention ${m} is not in sentence ${st.s.index}`);
  return sp;
}

/** Character offsets in the original text for a token span. */
export function charSpan(st: SentenceState, sp: TokenSpan): { start: number; end: number } {
  return { start: st.tokens[sp.start].start, end: st.tokens[sp.end - 1].end };
}

/** The clause [from, to) of token index i. */
export function clauseOf(st: SentenceState, i: number): TokenSpan {
  let start = 0;
  let end = st.tokens.length;
  for (const b of st.clauseBreaks) {
    if (b <= i) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return { start, end };
}

export function inSpan(i: number, sp: TokenSpan): boolean {
  return i >= sp.start && i < sp.end;
}

/** The person mention that owns token i (that starts there, with `starting`), if any. */
export function personAt(state: ExtractState, st: SentenceState, i: number, starting = false): number | undefined {
  const o = st.owner[i];
  if (o === undefined || o < 0 || state.mentions[o].kind !== "person") return undefined;
  return !starting || st.spans.get(o)?.start === i ? o : undefined;
}

/**
 * Is token i a word another pass has read as something else: an event word, a modality cue, an office title,
 * a country adjective, or a cue that `cue` accepts (any cue by default)?
 */
export function inCue(st: SentenceState, i: number, cue: (c: CueHit) => boolean = () => true): boolean {
  const within = (c: TokenSpan) => inSpan(i, c);
  return st.triggers.some(within) || st.modality.some(within) || st.titles.some(within) || st.demonyms.some(within) || st.cues.some((c) => within(c) && cue(c));
}

/**
 * Adds a role claim: `person` holds `office` (of `country`) on the publication day, as the tokens `sp` of the sentence
 * say (a title with its name).
 */
export function addRole(state: ExtractState, st: SentenceState, sp: TokenSpan, role: Pick<RoleFact, "person" | "office" | "country" | "confidence" | "former">): void {
  const { start, end } = charSpan(st, sp);
  const published = state.publishedAt;
  state.roles.push({
    ...role,
    date: { date: published ?? null, precision: published ? "day" : null, basis: published ? "publication" : "unknown" },
    evidence: { sentence: st.s.text, sentenceIndex: st.s.index, start, end },
  });
}

/** Adds a mention and marks its tokens. Returns its index. */
export function addMention(state: ExtractState, st: SentenceState, sp: TokenSpan, m: Omit<MentionFact, "index" | "start" | "end" | "text" | "sentenceIndex" | "lang">, charStartShift = 0): number {
  const index = state.mentions.length;
  const { start, end } = charSpan(st, sp);
  const s = start + charStartShift;
  // Object.assign, not { ...m, index, … }: in V8 (Node 20) adding new keys to a spread copy is two
  // orders of magnitude slower (each key makes a new hidden class). Same properties, same order.
  state.mentions.push(
    Object.assign({}, m, {
      index,
      start: s,
      end,
      text: state.doc.article.text.slice(s, end),
      lang: state.lang,
      sentenceIndex: st.s.index,
    }),
  );
  for (let i = sp.start; i < sp.end; i++) st.owner[i] = index;
  st.spans.set(index, sp);
  insertByStart(st, index, sp.start);
  return index;
}

/**
 * Keeps st.mentions in token order: the new mention goes after every mention starting at or before
 * it, which is where a stable sort by start put it (the list is only ever changed here).
 */
/**
 * An existing mention takes a new span (it grows to a longer name, or becomes another reading of the same
 * words): its offsets and text follow the span, `fields` change what else changes, and the tokens of `own`
 * (the span itself unless some of its words stay another mention's) are its own.
 */
export function respan(state: ExtractState, st: SentenceState, m: number, sp: TokenSpan, fields: Partial<MentionFact> = {}, own: TokenSpan = sp): void {
  const { start, end } = charSpan(st, sp);
  Object.assign(state.mentions[m], fields, { start, end, text: state.doc.article.text.slice(start, end) });
  for (let i = own.start; i < own.end; i++) st.owner[i] = m;
  st.spans.set(m, sp);
  st.mentions.splice(st.mentions.indexOf(m), 1);
  insertByStart(st, m, sp.start);
}

/** The mention is no longer read: out of its sentence's list, its words free, and it resolves to nothing (resolve/entities). */
export function unmention(state: ExtractState, st: SentenceState, o: number): void {
  const sp = st.spans.get(o)!;
  st.mentions.splice(st.mentions.indexOf(o), 1);
  st.spans.delete(o);
  for (let i = sp.start; i < sp.end; i++) if (st.owner[i] === o) st.owner[i] = -1;
  Object.assign(state.mentions[o], { confidence: 0, lexiconId: undefined, alternatives: undefined });
}

function insertByStart(st: SentenceState, index: number, start: number): void {
  let at = st.mentions.length;
  while (at > 0 && st.spans.get(st.mentions[at - 1])!.start > start) at--;
  if (at === st.mentions.length) st.mentions.push(index);
  else st.mentions.splice(at, 0, index);
}
