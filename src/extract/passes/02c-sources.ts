// Pass 2c: the news outlet a report names as its source is an organisation:
//   - after a source phrase (cues.json sourceBefore): "according to X", "citing X", "به گزارش X",
//     "نقلا عن X", "ذكرت X أن";
//   - before a reporting verb (sourceAfter), at the start of a sentence or a clause: "X گزارش داد", "X reported";
//   - as a dateline at the start of one of the first paragraphs: "X -", "(X-", "(X) --"; or after the city and
//     date, before the dateline's dash: "BAKU, Sept 14 (Reuters) -", "ACCRA, July 24, GNA -".
// An outlet's name is short (one to three words) and looks like a name, not a phrase: in English its words
// are capitalised, in Persian and Arabic no dictionary knows them as words, unless the last one is a
// media word (cues.json words.mediaHead: "… News", "… نيوز"). A person, a place, a title or a demonym is
// no outlet ("according to President X", "citing Kenyan officials").
// The pass also reads the dateline's place (_dateline.ts) into state.dateline, for pass 6.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention, inCue, respan, unmention } from "../state.js";
import { isCommonWord } from "../../lexicon/words.js";
import { normalizeKey } from "../../text/normalize.js";
import { readDateline } from "./_dateline.js";
import { orgSlug } from "../../ids.js";

const MAX_WORDS = 3;
const DASH = /^[-–—]+$/;
/** Datelines are looked for in the first sentences of the body only. */
const DATELINE_SENTENCES = 4;

export function findSources(state: ExtractState): void {
  for (const st of state.sentences) {
    for (const c of st.cues) {
      if (c.kind === "sourceBefore") {
        markKnown(state, st, c.end);
        add(state, st, forward(state, st, c.end));
        const outlet = reporterOf(state, st, c.end);
        if (outlet !== undefined) markKnown(state, st, outlet);
      }
      if (c.kind === "sourceAfter") {
        markKnown(state, st, c.start - 1);
        add(state, st, backward(state, st, c.start));
      }
    }
    if (st.s.index < DATELINE_SENTENCES) {
      add(state, st, dateline(state, st));
      delimited(state, st);
      const after = afterCity(st);
      if (after) agencyNotPerson(state, st, after);
      if (after) {
        regionAsOutlet(state, st, after);
        markKnown(state, st, after.start);
        add(state, st, outletIn(state, st, after));
      }
    }
    quotedRegions(state, st);
  }
  wordsNotOutlets(state);
  state.dateline = readDateline(state);
}

/**
 * An outlet whose one-word name is a common word (lexicon "ambiguous": العالم "the world", الحدث "the event",
 * مهر) is that outlet where the report cites it (a source slot) or the article names it in a longer form
 * ("قناة العالم"); elsewhere ("المنطقة والعالم") it is the word. So is any organisation's one-word form the lexicon
 * lists among its ambiguousNames («المفوضية», "the commission", for UNHCR, after «المفوضية الأوروبية»).
 */
function wordsNotOutlets(state: ExtractState): void {
  const confirmed = new Set<string>();
  const loose: Array<[SentenceState, number]> = [];
  for (const st of state.sentences) {
    for (const o of st.mentions) {
      const m = state.mentions[o];
      if (m.kind !== "organization" || !m.lexiconId) continue;
      const sp = st.spans.get(o)!;
      const weak = isOutletKind(state, m.lexiconId) || homograph(state, m.lexiconId, m.text);
      const word = weak && sp.end - sp.start === 1 && m.via === "lexicon" && m.confidence <= 0.5 && isCommonWord(m.text, state.lang);
      if (inConstruct(state, st, sp, m.lexiconId) && m.confidence <= 0.5) unmention(state, st, o);
      else if (word) loose.push([st, o]);
      else confirmed.add(m.lexiconId);
    }
  }
  for (const [st, o] of loose) if (!confirmed.has(state.mentions[o].lexiconId!)) unmention(state, st, o);
}

function add(state: ExtractState, st: SentenceState, sp: TokenSpan | undefined): void {
  if (sp) addMention(state, st, sp, { kind: "organization", via: "source", confidence: 0.6 });
}

