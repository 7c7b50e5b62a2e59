// A dropped subject (a helper of _subjects, for 03-references). Arabic and Persian verbs carry their subject:
// "كما عقدت لقاءً مع X" (and she also held a meeting with X), "إذ التقى أمير قطر" (as he met the emir of Qatar),
// "سپس با X دیدار کرد" (then he met X). With no person before the verb in its sentence and one person named as
// the other side, the subject is the last subject of the article. Read only where the text leaves one reading:
//   - Arabic: a perfect meeting verb whose one person is marked as its object ("مع X", "بـX", "بالرئيس X"), or
//     follows "إذ/حيث" with nothing after it that could be the verb's object; the verb's gender must agree with
//     the last subject (a feminine verb wants a woman the article marked as one, a masculine one a person it did not);
//   - Persian: "با X … دیدار کرد" with nothing before "با" and a singular verb.
// No subject is guessed beside a group, a delegation or an organisation that could be the subject.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf } from "../state.js";
import { personKey, rootMention } from "./_mentions.js";
import { personSlug } from "../../ids.js";

/** Arabic perfect meeting verbs (normalised keys: ى → ی, أ → ا), masculine or feminine (ending in ت). */
const AR_VERB = /^(?:و|ف)?(التقی|التقت|اجتمع|اجتمعت|استقبل|استقبلت|عقد|عقدت|بحث|بحثت|ناقش|ناقشت|اجری|اجرت|تباحث|تباحثت)$/;
/** A title or noun with the preposition ب glued to it: "برئيس", "بالرئيس", "بوزير". */
const AR_BI = /^(?:و)?ب(?:ال|رییس|وزیر|ولی|امیر|نایب|مبعوث|سفیر|ملک|قاید|مستشار|ممثل|مدیر|المبعوث)/;
/** Words that open a clause whose subject is the sentence's before it. */
const AR_SUBORDINATE = new Set(["اذ", "حیث", "واذ"]);
/** Persian singular past verbs that end a meeting clause ("دیدار کرد", "ملاقات نمود"). */
const FA_SINGULAR = new Set(["کرد", "کرده", "نمود", "نموده", "داشت", "داشته"]);

export interface Dropped {
  /** The token the reference is written over (the verb). */
  at: TokenSpan;
  target: number;
}

export function droppedSubject(state: ExtractState, st: SentenceState, lastSubject: number | undefined): Dropped | undefined {
  if (lastSubject === undefined || state.mentions[lastSubject].kind !== "person") return undefined;
  for (const t of st.triggers) {
    if (t.kind !== "meeting") continue;
    const clause = clauseOf(st, t.start);
    // where the clause's subject would stand: before the Arabic verb, before the Persian "با X"
    const w = state.lang === "fa" ? st.cues.find((c) => c.kind === "with" && st.tokens[c.start].key === "با" && c.end <= t.start && c.start >= clause.start) : undefined;
    const head = w ? w.start : t.start;
    const before = st.mentions.some((m) => st.spans.get(m)!.start < head && ["person", "organization"].includes(state.mentions[m].kind));
    // (a title alone is a written subject too: "والی بلخ پس از آن با X دیدار کرد")
    const titled = st.titles.some((x) => x.start < head);
    if (before || titled || st.cues.some((c) => (c.kind === "group" || c.kind === "delegation" || c.kind === "pronoun") && c.start < t.end + 3)) continue;
    const from = w ? w.end : t.end;
    const to = w ? t.start : clause.end;
    const people = st.mentions.filter((m) => state.mentions[m].kind === "person" && !state.genitive.has(m) && st.spans.get(m)!.start >= from && st.spans.get(m)!.start < to);
    if (new Set(people.map((m) => personKey(state, m))).size !== 1) continue;
    if (personKey(state, people[0]) === personKey(state, lastSubject)) continue;
    const found = state.lang === "ar" ? arabic(state, st, t, people[0], lastSubject) : w ? persian(st, t, clause) : undefined;
    if (found) return { at: found, target: rootMention(state, lastSubject) };
  }
  return undefined;
}

