// The text phase, as one call: prepare(article) = clean → detect language → split sentences.
// Extraction reads only the Doc's sentences, so chrome and reader comments never reach it.
import type { Article, Doc } from "../model.js";
import { clean } from "./clean.js";
import { publicationDate } from "./dates.js";
import { detectLanguage } from "./language.js";
import { splitSentences } from "./sentences.js";

export { clean, detectPublishedAt } from "./clean.js";
export { publicationDate, type PublicationDateSources } from "./dates.js";
export { detectLanguage } from "./language.js";
export { PhraseMatcher } from "./matcher.js";
export type { PhraseMatch, MatchOptions } from "./matcher.js";
export { asciiDigits, isArabicScript, normalizeKey } from "./normalize.js";
export { splitSentences } from "./sentences.js";
export { tokenize, wordCount } from "./tokenize.js";

/**
 * Cleans and segments an article. `article.language` wins over detection. A "Source: …" line or a
 * dated dateline found by clean() fills `source` / `publishedAt` of the returned Doc's article when
 * the loader gave none (they are stated in the text, not guessed).
 */
export function prepare(article: Article): Doc {
  const cleaned = clean(article.text);
  const kept = cleaned.keep.map((s) => article.text.slice(s.start, s.end)).join("\n");
  const language = article.language ?? detectLanguage(kept);
  const sentences = splitSentences(article.text, cleaned.keep);
  const out: Article = { ...article };
  if (out.source === undefined && cleaned.source !== undefined) out.source = cleaned.source;
  const publishedAt = publicationDate({ header: out.publishedAt, pageText: cleaned.publishedAt });
  if (publishedAt !== undefined) out.publishedAt = publishedAt;
  return { article: out, language, sentences, removed: cleaned.removed };
}
