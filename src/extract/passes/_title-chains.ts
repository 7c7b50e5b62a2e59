// The chain of an Arabic or Persian title phrase whose body no lexicon knows (a helper of 02-titles). Arabic writes a
// post as a head noun (cues.json bodyChief: رئيس، مدير، منسق; chainHead: أمين، كبير — secretary, chief) and a
// construct chain of nouns and adjectives after it ("كبير مفاوضي الجماعة", "أمين اللجنة الشعبية العامة", "مدير إدارة
// الشؤون القانونية بالوزارة"), then the name of its holder: read where a given name (given-names.json) opens a name of
// two words at least right after the chain, or where a family name of nisbas follows a feminine chain it cannot agree
// with ("أمين اللجنة الشعبية العامة البغدادي المحمودي": a definite noun governs no genitive, and a masculine nisba
// is no adjective of a feminine noun). Persian writes the name before the chief ("X رئیس کل گمرک …"): read when its
// first word is a given name. And no name starts at the word behind ل that goes on with an Arabic definite title's
// complement ("X الرئيس التنفيذي لسيمنز للطاقة": the name is the one before it).
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { addMention, inSpan } from "../state.js";
import { classOf, endsName, givenName, nameLike } from "./_name-words.js";
import { placeNamed } from "./_complement.js";

/** The office of a body's head (offices.json: "Director General / head of an organisation"), as in _body-chiefs. */
const OFFICE = "director-general";
/** How many tokens the chain between the head noun and the name may have. */
const MAX = 8;

/** The body-chief titles found by _body-chiefs, and the chain titles of the heads they leave. */
export function chainTitles(state: ExtractState, st: SentenceState, chiefs: TitleRef[]): TitleRef[] {
  if (state.lang === "en") return chiefs;
  const sets = state.lex.words.sets;
  const heads = new Set([...(sets[`bodyChief.${state.lang}`] ?? []), ...(sets[`chainHead.${state.lang}`] ?? [])]);
  const out = [...chiefs];
  for (let i = 0; i < st.tokens.length; i++) {
    const key = st.tokens[i].key;
    const head = heads.has(key) || (state.lang === "ar" && /^[وف]/.test(key) && key.length > 3 && heads.has(key.slice(1)));
    if (!head || st.owner[i] >= 0 || st.titles.some((t) => inSpan(i, t)) || out.some((t) => inSpan(i, t))) continue;
    const t = state.lang === "ar" ? arabicChain(state, st, i) : persianChief(state, st, i);
    if (t) out.push(t);
  }
  return out;
}

/** The title of an Arabic head noun and its construct chain, when a name follows the chain. */
function arabicChain(state: ExtractState, st: SentenceState, i: number): TitleRef | undefined {
  const tokens = st.tokens;
  let j = i + 1;
  while (j < tokens.length && j - i <= MAX) {
    const o = st.owner[j];
    if (o >= 0) {
      const kind = state.mentions[o].kind;
      if (kind === "person" && j > i + 1) break;
      if (kind !== "organization" && kind !== "place") return undefined;
      j = st.spans.get(o)!.end;
      continue;
    }
    if (j > i + 1 && (givenNameRun(state, st, j) || nisbaName(state, st, j))) break;
    if (!chainWord(state, st, j)) return undefined;
    j++;
  }
  if (j === i + 1 || j - i > MAX || j >= tokens.length) return undefined;
  return { start: i, end: i + 1, office: OFFICE, form: "title", phraseEnd: j };
}

/** A word of the chain: a definite noun or adjective, a noun behind ل, an indefinite noun in the construct state. */
function chainWord(state: ExtractState, st: SentenceState, j: number): boolean {
  const tok = st.tokens[j];
  if (tok.punct || /\d/.test(tok.key) || tok.key.length < 3 || state.lex.words.sets.functionWord.has(tok.key) || givenName(state, tok) || endsName(state, tok)) return false;
  if (st.dates.some((d) => tok.start >= d.start && tok.end <= d.end)) return false;
  // (another office's title is its own name slot: "أمين X الرئيس اللبناني Y" is no chain)
  if (st.titles.some((t) => inSpan(j, t)) || st.cues.some((c) => c.kind !== "common" && c.kind !== "stop" && inSpan(j, c))) return false;
  if (st.demonyms.some((d) => inSpan(j, d))) return true;
  if (/^ال/.test(tok.key) || (/^ل/.test(tok.key) && tok.key.length > 3)) return true;
  return classOf(state, tok) === "common" && !/^و/.test(tok.key);
}

