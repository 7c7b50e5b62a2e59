// Arabic words that end a name: a verb, a verb or noun carrying an object pronoun, a word with a preposition
// glued to it. Ayaspell (@cspell/dict-ar, see words.ts) lists most given names and surnames as common words, so a
// common word is no end of a name by itself; these readings test a word against its paradigm in the same
// dictionary instead: a form that only a verb or a prefixed noun has.
//
// - a perfect verb: the dictionary knows the stem with the subject suffixes -تُ / -تم / -نا (هنأ: هنأت، هنأتم، هنأنا).
//   Names built on a triliteral root (حسن، صالح، عمر) pass this test too, so it is used only on the stem of a
//   word with an object pronoun, or to end a name that has no word a lexicon or a list of given names knows;
// - an imperfect verb of a derived form (V–X, a stem of four letters or more after its prefix: يتعلق، تستقبل،
//   يتوجه): the dictionary knows it with each of the prefixes ي، ت، ن and with the plural -ون. Shorter stems are
//   left out: يلين، تبون، تورك pass the test and are surnames;
// - a verb + an object pronoun (هنأه، استقبلهم، تستقبله): the pronoun and a stem that is a verb by the tests above;
// - a preposition glued to a noun: ب/ل/ك + the article (بالعاصمة، للرئيس; not ف: فالديس), or ب/ل/ك + a feminine noun in ة that
//   the dictionary knows with the article (ببرقية، برسالة، لزيارة). Not بو…: a Maghrebi name prefix (بوكيلة);
// - a preposition with a pronoun (فيها، عليه، إليهم، معه);
// - the definite verbal noun of a form V or VI verb (التوصل، التفاهم: "X التوصل إلى": X's reaching of).
import { isCommonWord } from "./words.js";

const c = (w: string) => isCommonWord(w, "ar");

/**
 * Object (and possessive) pronoun suffixes, longest first. Not -نا / -ني (us, me): foreign names end so (كورينا،
 * سويني) on a stem that passes for a verb.
 */
const PRONOUNS = ["هما", "كما", "ها", "هم", "هن", "كم", "ه"];

/**
 * The prepositions that take a pronoun suffix (their forms before it), and the adverbs of time and place used as
 * prepositions (ظروف: خلال، بعد، قبل، أمام، حول …; Ryding's reference grammar, the semi-prepositions): «جرى خلاله
 * استعراض …», during which was reviewed.
 */
const PREPOSITIONS = ["في", "على", "علي", "إلى", "الى", "إلي", "الي", "من", "مع", "عن", "عند", "لدى", "لدي", "ل", "ب", "منذ", "بين", "خلال", "بعد", "قبل", "أمام", "امام", "خلف", "حول", "ضد", "دون", "عبر", "نحو", "تجاه", "إثر", "اثر", "تحت", "فوق"];

/** The word without diacritics and tatweel. */
function bare(word: string): string {
  return word.normalize("NFC").replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g, "");
}

/** A perfect verb by its paradigm: the dictionary knows the stem with -ت, -تم and -نا. */
export function perfectVerb(w: string): boolean {
  return w.length >= 3 && !/^ال/.test(w) && c(w) && ["ت", "تم", "نا"].every((x) => c(w + x));
}

/** An imperfect verb of a derived form (a stem of four letters or more after ي/ت/ن). */
export function derivedImperfect(w: string): boolean {
  if (!/^[يتن]/.test(w) || w.length < 5) return false;
  const rest = w.slice(1);
  return c(w) && ["ي", "ت", "ن"].every((p) => c(p + rest)) && c(`ي${rest}ون`);
}

/** A verb with an object pronoun (هنأه، استقبلهم، تستقبله). */
export function verbWithPronoun(w: string): boolean {
  if (!c(w)) return false;
  for (const p of PRONOUNS) {
    if (!w.endsWith(p)) continue;
    const stem = w.slice(0, -p.length);
    if (stem.length >= 3 && (perfectVerb(stem) || derivedImperfect(stem))) return true;
  }
  return false;
}

/** A noun with a preposition glued to it (بالعاصمة، للرئيس، ببرقية). */
export function prefixedNoun(w: string): boolean {
  if (/^[بلك]ال/.test(w) && w.length >= 6) return c(w.slice(1));
  if (/^لل/.test(w) && w.length >= 5) return c(`ال${w.slice(2)}`); // ل + ال drops the alef: للرئيس
  if (!/^[بلك]/.test(w) || /^بو/.test(w) || w.length < 5 || !w.endsWith("ة")) return false;
  return c(w) && c(`ال${w.slice(1)}`);
}

/** A preposition with a pronoun suffix (فيها، عليه، إليهم، معه). */
export function prepositionWithPronoun(word: string): boolean {
  const w = bare(word);
  return PRONOUNS.some((p) => w.endsWith(p) && PREPOSITIONS.includes(w.slice(0, -p.length)));
}

/**
 * The definite verbal noun of a derived verb of form V or VI (التوصل، التفاهم، التشاور): the article on a stem of four
 * letters or more that opens with ت and is itself a perfect verb by its paradigm (توصلت، توصلنا). A family name with
 * the article is a nisba (التميمي، التونسي), which is no verb.
 */
export function verbalNoun(w: string): boolean {
  return /^الت/.test(w) && w.length >= 6 && perfectVerb(w.slice(2));
}

/** A word no name goes on past: a verb form, a prefixed noun, a verbal noun or a preposition with a pronoun (not a perfect verb alone). */
export function endsArabicName(word: string): boolean {
  const w = bare(word);
  return prepositionWithPronoun(w) || derivedImperfect(w) || verbWithPronoun(w) || prefixedNoun(w) || verbalNoun(w);
}
