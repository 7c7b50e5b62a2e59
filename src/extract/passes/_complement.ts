// The complement of an Arabic office title, before the name it introduces (a helper of 02-titles): the genitive
// chain of the body, the place or the brief that the title heads — "رئيس مجلس المستشارين، X", "وزيرة الشؤون
// الخارجية والتجارة لجمهورية الإكوادور، X", "الأمين العام لحزب الاستقلال X", "رئيسة وفد الحكومة الكولومبية في
// مفاوضات السلام مع جيش التحرير الوطني X", "محافظ رام الله والبيرة X". Any office, not only a posted one; the name
// after such a chain is read strictly (two words at least, not all common words) by the caller.
import type { ExtractState, SentenceState } from "../state.js";
import { inSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { classOf, givenName } from "./_name-words.js";

/** Words that link the parts of a complement: in, at, with (a negotiation's other side), of. */
const LINKS = new Set(["في", "لدى", "مع", "عن"].map((w) => normalizeKey(w)));
const MAX = 12;

/**
 * Where a name may start after the complement that starts at `i`, past one comma; `i` itself when there is none.
 * `construct`: the title ends in an indefinite noun, which governs the word at `i` (see `endsInConstruct`).
 */
export function arabicComplementEnd(state: ExtractState, st: SentenceState, i: number, posted: boolean, construct = false): number {
  if (state.lang !== "ar") return i;
  const tokens = st.tokens;
  const inDate = (j: number) => st.dates.some((d) => tokens[j].start >= d.start && tokens[j].end <= d.end);
  const definite = (j: number) => !!tokens[j] && !tokens[j].punct && /^(و?ال|لل)/.test(tokens[j].key) && st.owner[j] < 0 && !inDate(j);
  let j = i;
  while (j < tokens.length && j - i < MAX) {
    const tok = tokens[j];
    const o = st.owner[j];
    if (o >= 0) {
      const kind = state.mentions[o].kind;
      if (kind !== "organization" && kind !== "place") break;
      j = st.spans.get(o)!.end;
      continue;
    }
    if (st.titles.some((t) => inSpan(j, t))) {
      j++;
      continue;
    }
    // "(الأونروا)": a body's short name in brackets
    if (tok.text === "(") {
      const close = tokens.findIndex((t, k) => k > j && t.text === ")");
      if (close < 0 || close - j > 4) break;
      j = close + 1;
      continue;
    }
    if (inDate(j)) break;
    if (LINKS.has(tok.key)) {
      // only a posted office is followed by where it is held ("الممثلة المقيمة … في تشاد X"); a minister "in Baghdad"
      // is where the sentence puts him, and no name follows
      const o2 = st.owner[j + 1];
      if (!posted && o2 !== undefined && o2 >= 0 && state.mentions[o2].kind === "place") break;
      j++;
      continue;
    }
    // (the body of a genitive cue word behind ل is the complement's: "الأمين العام لحزب الاستقلال X")
    const bodyOf = (kind: string) => kind === "genitive" && /^ل/.test(tok.key);
    if (st.cues.some((c) => c.kind !== "stop" && c.kind !== "common" && !bodyOf(c.kind) && inSpan(j, c))) break;
    if (tok.punct) break;
    const key = tok.key;
    // a definite noun or adjective (المستشارين، الوطنية، والتجارة), a ل-word (لحزب، لجمهورية، للشؤون) that is no
    // given name (ليلى، لؤي)
    if (definite(j) || (/^ل/.test(key) && key.length > 3 && classOf(state, tok) !== "name")) {
      j++;
      continue;
    }
    // a place noun in construct and the one-word name of a place no lexicon holds after it ("حاكم مقاطعة X", "رئيس
    // إقليم X"): the office's place, not the name's first word; the name starts after it
    // (also the noun that ends the title itself: "رئيس إقليم X")
    const placed = Math.max(placeNamed(state, st, j), j === i && st.titles.some((t) => t.end === i) ? placeNamed(state, st, j - 1) : j);
    if (placed > j) {
      j = placed;
      continue;
    }
    // a name starts: a particle (عبد، بن) or a word that is no common word (a name part, or unknown: بلتران)
    if (state.lex.words.sets.nameParticle.has(key) || classOf(state, tok) !== "common") break;
    // an indefinite noun in a construct chain, before the definite word it governs (وفد الحكومة، عمليات وكالة …); not
    // before a definite word no dictionary knows, a family name ("محافظ البصرة X العيداني": X is its given name)
    const governed = (k: number) => definite(k) && classOf(state, tokens[k]) !== "unknown";
    // (the first word too, when the title ends in an indefinite noun, in the construct state: "نائب رئيس مجلس قيادة الثورة X")
    const chained = j > i || construct;
    if (chained && governed(j + 1)) {
      j++;
      continue;
    }
    if (chained && !tokens[j + 1]?.punct && tokens[j + 2] && governed(j + 2) && j + 1 - i < MAX) {
      // two indefinite nouns before the definite one (عمليات وكالة الغوث)
      j += 2;
      continue;
    }
    break;
  }
  if (j === i) return i;
  return /^[،,]$/.test(tokens[j]?.text ?? "") ? j + 1 : j;
}

/**
 * Does the title end in an indefinite Arabic noun ("رئيس مجلس", "مدير إدارة")? Such a noun is in the construct state: the
 * word after it is its genitive, part of the complement, not a name's first word.
 */
export function endsInConstruct(state: ExtractState, st: SentenceState, end: number): boolean {
  const tok = st.tokens[end - 1];
  if (state.lang !== "ar" || !tok || tok.punct || /^(و?ال|لل)/.test(tok.key) || st.demonyms.some((d) => inSpan(end - 1, d))) return false;
  const o = st.owner[end - 1];
  return !(o >= 0 && state.mentions[o].kind === "place");
}

/**
 * An indefinite Arabic place noun (cues.json placeNoun: مدينة، ولاية، إقليم، مقاطعة …) at `j` in construct with the
 * place's name after it: a place mention («ولاية كاليفورنيا», «مقاطعة تومسك»), or one word no lexicon reads that is
 * no given name, before a name-like word or an honorific (a province or town no lexicon holds). Returns where the name of the place
 * ends, `j` when there is none.
 */
export function placeNamed(state: ExtractState, st: SentenceState, j: number): number {
  const [noun, name, next] = [st.tokens[j], st.tokens[j + 1], st.tokens[j + 2]];
  if (!noun || !name || name.punct || !state.lex.words.sets["placeNoun.ar"]?.has(noun.key)) return j;
  const o = st.owner[j + 1];
  if (o >= 0) return state.mentions[o].kind === "place" && st.spans.get(o)!.start === j + 1 ? st.spans.get(o)!.end : j;
  if (!next || next.punct || st.owner[j + 2] >= 0 || /^(و?ال|لل)/.test(name.key)) return j;
  if (givenName(state, name) || state.lex.words.sets.nameParticle.has(name.key) || classOf(state, name) === "common") return j;
  // (the name may open with an honorific or a rank: "رئيس إقليم X العقيد Y")
  return classOf(state, next) !== "common" || givenName(state, next) || st.cues.some((c) => c.kind === "honorific" && c.start === j + 2) ? j + 2 : j;
}
