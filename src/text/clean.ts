// Cuts page chrome and reader comments from an article body BEFORE extraction, so that names in
// comments, share bars or "related news" boxes never become facts. Works line by line and returns
// the spans to keep (offsets into the original text) and the spans cut, each with a reason:
//
//   comments  a comments marker ("نظرات شما", "اترك تعليقاً", "Leave a Reply"...) after the body:
//             everything from it to the end is cut
//   share     share bars and social labels ("شاركها.", "Share", "Facebook Twitter")
//   chrome    site chrome ("Exit mobile version", "Skip to content", "کد خبر: 123")
//   related   "related news" boxes and the link lines that follow them, and an unlabelled run of three
//             or more headlines (or "..." teasers) after the last paragraph
//   tags      tag lists
//   menu      navigation lines ("Home | World | Politics | Sport")
//   ago       "minutes ago" lines ("۲ ساعت پیش", "منذ 5 دقائق")
//   date      a line that is only a date ("الخميس 17 يوليو 2025"): a site banner, not a dateline
//             (one led by a publication label, "Published: August 21, 2023", gives the publication date:
//             text/published-line.ts)
//   punct     lines with no letters or digits ("|", "***")
//   caption   a photo caption line: "(…)" entirely in brackets, or "Photo: …"
//   byline    a credit line ("By Jane Doe", "نویسنده: …", "بقلم: …")
//   source    "منبع: فارس", "المصدر: …", "Source: …" (the value is returned as `source`)
//   (end)     after the last paragraph: a line of one or two words ("byline", a reporter's name)
//             or a short unpunctuated keyword line ("tags")
//
// A dateline ("مسكو-سانا", "Amman, 4 May 2025 (Petra) -") is kept: it names the place of the
// report. When it carries a date in a simple form, that date is returned as `publishedAt`.
//
// The marker words live in src/lexicon/data/chrome.json and are loaded once.
import { readFileSync } from "node:fs";
import type { IsoDate, Span } from "../model.js";
import { gregorianIso } from "./dates.js";
import { normalizeKey } from "./normalize.js";
import { isBody, lineWords, splitLines, Vocabulary, type Line } from "./lines.js";
import { publishedLineDate } from "./published-line.js";
import { markHeadlineRun, markMenuRuns, markTrailer } from "./runs.js";

type ByLang = { fa: string[]; ar: string[]; en: string[] };
interface ChromeFile {
  comments: ByLang;
  share: ByLang;
  chrome: ByLang;
  related: ByLang;
  tags: ByLang;
  source: ByLang;
  caption: ByLang;
  byline: ByLang;
  ago: ByLang;
  dateWords: ByLang;
}

export interface CleanResult {
  keep: Span[];
  removed: Array<Span & { reason: string }>;
  /** From a "Source: …" line, when the article has one. */
  source?: string;
  /** From a dateline at the very start of the body, when it carries a date. */
  publishedAt?: IsoDate;
}

interface Lexicon {
  comments: Vocabulary;
  share: Vocabulary;
  chrome: Vocabulary;
  related: Vocabulary;
  tags: Vocabulary;
  source: Vocabulary;
  caption: Vocabulary;
  byline: Vocabulary;
  dateWords: Vocabulary;
  ago: RegExp[];
}

let lexicon: Lexicon | undefined;

function all(b: ByLang): string[] {
  return [...b.fa, ...b.ar, ...b.en];
}

/** Loads chrome.json once. */
function load(): Lexicon {
  if (lexicon) return lexicon;
  const file = JSON.parse(
    readFileSync(new URL("../lexicon/data/chrome.json", import.meta.url), "utf8"),
  ) as ChromeFile;
  lexicon = {
    comments: new Vocabulary(all(file.comments)),
    share: new Vocabulary(all(file.share)),
    chrome: new Vocabulary(all(file.chrome)),
    related: new Vocabulary(all(file.related)),
    tags: new Vocabulary(all(file.tags)),
    source: new Vocabulary(all(file.source)),
    caption: new Vocabulary(all(file.caption)),
    byline: new Vocabulary(all(file.byline)),
    dateWords: new Vocabulary(all(file.dateWords)),
    ago: all(file.ago).map((src) => new RegExp(`(?:^| )${normalizeKey(src)}(?: |$)`, "u")),
  };
  return lexicon;
}

const MENU_SEP = /\s*(?:[|•·›>]|\s\/\s|\t|\s{3,})\s*/;

