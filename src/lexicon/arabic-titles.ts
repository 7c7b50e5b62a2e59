// Arabic forms of an office title that offices.json need not list one by one, derived by the grammar:
// - the feminine: the head noun and the adjectives after it take ة ("وزير الخارجية" → "وزيرة الخارجية",
//   "الممثل المقيم" → "الممثلة المقيمة", "الأمين العام" → "الأمينة العامة");
// - the head noun alone with the article, as a reference back ("الوزيرة": the (woman) minister just named);
// - the construct state before a genitive: a two-word title whose second word is definite is also written with
//   that word indefinite when a genitive follows ("رئيس الوفد" → "رئيس وفد [الحكومة]", "وزير الخارجية" →
//   "وزير خارجية [قطر]").
// Only heads that are people's titles take ة here: محافظة (a governorate), مساعدة (aid) are other words.
import { normalizeKey } from "../text/normalize.js";

const HEADS = new Set(["وزير", "رئيس", "سفير", "نائب", "مدير", "ممثل", "مبعوث", "مستشار", "أمين", "منسق", "متحدث", "ناطق", "زعيم", "مفوض"].map((w) => normalizeKey(w)));
/** Adjectives of a title that agree with its head. */
const ADJECTIVES = new Set(["العام", "الخاص", "الدائم", "المقيم", "التنفيذي", "السامي", "الأول", "الرسمي", "الإقليمي"].map((w) => normalizeKey(w)));

export function arabicTitleVariants(title: string): string[] {
  const words = title.trim().split(/\s+/);
  const out: string[] = [];
  const head = words[0];
  const bare = head.replace(/^ال/, "");
  if (HEADS.has(normalizeKey(bare))) {
    const fem = [head + "ة", ...words.slice(1).map((w, i) => (i < 2 && ADJECTIVES.has(normalizeKey(w)) ? w + "ة" : w))];
    out.push(fem.join(" "));
  }
  // the head alone takes the article when it refers back ("الوزير", "الوزيرة": the minister just named)
  if (words.length === 1 && !/^ال/.test(head) && HEADS.has(normalizeKey(head))) out.push(`ال${head}`, `ال${head}ة`);
  if (words.length === 2 && !/^ال/.test(head) && /^ال/.test(words[1]) && words[1].length > 4) {
    out.push(`${head} ${words[1].slice(2)}`);
    if (HEADS.has(normalizeKey(head))) out.push(`${head}ة ${words[1].slice(2)}`);
  }
  return out;
}

/**
 * The forms of an Arabic demonym that places.json need not list one by one: the feminine of its last word ("جنوب
 * أفريقي" → "جنوب أفريقية") and the article on its first ("الجنوب أفريقي", "الجنوب أفريقية": "الرئاسة الجنوب
 * أفريقية"), as the adjective agrees with its noun in gender and definiteness.
 */
export function arabicDemonymVariants(demonym: string): string[] {
  const words = demonym.trim().split(/\s+/);
  const last = words[words.length - 1];
  const forms = [words];
  if (/ي$/.test(last)) forms.push([...words.slice(0, -1), last + "ة"]);
  const definite = forms.filter((w) => !/^ال/.test(w[0])).map((w) => ["ال" + w[0], ...w.slice(1)]);
  return [...forms, ...definite].map((w) => w.join(" ")).filter((f) => f !== demonym.trim());
}