/** A given name that opens a name of two words at least. */
function givenNameRun(state: ExtractState, st: SentenceState, j: number): boolean {
  return givenName(state, st.tokens[j]) && nameLike(state, st, j) && nameLike(state, st, j + 1) && !endsName(state, st.tokens[j + 1]);
}

/**
 * "… اللجنة الشعبية العامة البغدادي المحمودي": a definite masculine nisba (…ي) right after a definite feminine word
 * (…ة) of the chain, followed by a definite word no dictionary knows, opens the holder's family names (not a country
 * adjective: "وزيرة الخارجية الليبي" is no name). The name is read here, two or three words.
 */
function nisbaName(state: ExtractState, st: SentenceState, j: number): boolean {
  const [prev, tok, next] = [st.tokens[j - 1], st.tokens[j], st.tokens[j + 1]];
  if (!prev || !next || st.owner[j - 1] >= 0 || st.owner[j + 1] >= 0) return false;
  if (!/^ال.+ه$/.test(prev.key) || !/^ال.+ی$/.test(tok.key) || !/^ال/.test(next.key) || prev.punct || next.punct) return false;
  if (st.demonyms.some((d) => inSpan(j, d)) || !nameLike(state, st, j) || !nameLike(state, st, j + 1) || classOf(state, next) === "common") return false;
  const third = st.tokens[j + 2];
  const end = third && st.owner[j + 2] < 0 && /^ال/.test(third.key) && nameLike(state, st, j + 2) && classOf(state, third) !== "common" ? j + 3 : j + 2;
  addMention(state, st, { start: j, end }, { kind: "person", via: "title", confidence: 0.55 });
  return true;
}

/** "مهدی X رئیس کل گمرک …": a Persian chief before a body's words, with a name led by a given name right before it. */
function persianChief(state: ExtractState, st: SentenceState, i: number): TitleRef | undefined {
  const tails = state.lex.words.sets[`bodyChiefTail.${state.lang}`];
  let e = i + 1;
  if (tails?.has(st.tokens[e]?.key ?? "") && st.owner[e] < 0) e++;
  const body = st.tokens[e];
  if (!body || body.punct || st.titles.some((t) => inSpan(e, t))) return undefined;
  // the name: one or two name words before the chief, the first a given name
  for (const start of [i - 2, i - 3]) {
    if (start < 0 || !givenName(state, st.tokens[start])) continue;
    let ok = true;
    for (let k = start; k < i; k++) ok &&= st.owner[k] < 0 && nameLike(state, st, k);
    if (ok) return { start: i, end: e, office: OFFICE, form: "title", phraseEnd: e };
  }
  return undefined;
}

/**
 * "X الرئيس التنفيذي لشركة …", "X المدير العام لسيمنز": a definite Arabic title followed by a word behind ل that is no
 * name word goes on with its complement, so no name starts at that word (its holder is found past the complement, or
 * before the title).
 */
export function complementAhead(state: ExtractState, st: SentenceState, t: TitleRef, a: number): boolean {
  const tok = st.tokens[a];
  // (nor at the name of a place no lexicon holds after a place noun that ends the title: "رئيس إقليم X", _complement)
  if (state.lang === "ar" && a === t.phraseEnd && placeNamed(state, st, a - 1) > a) return true;
  if (state.lang !== "ar" || !tok || st.owner[a] >= 0 || !/^و?ال/.test(st.tokens[t.start].key)) return false;
  return /^ل/.test(tok.key) && tok.key.length > 3 && classOf(state, tok) !== "name";
}
