// The name forms of the lexicon's entries: every spelling a name is matched under (medial hamza forms, compound
// Arabic names apart and glued), the English first-and-last forms of three-word names, and whether a person's short
// forms are ambiguous. Used by the lexicon's loader (index.ts) and by the data tests.
import type { Lang } from "../model.js";
import type { Names, PersonEntry } from "./types.js";
import { foldLatin, normalizeKey } from "../text/normalize.js";
import { lexPersonId } from "../ids.js";

/** Every name of a Names record, [language, form], with its hamza and compound variants. */
export function* allNames(n: Names | undefined): Generator<[Lang | "ru", string]> {
  if (!n) return;
  for (const [lang, list] of Object.entries(n) as Array<[Lang | "ru", string[] | string | undefined]>) {
    const items = typeof list === "string" ? [list] : Array.isArray(list) ? list : [];
    for (const s of items) if (typeof s === "string" && s.trim()) for (const v of hamzaVariants(s)) for (const w of compoundVariants(v)) yield [lang, w];
  }
}

/**
 * A medial hamza is written ئ, أ or not at all (هیئت, هیأت, هیات; رئیس, رییس): normalizeKey maps
 * them differently, so a phrase with one form is also added with the others.
 */
export function hamzaVariants(s: string): string[] {
  if (!/[\u0600-\u06FF][ئأ]|[ئأ](?=[\u0600-\u06FF])/.test(s.slice(1))) return [s];
  const out = new Set([s]);
  for (const to of ["ئ", "أ", "ا", "ی"]) out.add(s.replace(/(?<=[\u0600-\u06FF])[ئأ]/g, to));
  return [...out];
}

/**
 * "عبد العزيز" and "عبدالعزيز", "عبد الله" and "عبدالله", "ابو الفضل" and "ابوالفضل": the compound names of
 * عبد / أبو + a definite noun are written apart and glued alike, so each is also added in the other form.
 */
export function compoundVariants(s: string): string[] {
  if (!/[\u0600-\u06FF]/.test(s)) return [s];
  const apart = s.replace(/(^|\s)(عبد|ابو|أبو)(ال)/g, "$1$2 $3");
  const glued = s.replace(/(^|\s)(عبد|ابو|أبو) (ال)/g, "$1$2$3");
  return [...new Set([s, apart, glued])];
}

/** The Arabic given names of adjective origin written with the article or without it alike (لام اللمح). */
const ARTICLED = new Map([["حسين", "الحسين"], ["حسن", "الحسن"]]);
/** Titles a given name stands right after in a lexicon form ("الملك حسين", "الأمير الحسن بن طلال"). */
const GIVEN_AFTER = new Set(["الملك", "ملك", "الأمير", "أمير", "الامير", "امير", "الشريف", "السلطان"]);

/**
 * "الملك حسين" and "الملك الحسين", "الحسن بن طلال" and "حسن بن طلال": a person's given name of adjective origin is
 * written with the article (the Hashemite and Alid style) or without it alike, so an Arabic form of two words or more
 * with حسين / حسن as its given name (its first word, or the word after a royal title) is also added in the other form
 * (not a one-word form, nor a two-word given name and family name: «حسين عرنوس» stays as written).
 */
export function articledVariants(s: string): string[] {
  const words = s.trim().split(/\s+/);
  if (words.length < 2) return [s];
  const at = GIVEN_AFTER.has(words[0]) ? 1 : 0;
  const w = words[at];
  const other = ARTICLED.get(w) ?? [...ARTICLED].find(([, v]) => v === w)?.[0];
  if (!other || (at === 0 && words.length < 3 && words[1] !== "بن")) return [s];
  return [s, [...words.slice(0, at), other, ...words.slice(at + 1)].join(" ")];
}

/**
 * Russian «-ев» / «-ева» after a vowel is "-yev" / "-yeva" in the BGN/PCGN romanisation the lexicon writes
 * (Nazarbayev, Mirziyoyev, Aliyeva) and "-ev" / "-eva" in the scientific and passport styles many agencies of the
 * former Soviet Union write (Nazarbaev, Mirziyoev, Alieva). Each English form with such a word is also read in the
 * other style (the word's ending only; a word of four letters or fewer is left as written).
 */