/** "Home | World | Politics | Sport", or a breadcrumb that starts at a chrome word ("الرئيسية / أخبار / سياسة"). */
function isMenu(line: Line, chrome: Vocabulary): boolean {
  if (!MENU_SEP.test(line.text)) return false; // one item: not a menu (the split below is costly)
  const items = line.text.split(MENU_SEP).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (!items.every((s) => s.trim().split(/\s+/).length <= 3 && !/[.!?؟]$/.test(s.trim()))) return false;
  if (items.length >= 4) return true;
  const first = lineWords(items[0] ?? "");
  return items.length >= 3 && first.length > 0 && chrome.covers(first);
}

const MONTHS_EN =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const DATELINE_RE = new RegExp(
  String.raw`^[^\n,،:]{2,40}?[,،]\s*(?:(\d{1,2})\s+(${MONTHS_EN})\s+(\d{4})|(${MONTHS_EN})\s+(\d{1,2}),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\s*(?:\([^)]{1,40}\))?\s*[-–—:]`,
  "i",
);

/**
 * The publication date from a dateline at the very start of a paragraph: "Damascus, 12 March 2025
 * (SANA) -", "Moscow, March 12, 2025 -", "Tehran, 2025-03-12 -". Only these simple forms;
 * full date parsing lives in src/extract/dates/. Undefined when there is no date ("مسكو-سانا").
 */
export function detectPublishedAt(paragraph: string): IsoDate | undefined {
  const m = DATELINE_RE.exec(paragraph.trimStart());
  if (!m) return undefined;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[3]), monthIndex(m[2]), Number(m[1])];
  else if (m[4]) [y, mo, d] = [Number(m[6]), monthIndex(m[4]), Number(m[5])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  return gregorianIso(y, mo, d) ?? undefined;
}

function monthIndex(name: string): number {
  return MONTHS_EN.toLowerCase().split("|").indexOf(name.toLowerCase()) + 1;
}

/** Why a single line is chrome ("comments" = a comments marker), or undefined for text. */
function classify(line: Line, lex: Lexicon): string | undefined {
  const w = line.words;
  if (!line.wordy) return "punct";
  const afterComments = lex.comments.rest(w);
  if (afterComments !== null && afterComments.length <= 3 && !line.final) return "comments";
  if (w.length <= 8 && lex.share.covers(w, lex.chrome)) return lex.share.covers(w) ? "share" : "chrome";
  const afterChrome = lex.chrome.rest(w);
  if (afterChrome !== null && afterChrome.length <= 3 && afterChrome.every((x) => /^\d+$/.test(x))) return "chrome";
  if (sourceValue(line, lex) !== undefined) return "source";
  const box = boxKind(line, lex);
  if (box) return box;
  if (isMenu(line, lex.chrome)) return "menu";
  if (w.length <= 8 && !line.final) {
    const joined = w.join(" ");
    if (lex.ago.some((re) => re.test(joined))) return "ago";
  }
  if (w.length <= 10 && isDateOnly(w, lex.dateWords)) return "date";
  if (isCaption(line, lex.caption)) return "caption";
  if (isByline(line, lex.byline)) return "byline";
  return undefined;
}

/** "منبع: فارس" → "فارس": a source label, a colon and a short value. */
function sourceValue(line: Line, lex: Lexicon): string | undefined {
  const colon = line.text.search(/[:：]/);
  if (colon <= 0 || line.words.length > 10) return undefined;
  const head = lineWords(line.text.slice(0, colon));
  const value = line.text.slice(colon + 1).trim().replace(/[.。]+$/, "");
  if (!head.length || !lex.source.covers(head) || !value || value.split(/\s+/).length > 8) return undefined;
  return value;
}

/** A related-news or tags line: the bare label, "Label: …", or an unpunctuated "Read more …" line. */
function boxKind(line: Line, lex: Lexicon): "related" | "tags" | undefined {
  if (line.words.length > 25) return undefined;
  const labelled = /^[^:：]{1,30}[:：]/.test(line.text);
  const related = lex.related.rest(line.words);
  if (related !== null && (related.length === 0 || labelled || !line.final)) return "related";
  const tags = lex.tags.rest(line.words);
  if (tags !== null && (tags.length === 0 || labelled)) return "tags";
  return undefined;
}

/** A bare label ("اخبار مرتبط") heads a box: the short link lines after it belong to it. */
function isBareLabel(line: Line, lex: Lexicon): boolean {
  return lex.related.rest(line.words)?.length === 0 || lex.tags.rest(line.words)?.length === 0;
}

