// Language detection for fa / ar / en from script, letters and function words.
//
// Latin letters outnumbering Arabic-script letters → "en". Otherwise Persian and Arabic are told
// apart mainly by frequent function words, compared on normalised keys (so Arabic typed with Persian
// ی/ک and Persian typed with Arabic ي/ك are still recognised), helped by letters only one of them
// uses: پ چ ژ گ for Persian, ة for Arabic. With no evidence either way (a short headline), the
// letter forms of the keyboard (ی ک vs ي ك) decide.
import type { Lang } from "../model.js";
import { normalizeKey } from "./normalize.js";

/** Persian function words (normalised keys), none of them common in Arabic. */
const FA_WORDS = new Set([
  "است", "را", "که", "می", "این", "از", "با", "برای", "بود", "شد", "شده", "کرد", "کرده", "کند", "کنند",
  "خود", "نیز", "هم", "وی", "اینکه", "دیگر", "چه", "بر", "تا", "اما", "یک", "همچنین", "خواهد", "گفت",
  "های", "ها", "ای", "باید", "نمی", "هیچ", "آنها", "انها", "بین", "پس", "سوی",
]);

/** Arabic function words (normalised keys), none of them common in Persian. */
const AR_WORDS = new Set([
  "فی", "التی", "الذی", "الذین", "علی", "الی", "عن", "هذا", "هذه", "ذلک", "تلک", "کان", "کانت", "قال",
  "قالت", "لم", "لن", "قد", "مع", "او", "ان", "انه", "بعد", "حیث", "وقال", "واکد", "کما", "منذ", "خلال",
  "حول", "ضد", "لا", "الا", "ایضا", "بین", "التی", "وفی", "الیوم", "لدی", "عند", "هو", "هی", "کل",
]);
// words in both lists ("بین") cancel out; "ان" is Persian "آن" too, so it is Arabic only when hamza-less.

const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/** The language of a text: "en", "fa" or "ar". Empty or letterless text is "en". */
export function detectLanguage(text: string): Lang {
  const latin = text.match(LATIN)?.length ?? 0;
  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  if (latin >= arabic) return "en";
  let fa = 0;
  let ar = 0;
  fa += (text.match(/[پچژگ]/g)?.length ?? 0) * 0.5;
  ar += (text.match(/ة/g)?.length ?? 0) * 0.5;
  // "آن" (Persian "that") normalises to "ان" like Arabic "أن"/"إن": look at the raw word.
  for (const raw of text.split(/[^\p{L}\p{M}\u200C]+/u)) {
    if (!raw) continue;
    if (raw === "آن") {
      fa += 2;
      continue;
    }
    const key = normalizeKey(raw);
    const inFa = FA_WORDS.has(key);
    const inAr = AR_WORDS.has(key);
    if (inFa && !inAr) fa += 2;
    else if (inAr && !inFa) ar += 2;
    // Persian verbs with the prefix می‌ / نمی‌ (joined or not) and the plural suffix ‌ها
    else if (/^n?می[\u200C]/.test(raw) || /[\u200C]ها(ی)?$/.test(raw)) fa += 1;
  }
  if (ar !== fa) return ar > fa ? "ar" : "fa";
  // no function words (a headline): the keyboard's letter forms, then the article prefix "ال"
  const persianForms = text.match(/[یکپچژگ]/g)?.length ?? 0;
  const arabicForms = text.match(/[يكةى]/g)?.length ?? 0;
  if (persianForms !== arabicForms) return arabicForms > persianForms ? "ar" : "fa";
  const words = text.split(/\s+/).filter(Boolean);
  const al = words.filter((w) => /^[وفبل]?ال/.test(w)).length;
  return words.length > 0 && al / words.length >= 0.3 ? "ar" : "fa";
}
