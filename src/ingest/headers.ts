// Header lines at the top of a .txt article become metadata, not text:
//
//   date 2025-09-09            date: 2025-09-09         published: 2025-09-09T08:00:00Z
//   publishedAt: 2025-09-09    source: IRNA             title: …
//   url: https://…             language: fa
//
// Keys are case-insensitive; the colon is optional for dates ("date 2025-09-09"). Leading blank lines and leading spaces are
// tolerated. For dates, only the first word of the value is the date: trailing tokens are
// accepted and ignored (" date 2025-09-09 En" — the "En" tag is not trusted as a language, since
// such tags are often wrong). Headers stop at the first line that is not a header.
import type { RawMeta } from "./article.js";

// "key: value" for every key; the colon-less "key value" only for dates followed by a digit, so that
// a body starting "Title IX …" or "Source close to …" is not taken for a header.
const HEADER_RE =
  /^[ \t\uFEFF]*(?:(date|published|published_?at|publishedat|pubdate|source|title|url|uri|link|language|lang)[ \t]*:[ \t]*(\S.*?)|(date|published|publishedat|published_at)[ \t]+([0-9\u06F0-\u06F9\u0660-\u0669].*?))[ \t]*$/i;

const KEY_TO_FIELD: Record<string, keyof RawMeta> = {
  date: "publishedAt", published: "publishedAt", publishedat: "publishedAt", published_at: "publishedAt",
  pubdate: "publishedAt", source: "source", title: "title", url: "uri", uri: "uri", link: "uri",
  language: "language", lang: "language",
};

export interface Headers {
  meta: RawMeta;
  /** The text after the header lines. */
  body: string;
  /** Number of header lines read. */
  count: number;
}

/** Splits leading header lines from the body. */
export function parseHeaders(text: string): Headers {
  const meta: RawMeta = {};
  let pos = 0;
  let count = 0;
  let bodyStart = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, "");
    if (line.trim() === "" || line.trim() === "\uFEFF") {
      if (end === text.length) break;
      pos = end + 1;
      continue;
    }
    const m = HEADER_RE.exec(line);
    if (!m) break;
    const field = KEY_TO_FIELD[(m[1] ?? m[3]).toLowerCase()];
    let value = m[2] ?? m[4];
    if (field === "publishedAt" || field === "language" || field === "uri") value = value.split(/\s+/)[0];
    if (field && meta[field] === undefined) meta[field] = value;
    count++;
    pos = end + 1;
    bodyStart = pos;
  }
  return { meta, body: count > 0 ? text.slice(Math.min(bodyStart, text.length)) : text, count };
}