/** An organisation already read in a source slot ("به گزارش ایرنا") is marked as the outlet, so it is no party. */
function markKnown(state: ExtractState, st: SentenceState, i: number): void {
  if (st.tokens[i]?.punct && /^[(«"“]$/.test(st.tokens[i].text)) i++;
  const o = st.owner[i];
  if (o !== undefined && o >= 0 && state.mentions[o].kind === "organization" && !state.mentions[o].lexiconId?.startsWith("ministry/")) state.mentions[o].via = "source";
}

/** Words between a reporter's noun and the outlet after it («خبرنگار اعزامی ایرنا», «خبرنگار ما در …»). */
const REPORTER_REACH = 3;

/**
 * The token of the organisation a reporter named right after a source phrase writes for («به گزارش خبرنگار اعزامی
 * ایرنا، …»: cues.json words reporterNoun), past up to two words (the reporter's adjective); undefined if none.
 */
function reporterOf(state: ExtractState, st: SentenceState, i: number): number | undefined {
  if (!state.lex.words.sets[`reporterNoun.${state.lang}`]?.has(st.tokens[i]?.key ?? "")) return undefined;
  for (let k = i + 1; k <= i + REPORTER_REACH && k < st.tokens.length && !st.tokens[k].punct; k++) {
    const o = st.owner[k];
    if (o >= 0 && state.mentions[o].kind === "organization") return k;
    if (o >= 0) return undefined;
  }
  return undefined;
}

/** The outlet's words starting at `i` (past an opening bracket or quote). */
function forward(state: ExtractState, st: SentenceState, i: number): TokenSpan | undefined {
  if (st.tokens[i]?.punct && /^[(«"“]$/.test(st.tokens[i].text)) i++;
  let end = i;
  while (end < st.tokens.length && end - i < MAX_WORDS + 1 && free(state, st, end)) end++;
  // a run that goes on past the limit is a phrase, not a name
  if (end - i > MAX_WORDS) return undefined;
  return outlet(state, st, { start: i, end });
}

/** The outlet's words ending right before `i`, starting a sentence or a clause. */
function backward(state: ExtractState, st: SentenceState, i: number): TokenSpan | undefined {
  let start = i;
  while (start - 1 >= 0 && i - start < MAX_WORDS + 1 && free(state, st, start - 1)) start--;
  if (i - start > MAX_WORDS) return undefined;
  const before = st.tokens[start - 1];
  if (before && !(before.punct && /^[,،:;(«"“–—-]$/.test(before.text))) return undefined;
  return outlet(state, st, { start, end: i });
}

/** "جفرا نيوز -", "(MENAFN- Source: …)", "(KUNA) --": an outlet at the very start, before a dash. */
function dateline(state: ExtractState, st: SentenceState): TokenSpan | undefined {
  const t = st.tokens;
  let i = 0;
  if (t[0]?.punct && t[0].text === "(") i = 1;
  let end = i;
  while (end < t.length && end - i <= MAX_WORDS && free(state, st, end)) end++;
  let dash = end;
  if (t[dash]?.text === ")" && i === 1) dash++;
  if (end === i || end - i > MAX_WORDS || !DASH.test(t[dash]?.text ?? "")) return undefined;
  // ("CARTAGENA —": a city's name the lexicon holds, left unread as one of several places of that name, is the
  // dateline's city, no outlet)
  if (state.lex.placeMatcher.findAll(t.slice(i, end)).some((m) => m.start === 0 && m.end === end - i)) return undefined;
  return outlet(state, st, { start: i, end });
}

const REGION_KINDS = new Set(["area", "continent", "region"]);

/**
 * A region's name in an outlet's slot is the outlet: "LONDON (Middle East Eye) -", "القاهرة - الشرق الأوسط:" (the
 * newspaper Asharq Al-Awsat). The place mention becomes the organisation, named by all the slot's words.
 */
function regionAsOutlet(state: ExtractState, st: SentenceState, slot: TokenSpan): void {
  const inside = st.mentions.filter((m) => {
    const sp = st.spans.get(m)!;
    return sp.start >= slot.start && sp.end <= slot.end;
  });
  if (inside.length !== 1 || state.mentions[inside[0]].kind !== "place" || !REGION_KINDS.has(state.mentions[inside[0]].placeKind ?? "")) return;
  for (let i = slot.start; i < slot.end; i++) if (st.owner[i] !== inside[0] && !free(state, st, i)) return;
  if (state.lang === "en" && !st.tokens.slice(slot.start, slot.end).every((w) => /^[A-Z]/.test(w.text))) return;
  respan(state, st, inside[0], slot, { kind: "organization", lexiconId: undefined, placeKind: undefined, via: "source", confidence: 0.6 });
}

/** A region's name alone in guillemets, «الشرق الأوسط», «الخليج»: the title of a paper or a channel, no place. */
function quotedRegions(state: ExtractState, st: SentenceState): void {
  for (const m of [...st.mentions]) {
    const sp = st.spans.get(m)!;
    if (st.tokens[sp.start - 1]?.text === "«" && st.tokens[sp.end]?.text === "»") regionAsOutlet(state, st, sp);
  }
}

/** A known organisation between the dateline's marks ("أبوظبي في 13 فبراير / وام /", "ایروان - ایرنا -") is the outlet. */
function delimited(state: ExtractState, st: SentenceState): void {
  const mark = (i: number) => /^[-–—/()]+$/.test(st.tokens[i]?.text ?? "");
  for (const m of [...st.mentions]) {
    const sp = st.spans.get(m)!;
    const id = state.mentions[m].lexiconId;
    if (sp.start > DATELINE_WORDS + MAX_WORDS) continue;
    // "ALMATY. KAZINFORM – …": a news agency that opens the sentence after the dateline's city, before its dash
    if (sp.start === 0 && id && mark(sp.end) && isOutletKind(state, id)) {
      markKnown(state, st, sp.start);
      continue;
    }
    if (!mark(sp.start - 1)) continue;
    // (also a news outlet before the lead's colon: "الرياض - واس:", "عمّان - بترا:")
    if (id && (mark(sp.end) || (st.tokens[sp.end]?.text === ":" && isOutletKind(state, id)))) markKnown(state, st, sp.start);
    // "القاهرة - الشرق الأوسط:": a region between the city's dash and the lead is the outlet
    if (mark(sp.end) || st.tokens[sp.end]?.text === ":") regionAsOutlet(state, st, sp);
  }
}

/** A lexicon organisation whose kind is a news outlet (news-agency, broadcaster, newspaper, …). */
/** `text` is one of the ambiguousNames of lexicon organisation `id`. */
function homograph(state: ExtractState, id: string, text: string): boolean {
  const names = state.lex.organizations.get(orgSlug(id))?.ambiguousNames?.[state.lang] ?? [];
  return names.some((n) => normalizeKey(n) === normalizeKey(text));
}

/**
 * An Arabic one-word name of an organisation the lexicon marks ambiguous (a common word: فتح "opening", القاعدة "the
 * base", الشباب "the youth") right before a definite word is that word in construct or with its adjective («إعادة فتح
 * الحدود», «القاعدة العسكرية»): a name stands before no definite noun or adjective of its own.
 */
function inConstruct(state: ExtractState, st: SentenceState, sp: TokenSpan, id: string): boolean {
  if (state.lang !== "ar" || sp.end - sp.start !== 1 || !state.lex.organizations.get(orgSlug(id))?.ambiguous) return false;
  const next = st.tokens[sp.end];
  return !!next && !next.punct && next.key.startsWith("ال");
}

function isOutletKind(state: ExtractState, id: string): boolean {
  const kind = state.lex.organizations.get(orgSlug(id))?.kind ?? "";
  return /news|media|broadcast|paper|agency/.test(kind);
}

/** Words of a dateline's city and date before its dash. */
const DATELINE_WORDS = 8;

/** The words before the dateline's dash, in brackets or after the last comma: "BAKU, Sept 14 (Reuters) -". */
function afterCity(st: SentenceState): TokenSpan | undefined {
  const t = st.tokens;
  // (the dash, or a colon right after the bracket: «کابل (پژواک):»)
  const d = t.findIndex((x, i) => i <= DATELINE_WORDS + MAX_WORDS + 2 && (DASH.test(x.text) || (/^[:：]$/.test(x.text) && t[i - 1]?.text === ")")));
  if (d < 2) return undefined;
  if (t[d - 1].text === ")") {
    let open = d - 2;
    while (open > 0 && d - 1 - open <= MAX_WORDS && t[open].text !== "(") open--;
    return t[open]?.text === "(" && open > 0 ? { start: open + 1, end: d - 1 } : undefined;
  }
  let comma = d - 1;
  while (comma > 0 && d - comma <= MAX_WORDS + 1 && t[comma].text !== ",") comma--;
  return t[comma]?.text === "," && comma > 0 ? { start: comma + 1, end: d } : undefined;
}

/**
 * «کابل (پژواک):», "KABUL (Pajhwok) -": the word in the brackets after the dateline's city is the agency, not the
 * lexicon person whose surname it also is (Abdul Rahman Pazhwak): a one-word short form read there is the outlet.
 */
function agencyNotPerson(state: ExtractState, st: SentenceState, sp: TokenSpan): void {
  if (st.tokens[sp.start - 1]?.text !== "(" || sp.end - sp.start !== 1) return;
  const o = st.owner[sp.start];
  const x = o >= 0 ? state.mentions[o] : undefined;
  if (x?.kind !== "person" || x.confidence >= 0.9 || st.spans.get(o)!.start !== sp.start || st.spans.get(o)!.end !== sp.end) return;
  unmention(state, st, o);
  add(state, st, sp);
}

/** The outlet a span holds: a free run of words that looks like one, when nothing read them already. */
function outletIn(state: ExtractState, st: SentenceState, sp: TokenSpan): TokenSpan | undefined {
  for (let i = sp.start; i < sp.end; i++) if (!free(state, st, i)) return undefined;
  return outlet(state, st, sp);
}

/** A word no other pass has read: not a mention, a title, a demonym, a cue, nor punctuation. */
function free(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  return !!tok && !tok.punct && !/^\d+$/.test(tok.key) && st.owner[i] < 0 && !inCue(st, i);
}

function outlet(state: ExtractState, st: SentenceState, sp: TokenSpan): TokenSpan | undefined {
  if (sp.end <= sp.start) return undefined;
  const words = st.tokens.slice(sp.start, sp.end);
  // "according to Mwangi" after "John Mwangi": a word of a person's name in this article, or of a lexicon
  // person's, is a person cited, not an outlet
  if (words.length === 1 && (state.lex.words.nameParts.has(words[0].key) || personWords(state).has(words[0].key))) return undefined;
  const media = state.lex.words.sets[`mediaHead.${state.lang}`];
  const mediaLast = media?.has(words[words.length - 1].key) ?? false;
  if (state.lang === "en") {
    if (!words.every((w) => /^[A-Z]/.test(w.text))) return undefined;
    // "according to John Smith": a given name first is a person's name
    if (words.length > 1 && state.lex.words.nameParts.has(words[0].key) && !mediaLast) return undefined;
    if (!mediaLast && words.some((w) => isCommonWord(w.text, "en"))) return undefined;
    return sp;
  }
  if (mediaLast && words.length > 1) return sp;
  return words.every((w) => w.key.length > 2 && !isCommonWord(w.text, state.lang) && !state.lex.words.nameParts.has(w.key)) ? sp : undefined;
}

const personWordsOf = new WeakMap<ExtractState, Set<string>>();
function personWords(state: ExtractState): Set<string> {
  let out = personWordsOf.get(state);
  if (!out) {
    out = new Set(state.mentions.filter((m) => m.kind === "person").flatMap((m) => m.text.split(/\s+/).map((w) => normalizeKey(w))));
    personWordsOf.set(state, out);
  }
  return out;
}
