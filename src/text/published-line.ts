// The date of a labelled publication line that page chrome cuts ("Published: August 21, 2023 10:15 AM", "Posted on
// 8 Feb 2023", «تاريخ النشر: 21 أغسطس 2023», «تاریخ انتشار: ۱۴۰۲/۰۵/۳۰»): the page says when it was published,
// so the date is the article's publication date when the loader gave none (text/clean.ts firstDateline). The labels
// are chrome.json's publishedLabel; the month names calendar.json's Gregorian months (CLDR), in the three languages.
// A date line with no label (a site's banner of today's date) gives nothing.
import { readFileSync } from "node:fs";
import type { IsoDate } from "../model.js";
import { gregorianIso, solarHijriIso } from "./dates.js";
import { asciiDigits, normalizeKey } from "./normalize.js";

interface Words {
  labels: string[];
  months: Map<string, number>;
}

let words: Words | undefined;

function load(): Words {
  if (words) return words;
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../lexicon/data/${name}`, import.meta.url), "utf8"));
  const chrome = read("chrome.json") as { publishedLabel: Record<string, string[]> };
  const calendar = read("calendar.json") as { gregorianMonths: Array<{ month: number } & Record<string, string[] | number>> };
  const months = new Map<string, number>();
  for (const m of calendar.gregorianMonths) {
    for (const [k, v] of Object.entries(m)) if (Array.isArray(v)) for (const name of v) months.set(normalizeKey(name), m.month);
  }
  // longest label first ("published on" before "published")
  const labels = Object.values(chrome.publishedLabel).flat().map(normalizeKey).sort((a, b) => b.length - a.length);
  words = { labels, months };
  return words;
}

/** The publication date of a line led by a publication label, else undefined. */
export function publishedLineDate(line: string): IsoDate | undefined {
  const { labels, months } = load();
  const key = normalizeKey(line.replace(/[:：|,،.\-–—/]/g, " "));
  const label = labels.find((l) => key === l || key.startsWith(l + " "));
  if (!label) return undefined;
  // (the date as digits, y-m-d in any script: a year before 1700 is Solar Hijri, as in a header)
  const iso = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(asciiDigits(line.slice(line.search(/[\d\u06F0-\u06F9\u0660-\u0669]/))));
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return (y < 1700 ? solarHijriIso(y, m, d) : gregorianIso(y, m, d)) ?? undefined;
  }
  // (else DAY MONTH YEAR or MONTH DAY YEAR, the month by name)
  const w = key.slice(label.length).trim().split(" ");
  for (let i = 0; i < w.length; i++) {
    const month = months.get(w[i]) ?? months.get(`${w[i]} ${w[i + 1] ?? ""}`);
    if (month === undefined) continue;
    const span = months.has(w[i]) ? 1 : 2;
    const day = /^\d{1,2}$/.test(w[i - 1] ?? "") ? Number(w[i - 1]) : /^\d{1,2}$/.test(w[i + span] ?? "") ? Number(w[i + span]) : undefined;
    const year = w.slice(i + span, i + span + 2).find((x) => /^\d{4}$/.test(x));
    if (day === undefined || !year) return undefined;
    return gregorianIso(Number(year), month, day) ?? undefined;
  }
  return undefined;
}
