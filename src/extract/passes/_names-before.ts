// Names that no lexicon knows, read backwards from a title they stand before, in apposition ("Vikas Sharma, the
// foreign ministry spokesman", «امانوئل مکرون رئیس جمهور فرانسه»), by the name-word model (lexicon/words.ts). The
// reading after a title, and the tests of one name word, are _names.ts's. Shared by the passes that find names.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";
import { hyphenated, joiner } from "./_name-tokens.js";
import { andGivenName, classOf, endsName, givenName, nameLike } from "./_name-words.js";
import { nameWord, sayyid } from "./_names.js";

/**
 * A name no lexicon knows, right before a title, in apposition: "امانوئل مکرون رئیس جمهور فرانسه",
 * "Vikas Sharma, the foreign ministry spokesman". Read backwards from `end` (past one comma in English),
 * 2–3 words, and at least one of them a name part or a word no dictionary knows: two common words
 * before a title ("پیام تبریک رئیس جمهور") are no name.
 */
export function newNameBefore(state: ExtractState, st: SentenceState, end: number): number | undefined {
  let i = end - 1;
  if (/^[,،]$/.test(st.tokens[i]?.text ?? "") && state.lang !== "en") i--;
  if (/^[»"”]$/.test(st.tokens[i]?.text ?? "")) return quotedBefore(state, st, i);
  if (state.lang === "en") {
    if (st.tokens[i]?.key === "the") i--;
    if (!/^[,،]$/.test(st.tokens[i]?.text ?? "")) return undefined;
    i--;
  }
  const words: number[] = [];
  const max = state.lang === "en" ? 4 : 3;
  const particles = state.lex.words.sets.nameParticle;
  // «محمد حسن السويدي وزير الاستثمار»: a definite nisba right before the title, after a given name, is the family
  // name, not the title's demonym (Arabic puts that after the title: «وزير الاستثمار السويدي»)
  if (familyNisba(state, st, i)) words.unshift(i--);
  for (; i >= 0 && words.filter((w) => !particles.has(st.tokens[w].key)).length < max; i--) {
    // a particle inside the name ("لوون تر پطروسیان"), with a name word before it
    // (and a run of them before a surname, «اومبرتو د لا کایه»; not before a given name: «ته دل احمد …», the heart)
    if (words.length && st.owner[i] < 0 && particles.has(st.tokens[i].key) && i > 0 && st.owner[i - 1] < 0 && (nameLike(state, st, i - 1) || (particles.has(st.tokens[i - 1].key) && nameLike(state, st, i - 2))) && !givenName(state, st.tokens[words[0]])) {
      words.unshift(i);
      continue;
    }
    // Persian سید inside a name, after its given name: "عمر سید علی"
    if (words.length && st.owner[i] < 0 && sayyid(state, st, i + 1) === i && givenName(state, st.tokens[i - 1] ?? { key: "" })) {
      words.unshift(i);
      continue;
    }
    if (!nameLike(state, st, i)) break;
    const syllable = hyphenated(st, i);
    // (a verb form, a prefixed noun or a preposition with a pronoun is no word of a name: "يقوم بها")
    if (state.lang === "ar" && endsName(state, st.tokens[i])) break;
    // right after an honorific ("الشيخ زيدان …") a word starts the name, whatever a dictionary says of it
    const opens = state.lang !== "en" && st.cues.some((c) => c.kind === "honorific" && c.end === i);
    if (!opens && !joiner(st, i) && !syllable && classOf(state, st.tokens[i]) === "common" && (state.lang === "en" || !nameWord(state, st.tokens[i], false))) break;
    // a given name starts the name: a common word before it is not the name's ("به گفته علیرضا X": according to)
    if (!opens && words.length && givenName(state, st.tokens[words[0]]) && classOf(state, st.tokens[i]) === "common") break;
    words.unshift(i);
  }
  // "الشيخ محمد عبدالله المبارك الصباح وزير …": an honorific marks where the name starts, so a fourth word before
  // the three is the name's when the honorific stands right before it
  if (state.lang !== "en" && words.length === max && i >= 0 && nameLike(state, st, i) && st.cues.some((c) => c.kind === "honorific" && c.end === i) && nameWord(state, st.tokens[i], true)) {
    words.unshift(i);
    i--;
  }
  // "ومحمد X المدير العام …" (and Mohamed X): a given name with the conjunction glued to it opens the name
  const and = state.lang === "ar" && words.length > 0 && words.length < max && i >= 0 && st.owner[i] < 0 && andGivenName(state, st.tokens[i]);
  if (and) words.unshift(i--);
  // "گفتگوهای محرمانه هیتوشی تاناکا، مدیر …": a foreign name transliterated (two words no dictionary knows, or a
  // lexicon name part) does not open with the Persian dictionary word before it (a word of the clause: محرمانه، تلاش)
  const rest = words.slice(1).map((w) => classOf(state, st.tokens[w]));
  if (state.lang === "fa" && words.length === max && !st.cues.some((c) => c.kind === "honorific" && c.end === words[0]) && classOf(state, st.tokens[words[0]]) === "common" && !rest.includes("common")) words.shift();
  // "فيصل بن فرحان بن عبدالله وزير الخارجية": the words run on from a name already read, not a new one
  if (words.length && (i >= 0 && st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "person")) return undefined;
  if (words.length && state.lex.words.sets.nameParticle.has(st.tokens[words[0]].key)) return undefined;
  // (a name an honorific opens may start with the article: "الدكتور الهادي X رئيس …")
  const opened = state.lang !== "en" && st.cues.some((c) => c.kind === "honorific" && c.end === words[0]);
  if (words.length < 2 || (!opened && !and && !nameWord(state, st.tokens[words[0]], true))) return undefined;
  if (state.lang !== "en" && !and && words.every((w) => classOf(state, st.tokens[w]) === "common")) return undefined;
  // (a nisba read as the family name names no state: not Sweden's for «السويدي»)
  const last = words[words.length - 1];
  st.demonyms = st.demonyms.filter((d) => !(d.start === last && d.end === last + 1 && familyNisba(state, st, last)));
  return addMention(state, st, { start: sayyid(state, st, words[0]), end: last + 1 }, { kind: "person", via: "title", confidence: 0.55 }, and ? 1 : 0);
}

/**
 * An Arabic definite nisba that a demonym reading took («السويدي», Swedish; «المصري»), right after a given name: in
 * the name's place before a title it is a family name (Arab family names are often nisbas: السويدي، المصري، التونسي).
 */
export function familyNisba(state: ExtractState, st: SentenceState, i: number): boolean {
  if (state.lang !== "ar" || i < 1 || st.owner[i] >= 0 || !/^ال.+ی$/.test(st.tokens[i].key)) return false;
  if (!st.demonyms.some((d) => d.start === i && d.end === i + 1)) return false;
  return st.owner[i - 1] < 0 && nameLike(state, st, i - 1) && givenName(state, st.tokens[i - 1]);
}

/** «لوئیس آرسه کاتاکورا» right before a title: the writer marked the name, 1–4 words, all name-like. */
function quotedBefore(state: ExtractState, st: SentenceState, close: number): number | undefined {
  let open = close - 1;
  while (open >= 0 && close - open <= 5 && !/^[«"“]$/.test(st.tokens[open].text)) {
    if (!nameLike(state, st, open)) return undefined;
    open--;
  }
  if (open < 0 || close - open < 2 || close - open > 5 || !/^[«"“]$/.test(st.tokens[open].text)) return undefined;
  return addMention(state, st, { start: open + 1, end: close }, { kind: "person", via: "quote", confidence: 0.6 });
}