function arabic(state: ExtractState, st: SentenceState, t: TokenSpan, other: number, lastSubject: number): TokenSpan | undefined {
  const verb = AR_VERB.exec(st.tokens[t.start].key);
  if (!verb || st.owner[t.start] >= 0) return undefined;
  const feminine = verb[1].endsWith("ت");
  if (feminine !== woman(state, st, lastSubject)) return undefined;
  const sp = st.spans.get(other)!;
  const title = [...st.titles].reverse().find((x) => x.person === other && x.start < sp.start && x.start >= t.end);
  const head = title ? title.start : sp.start;
  const marked = st.tokens[head - 1]?.key === "مع" || AR_BI.test(st.tokens[head].key);
  if (marked) return { start: t.start, end: t.start + 1 };
  if (head - t.end > 0) return undefined;
  // gender tells them apart: "والتقت X" with a woman as the last subject and a man as X: X is the object
  if (feminine) return gender(state, other) === "m" ? { start: t.start, end: t.start + 1 } : undefined;
  // "إذ التقى أمير قطر X في الدوحة", "كما التقى X في بغداد": the one person is the object when nothing after it
  // could be ("حيث التقى الرئيس X بالجالية", "كما التقى X سفراء …": X is the subject); after "إذ/حيث" anything
  // but a with-phrase, else only a place, a date, a comma or the end
  const next = st.tokens[sp.end]?.key ?? "";
  if (next === "مع" || (next.startsWith("ب") && next !== "بين") || st.cues.some((c) => c.kind === "with" && c.start >= sp.end)) return undefined;
  if (!AR_SUBORDINATE.has(st.tokens[t.start - 1]?.key ?? "") && !adjunctAfter(state, st, sp.end)) return undefined;
  return { start: t.start, end: t.start + 1 };
}

/** Words that open an adjunct, not an object: "في", "خلال", "يوم", "اليوم", "أمس", "لبحث", "حيث". */
const AR_ADJUNCT = new Set(["فی", "خلال", "علی", "یوم", "الیوم", "امس", "صباح", "مساء", "عصر", "لبحث", "وبحث", "حیث", "بعد", "قبل", "لدی", "عند"]);

/** Token `i` ends the clause or opens a place, a date or an adjunct. */
function adjunctAfter(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok || tok.punct || AR_ADJUNCT.has(tok.key)) return true;
  const o = st.owner[i];
  if (o >= 0 && state.mentions[o].kind === "place") return true;
  return st.dates.some((d) => d.start === tok.start);
}

/** "با X دیدار کرد": a singular verb after the meeting word. */
function persian(st: SentenceState, t: TokenSpan, clause: TokenSpan): TokenSpan | undefined {
  const verb = [t.end - 1, t.end, t.end + 1].find((i) => i < clause.end && FA_SINGULAR.has(st.tokens[i]?.key ?? ""));
  if (verb === undefined || st.owner[verb] >= 0) return undefined;
  return { start: verb, end: verb + 1 };
}

/** A woman by the lexicon's gender of the person, or as the article marks her (`women`). */
function woman(state: ExtractState, st: SentenceState, m: number): boolean {
  const g = gender(state, m);
  return g ? g === "f" : women(state, st).has(personKey(state, m));
}

/** The lexicon's gender of the person a mention names, if it gives one. */
function gender(state: ExtractState, m: number): "f" | "m" | undefined {
  const id = state.mentions[rootMention(state, m)].lexiconId;
  return id ? state.lex.people.get(personSlug(id))?.gender : undefined;
}

const womenCache = new WeakMap<ExtractState, Map<string, true>>();

/**
 * The people the article marks as women up to this sentence: the holder of a feminine title (وزيرة، الرئيسة، المبعوثة)
 * and the person right after a feminine verb ("التقت X", "استقبلت X").
 */
function women(state: ExtractState, upTo: SentenceState): Map<string, true> {
  let out = womenCache.get(state);
  if (!out) womenCache.set(state, (out = new Map()));
  for (const st of state.sentences) {
    if (st.s.index > upTo.s.index) break;
    for (const x of st.titles) if (x.person !== undefined && x.form === "title" && /^(ال)?[^\s]{2,}ه$/.test(st.tokens[x.start].key.replace(/^(و|ف|ب|ل|وب|ول)(?=ال)/, ""))) out.set(personKey(state, x.person), true);
    for (const t of st.triggers) {
      const v = AR_VERB.exec(st.tokens[t.start].key);
      if (!v || !v[1].endsWith("ت")) continue;
      const o = st.owner[t.end];
      if (o >= 0 && state.mentions[o].kind === "person" && state.mentions[o].via !== "coreference") out.set(personKey(state, o), true);
    }
  }
  return out;
}