/** Cuts chrome and comments. See the header for the rules. */
export function clean(text: string): CleanResult {
  const lex = load();
  const lines = splitLines(text);
  const reason = new Array<string | undefined>(lines.length).fill(undefined);
  let source: string | undefined;
  let commentsFrom = -1;
  let seenBody = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBody(line)) seenBody = true;
    const r = classify(line, lex);
    if (r === "comments") {
      // after some body text, the comment section starts here; before it, it is a menu item
      if (seenBody) {
        commentsFrom = i;
        break;
      }
      reason[i] = "chrome";
      continue;
    }
    reason[i] = r;
    if (r === "source") source ??= sourceValue(line, lex);
    if ((r === "related" || r === "tags") && isBareLabel(line, lex)) {
      // the link lines of the box, up to the next paragraph of running text
      while (
        i + 1 < lines.length &&
        lines[i + 1].words.length <= 15 &&
        !(isBody(lines[i + 1]) && lines[i + 1].final) &&
        classify(lines[i + 1], lex) !== "comments"
      ) {
        reason[++i] = r;
      }
    }
  }

  markMenuRuns(lines, reason, commentsFrom === -1 ? lines.length : commentsFrom);
  markTrailer(lines, reason, commentsFrom === -1 ? lines.length : commentsFrom);
  markHeadlineRun(lines, reason, commentsFrom === -1 ? lines.length : commentsFrom);

  const removed: Array<Span & { reason: string }> = [];
  const last = commentsFrom === -1 ? lines.length : commentsFrom;
  for (let i = 0; i < last; i++) {
    const r = reason[i];
    if (r) removed.push({ start: lines[i].start, end: lines[i].end, reason: r });
  }
  if (commentsFrom !== -1) removed.push({ start: lines[commentsFrom].start, end: text.length, reason: "comments" });

  const keep: Span[] = [];
  let pos = 0;
  for (const r of removed) {
    if (r.start > pos && text.slice(pos, r.start).trim()) keep.push({ start: pos, end: r.start });
    pos = Math.max(pos, r.end);
  }
  if (pos < text.length && text.slice(pos).trim()) keep.push({ start: pos, end: text.length });

  const result: CleanResult = { keep, removed };
  if (source) result.source = source;
  const publishedAt = firstDateline(lines, reason, last);
  if (publishedAt) result.publishedAt = publishedAt;
  return result;
}

function isDateOnly(words: string[], dateWords: Vocabulary): boolean {
  if (!words.length) return false;
  let named = 0;
  let digits = 0;
  let i = 0;
  while (i < words.length) {
    if (/^\d+$/.test(words[i])) {
      digits++;
      i++;
      continue;
    }
    const n = dateWords.matchAt(words, i);
    if (n === 0) return false;
    named++;
    i += n;
  }
  return digits > 0 && named > 0 ? true : digits >= 2 && named === 0;
}

function isCaption(line: Line, caption: Vocabulary): boolean {
  if (/^[([][^()[\]]+[)\]]$/.test(line.text)) return true;
  const colon = line.text.search(/[:：]/);
  if (colon > 0 && colon < 30 && line.words.length <= 25) {
    const head = lineWords(line.text.slice(0, colon));
    if (head.length && caption.covers(head)) return true;
  }
  return false;
}

/** "By Jane Doe", "نویسنده: مریم احمدی", "بقلم: سامي": a short credit line anywhere. */
function isByline(line: Line, byline: Vocabulary): boolean {
  if (line.words.length > 8 || line.final) return false;
  const colon = line.text.search(/[:：]/);
  if (colon > 0 && colon < 30) {
    const head = lineWords(line.text.slice(0, colon));
    if (head.length && byline.covers(head)) return true;
  }
  return /^[Bb]y\s+\p{Lu}/u.test(line.text) && line.words.length <= 6;
}

/**
 * publishedAt from a dateline starting the first kept line, or the second one after a title, or from a labelled
 * publication line cut before them (text/published-line.ts).
 */
function firstDateline(lines: Line[], reason: Array<string | undefined>, last: number): IsoDate | undefined {
  for (let i = 0; i < last; i++) {
    // (a date line cut as chrome gives its date when a publication label leads it: "Published: …")
    if (reason[i] === "date" || reason[i] === "byline") {
      const labelled = publishedLineDate(lines[i].text);
      if (labelled) return labelled;
    }
    if (reason[i]) continue;
    const d = detectPublishedAt(lines[i].text);
    if (d) return d;
    // a title (short, unpunctuated) may come before the dateline; anything else ends the search
    if (lines[i].final || lines[i].words.length > 25) return undefined;
  }
  return undefined;
}
