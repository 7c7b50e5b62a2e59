// Building an Article from a body and its metadata: body normalisation, the content-hash id, and
// validation of metadata values (dates, languages). Used by every reader (txt, jsonl, stdin) and
// by anything else that turns text into an Article (the GraphQL ingest mutation).
import { createHash } from "node:crypto";
import type { Article, IsoDate, Lang } from "../model.js";
import { gregorianIso, solarHijriIso } from "../text/dates.js";
import { asciiDigits } from "../text/normalize.js";

/** Metadata as read from headers or a JSON record, before validation. */
export interface RawMeta {
  uri?: string;
  publishedAt?: string;
  source?: string;
  language?: string;
  title?: string;
}

/** Body as hashed and stored: BOM stripped, CRLF/CR → LF, trimmed. */
export function normalizeBody(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim();
}

/** sha256 hex of a string (UTF-8). */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * A date value from metadata → "YYYY-MM-DD", or undefined when it is not a valid date.
 * Accepts ISO dates and date-times ("2025-09-09", "2025-09-09T10:00:00Z", "2025/09/09") in any digits;
 * a year before 1700 is read as a Solar Hijri (Jalali) date ("1404-06-18" → "2025-09-09").
 */
export function parseMetaDate(value: string): IsoDate | undefined {
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(asciiDigits(value));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (y < 1700 ? solarHijriIso(y, mo, d) : gregorianIso(y, mo, d)) ?? undefined;
}

const LANG_NAMES: Record<string, Lang> = {
  fa: "fa", fas: "fa", per: "fa", persian: "fa", farsi: "fa", "fa-ir": "fa", "فارسی": "fa",
  ar: "ar", ara: "ar", arabic: "ar", "العربية": "ar", "عربی": "ar",
  en: "en", eng: "en", english: "en", "en-us": "en", "en-gb": "en",
};

/** A language name or code → Lang, or undefined. */
export function parseLanguage(value: string): Lang | undefined {
  return LANG_NAMES[value.trim().toLowerCase()];
}

/**
 * An Article from a body and metadata. Invalid metadata values are dropped and reported through
 * `warn`; the article is still returned. Returns null when the body is empty.
 */
export function makeArticle(body: string, meta: RawMeta & { uri: string }, warn: (message: string) => void): Article | null {
  const text = normalizeBody(body);
  if (text === "") return null;
  const sha256 = sha256Hex(text);
  const article: Article = { id: "article:" + sha256.slice(0, 16), uri: meta.uri, text, sha256 };
  if (meta.publishedAt !== undefined && meta.publishedAt.trim() !== "") {
    const date = parseMetaDate(meta.publishedAt);
    if (date) article.publishedAt = date;
    else warn(`invalid date ${JSON.stringify(meta.publishedAt)} dropped`);
  }
  if (meta.language !== undefined && meta.language.trim() !== "") {
    const lang = parseLanguage(meta.language);
    if (lang) article.language = lang;
    else warn(`unknown language ${JSON.stringify(meta.language)} dropped`);
  }
  if (meta.source?.trim()) article.source = meta.source.trim();
  if (meta.title?.trim()) article.title = meta.title.trim();
  return article;
}