export function russianEndingVariants(s: string): string[] {
  if (/[^\p{Script=Latin}\s'’.-]/u.test(s)) return [s];
  const other = s.replace(/(?<=\p{L}{2}[aeiouy])y(?=ev(a)?\b)/gu, "");
  return other === s ? [s] : [s, other];
}

/**
 * English copy often drops the accents of a foreign name ("Cucuta", "Malmo", "Jose Ramos-Horta"): an English form
 * with accents or letters of other alphabets (ł, ø, đ) is also read without them. A one-word form whose plain
 * spelling is an English word (`isWord`: "Male" for Malé, "Save" for Savè) is left as written.
 */
export function unaccentedVariants(s: string, isWord: (w: string) => boolean): string[] {
  const plain = foldLatin(s.normalize("NFC")).replace(/[ŁØĐİ]/g, (c) => ({ Ł: "L", Ø: "O", Đ: "D", İ: "I" })[c]!);
  if (plain === s || /[^\p{Script=Latin}\s'’.,&()-]/u.test(plain)) return [s];
  return !plain.trim().includes(" ") && isWord(plain.toLowerCase()) ? [s] : [s, plain];
}

/**
 * The g of a foreign name is written غ in Levantine and Gulf copy and ج in Egyptian copy and the outlets that follow
 * it («شي جين بينغ» / «شي جين بينج», «سيرغي» / «سيرجي», «رودريغيز» / «رودريجيز»). An Arabic form of a person whose
 * English names have a g and no "gh" (so its غ is a Latin g, not an Arabic ghain: not "Ghani", "Baghdadi") is also
 * read with ج for every غ. `english`: the person's English names. (Full names only: a one-word short form so respelt is
 * too often a word or a name of its own, «جرير» of «غرير»; a surname alone after the full name is read by
 * extract/passes/_misspellings.)
 */
export function egyptianGVariants(s: string, english: readonly string[]): string[] {
  if (!s.includes("غ") || !english.some((e) => /g/i.test(e)) || english.some((e) => /gh/i.test(e))) return [s];
  return [s, s.replace(/غ/g, "ج")];
}

/**
 * An Arabic family name with the article, "al-Majali", "el-Tayeb", is written without it as often in the English
 * press of the region ("Abdul Salam Majali", "Ahmed Tayeb"): an English form of two words or more whose last word is
 * so hyphenated is also read without the article (the Jordan Times and the Jerusalem Post write the bare form).
 */
export function articleDroppedVariants(s: string): string[] {
  const m = /^(.+\s)(?:al|el|Al|El)-(\p{Lu}\p{Ll}{2,})$/u.exec(s.trim());
  return m ? [s, m[1] + m[2]] : [s];
}

/** Are the person's short forms in this language ambiguous (`shortAmbiguous`: true, or a list of languages)? */
export function shortAmbiguousIn(p: Pick<PersonEntry, "shortAmbiguous">, lang: Lang | "ru"): boolean {
  return Array.isArray(p.shortAmbiguous) ? p.shortAmbiguous.includes(lang) : !!p.shortAmbiguous;
}

/** The first halves of compound Arabic given names in Latin letters (Abdul Hamid, Abu Bakr). */
const COMPOUND_FIRST = new Set(["abd", "abdel", "abdul", "abdal", "abdol", "abu", "abou", "abo", "el", "al"]);

/**
 * English news drops middle given names: "Luis Alberto Castiglioni" is "Luis Castiglioni", "George Herbert Walker
 * Bush" "George Bush". Each English name of three words or more whose middle words are all given names
 * (given-names.json, list latin) is also read as its first and last word, [form, person id], when the lexicon
 * holds that last word alone as the person's surname (an unambiguous short form) and it is no given name itself
 * ("Hussein Awad Ali" is no "Hussein Ali"), unless that form is already a name of someone or two people would share it. (Not Persian or Arabic, where the middle word is often
 * part of a compound given name, محمدجواد, or a patronymic, بن.)
 */
export function middleDropped(entries: Iterable<PersonEntry>, given: Set<string>): Array<[string, string]> {
  const taken = new Set<string>();
  const derived = new Map<string, string[]>();
  for (const p of entries) {
    for (const [, n] of allNames(p.names)) taken.add(normalizeKey(n));
    for (const [, n] of allNames(p.aka)) taken.add(normalizeKey(n));
    for (const n of p.names.en ?? []) {
      const words = n.trim().split(/\s+/);
      if (words.length < 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) continue;
      const last = normalizeKey(words[words.length - 1]);
      // (the first word a given name on its own: not a title, "Ayatollah", nor the first half of a compound, "Abdul")
      if (!given.has(normalizeKey(words[0])) || COMPOUND_FIRST.has(normalizeKey(words[0]))) continue;
      if (!words.slice(1, -1).every((w) => given.has(normalizeKey(w))) || given.has(last)) continue;
      if (!(p.short?.en ?? []).some((s) => normalizeKey(s) === last) || shortAmbiguousIn(p, "en")) continue;
      const form = `${words[0]} ${words[words.length - 1]}`;
      const ids = derived.get(form) ?? derived.set(form, []).get(form)!;
      if (!ids.includes(lexPersonId(p.id))) ids.push(lexPersonId(p.id));
    }
  }
  return [...derived].filter(([form, ids]) => ids.length === 1 && !taken.has(normalizeKey(form))).map(([form, ids]) => [form, ids[0]]);
}
