// A deterministic synthetic news corpus for benchmarks and reliability tests, built from the real
// lexicons (src/lexicon/data): office holders of different countries meet (fa, ar or en), phone
// someone, plan a meeting, sign an agreement; the meeting date is written as a Solar Hijri, lunar
// Hijri (Umm al-Qura) or Gregorian date, or as "yesterday"; the page carries chrome (menu, share
// bar, news id, tags) and reader comments whose claims must NOT become facts.
//
// Ground truth comes alongside, by lexicon person id: the pairs that met (in the body), and the
// pairs that only phoned, planned to meet, or were named together in chrome or comments.
//
//   npx tsx bench/corpus.ts 1000 [seed] > corpus.jsonl
//   npx tsx bench/corpus.ts 1000 7 --out corpus.jsonl --truth truth.jsonl
//
// The same (n, seed) always gives the same corpus (mulberry32 PRNG, lexicon entries sorted by id).
import { writeFileSync } from "node:fs";
import { toJalaali } from "jalaali-js";
import { getLexicon, type OfficeEntry, type PersonEntry, type PlaceEntry } from "../src/lexicon/index.js";
import type { Lang } from "../src/model.js";

export interface SyntheticArticle {
  uri: string;
  text: string;
  language: Lang;
  publishedAt: string;
  source: string;
}

/** What the article says, by lexicon person id ("vladimir-putin"). Pairs are sorted. */
export interface Truth {
  uri: string;
  /** Pairs reported in the body as having met in person. */
  met: Array<[string, string]>;
  /** The meeting's date (ISO), as written in the article. */
  date: string;
  /** Pairs that only phoned, planned to meet, or appear together only in comments/chrome. */
  notMet: Array<[string, string]>;
  /** How the date was written: "solar" | "hijri" | "gregorian" | "relative". */
  dateStyle: string;
}

export interface Corpus {
  articles: SyntheticArticle[];
  truth: Truth[];
}

/** mulberry32: a small seeded PRNG, so corpora are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS: Lang[] = ["fa", "ar", "en"];
const FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const AR_DIGITS = "٠١٢٣٤٥٦٧٨٩";
const SOLAR_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const FA_GREG_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];
const HIJRI_MONTHS_AR = ["محرم", "صفر", "ربيع الأول", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

const digits = (n: number | string, set: string | null) => (set ? String(n).replace(/[0-9]/g, (d) => set[Number(d)]) : String(n));

/** Templates. {A} {B} {C} {D} {E}: names (with a title where the template allows); {CITY}; {DATE}. */
const T: Record<Lang, { meet: string[]; call: string[]; plan: string[]; agree: string[]; filler: string[]; comment: string[]; chromeTop: string[]; chromeBottom: string[]; yesterday: string }> = {
  en: {
    meet: ["{A} met {B} in {CITY} {DATE}.", "{A} received {B} in {CITY} {DATE}, officials said.", "{A} held talks with {B} in {CITY} {DATE}."],
    call: ["Later, {A} spoke by phone with {C}.", "{A} also held a phone call with {C}."],
    plan: ["{B} is expected to meet {C} next month.", "{B} will visit {C} later this year, the ministry said."],
    agree: ["The two sides signed a memorandum of understanding on trade and energy.", "Both sides agreed to expand economic cooperation."],
    filler: ["The talks focused on regional security and economic ties.", "The visit comes amid efforts to revive bilateral trade.", "No further details were released."],
    comment: ["Reader: I heard {D} met {E} secretly last week.", "Guest: {D} and {E} held talks too, why is nobody reporting it?"],
    chromeTop: ["Skip to content", "Home", "Share"],
    chromeBottom: ["Tags: diplomacy, politics", "Related news", "Comments"],
    yesterday: "yesterday",
  },
  fa: {
    meet: ["{A} {DATE} در {CITY} با {B} دیدار کرد.", "{A} {DATE} در {CITY} از {B} استقبال کرد.", "{A} و {B} {DATE} در {CITY} دیدار و گفت‌وگو کردند."],
    call: ["{A} همچنین در تماس تلفنی با {C} گفت‌وگو کرد.", "{A} سپس با {C} تلفنی گفت‌وگو کرد."],
    plan: ["قرار است {B} ماه آینده با {C} دیدار کند.", "{B} هفته آینده به دعوت {C} سفر خواهد کرد."],
    agree: ["دو طرف یادداشت تفاهم همکاری تجاری امضا کردند.", "دو طرف بر گسترش همکاری‌های اقتصادی توافق کردند."],
    filler: ["در این دیدار درباره امنیت منطقه و روابط اقتصادی گفت‌وگو شد.", "جزئیات بیشتری از این دیدار منتشر نشده است."],
    comment: ["ناشناس: شنیدم {D} هفته پیش مخفیانه با {E} دیدار کرده است", "کاربر: چرا کسی از دیدار {D} و {E} خبر نمی‌دهد؟"],
    chromeTop: ["صفحه اصلی", "اشتراک گذاری"],
    chromeBottom: ["برچسب‌ها: سیاست، دیپلماسی", "اخبار مرتبط", "نظرات شما"],
    yesterday: "روز گذشته",
  },
  ar: {
    meet: ["التقى {A} مع {B} في {CITY} {DATE}.", "استقبل {A} {B} في {CITY} {DATE}.", "أجرى {A} مباحثات مع {B} في {CITY} {DATE}."],
    call: ["وأجرى {A} اتصالا هاتفيا مع {C}.", "وتلقى {A} اتصالا هاتفيا من {C}."],
    plan: ["ومن المقرر أن يلتقي {B} مع {C} الشهر المقبل.", "ومن المتوقع أن يزور {B} {C} الأسبوع المقبل."],
    agree: ["ووقع الجانبان مذكرة تفاهم للتعاون التجاري.", "واتفق الجانبان على توسيع التعاون الاقتصادي."],
    filler: ["وتناول اللقاء الأمن الإقليمي والعلاقات الاقتصادية.", "ولم يتم الكشف عن مزيد من التفاصيل."],
    comment: ["زائر: سمعت أن {D} التقى {E} سرا الأسبوع الماضي", "قارئ: لماذا لا أحد يتحدث عن لقاء {D} و{E}؟"],
    chromeTop: ["الرئيسية", "شارك"],
    chromeBottom: ["الوسوم: سياسة، دبلوماسية", "أخبار ذات صلة", "اترك تعليقاً"],
    yesterday: "أمس",
  },
};

interface Person {
  entry: PersonEntry;
  /** The office the person held on some date, with its country, for the title. */
  office?: OfficeEntry;
  country?: PlaceEntry;
  name: Record<Lang, string>;
}

function fullName(p: PersonEntry, lang: Lang): string | undefined {
  return p.names[lang]?.find((n) => n.trim().includes(" "));
}

/** The office holders usable in all three languages, sorted by id (deterministic). */
function cast(): Person[] {
  const lex = getLexicon();
  const out: Person[] = [];
  for (const p of [...lex.people.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const term = p.offices?.find((o) => o.country && lex.places.has(o.country) && lex.offices.has(o.office));
    if (!term) continue;
    const names = LANGS.map((l) => fullName(p, l));
    if (names.some((n) => !n)) continue;
    out.push({ entry: p, office: lex.offices.get(term.office), country: lex.places.get(term.country!), name: { fa: names[0]!, ar: names[1]!, en: names[2]! } });
  }
  return out;
}

/** "Foreign Minister of Iran Abbas Araghchi" style: a title the extractor may or may not use. */
function titled(p: Person, lang: Lang, withTitle: boolean): string {
  if (!withTitle || !p.office || !p.country) return p.name[lang];
  const title = p.office.titles[lang]?.[0];
  const country = p.country.names[lang]?.[0];
  if (!title || !country) return p.name[lang];
  if (lang === "en") return `${country}'s ${title} ${p.name.en}`;
  if (lang === "fa") return `${title} ${country}، ${p.name.fa}،`;
  return `${p.name.ar}، ${title} ${country}،`;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const hijriFmt = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });

/** The meeting date as the article writes it, and its style. */
function writeDate(d: Date, published: Date, lang: Lang, rnd: () => number): { text: string; style: string } {
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  const r = rnd();
  const oneDayBefore = published.getTime() - d.getTime() === 86_400_000;
  if (oneDayBefore && r < 0.15) return { text: T[lang].yesterday, style: "relative" };
  if (lang === "en") return { text: r < 0.6 ? `on ${day} ${EN_MONTHS[month]} ${year}` : `on ${EN_MONTHS[month]} ${day}, ${year}`, style: "gregorian" };
  if (lang === "fa") {
    const set = r < 0.7 ? FA_DIGITS : null;
    if (r < 0.8) {
      const j = toJalaali(year, month + 1, day);
      return { text: `روز ${digits(j.jd, set)} ${SOLAR_MONTHS[j.jm - 1]} ${digits(j.jy, set)}`, style: "solar" };
    }
    return { text: `روز ${digits(day, set)} ${FA_GREG_MONTHS[month]} ${digits(year, set)}`, style: "gregorian" };
  }
  const set = r < 0.4 ? AR_DIGITS : null;
  if (r < 0.35) {
    const parts = Object.fromEntries(hijriFmt.formatToParts(d).map((p) => [p.type, p.value]));
    return { text: `يوم ${digits(parts.day, set)} ${HIJRI_MONTHS_AR[Number(parts.month) - 1]} ${digits(parts.year, set)} هـ`, style: "hijri" };
  }
  return { text: `يوم ${digits(day, set)} ${AR_MONTHS[month]} ${digits(year, set)}`, style: "gregorian" };
}

const pair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** n articles (fa, ar, en in turn) and their ground truth. */
export function generate(n: number, seed = 1): Corpus {
  const lex = getLexicon();
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const people = cast();
  const cities = [...lex.places.values()].filter((p) => p.kind === "city" && !p.ambiguous && LANGS.every((l) => p.names[l]?.[0])).sort((a, b) => (a.id < b.id ? -1 : 1));
  const sources: Record<Lang, string[]> = { en: ["Reuters", "AP", "AFP"], fa: ["ایرنا", "ایسنا", "تسنیم"], ar: ["سانا", "الجزيرة", "العربية"] };
  const articles: SyntheticArticle[] = [];
  const truth: Truth[] = [];
  const start = Date.UTC(2022, 0, 1);
  const span = Math.floor((Date.UTC(2025, 11, 31) - start) / 86_400_000);
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % 3];
    const t = T[lang];
    // five distinct people: A met B; A phoned C; B plans to meet C; D and E appear only in a comment
    const chosen: Person[] = [];
    while (chosen.length < 5) {
      const p = pick(people);
      if (!chosen.includes(p)) chosen.push(p);
    }
    const [A, B, C, D, E] = chosen;
    const city = pick(cities);
    const met = new Date(start + Math.floor(rnd() * span) * 86_400_000);
    const published = new Date(met.getTime() + Math.floor(rnd() * 3) * 86_400_000);
    const date = writeDate(met, published, lang, rnd);
    const fill = (s: string, withTitle = false) =>
      s
        .replace("{A}", titled(A, lang, withTitle))
        .replace("{B}", titled(B, lang, withTitle))
        .replace("{C}", C.name[lang])
        .replace("{D}", D.name[lang])
        .replace("{E}", E.name[lang])
        .replace("{CITY}", city.names[lang]![0])
        .replace("{DATE}", date.text);
    const newsId = 100000 + Math.floor(rnd() * 900000) + i;
    const lines: string[] = [...t.chromeTop];
    lines.push(fill(pick(t.meet), rnd() < 0.4));
    if (rnd() < 0.7) lines.push(pick(t.filler));
    lines.push(fill(pick(t.call)));
    lines.push(fill(pick(t.plan)));
    if (rnd() < 0.5) lines.push(pick(t.agree));
    if (rnd() < 0.5) lines.push(pick(t.filler));
    lines.push(lang === "fa" ? `کد خبر: ${digits(newsId, FA_DIGITS)}` : lang === "ar" ? `رقم الخبر: ${newsId}` : `Story ID: ${newsId}`);
    lines.push(...t.chromeBottom);
    lines.push(fill(pick(t.comment)));
    const uri = `synthetic/${seed}/${String(i).padStart(6, "0")}.${lang}.txt`;
    articles.push({ uri, text: lines.join("\n"), language: lang, publishedAt: iso(published), source: pick(sources[lang]) });
    const ids = chosen.map((p) => p.entry.id);
    truth.push({
      uri,
      met: [pair(ids[0], ids[1])],
      date: iso(met),
      dateStyle: date.style,
      notMet: [pair(ids[0], ids[2]), pair(ids[1], ids[2]), pair(ids[3], ids[4])],
    });
  }
  return { articles, truth };
}

/** Corpus-wide pairs: met in some article, and never-met (claimed only as call/plan/comment anywhere). */
export function truthPairs(truth: Truth[]): { met: Set<string>; notMet: Set<string> } {
  const met = new Set(truth.flatMap((t) => t.met.map((p) => p.join("|"))));
  const notMet = new Set(truth.flatMap((t) => t.notMet.map((p) => p.join("|"))).filter((k) => !met.has(k)));
  return { met, notMet };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const out = flag("--out");
  const truthOut = flag("--truth");
  const n = Number(args[0] ?? 1000);
  const seed = Number(args[1] ?? 1);
  if (!Number.isInteger(n) || n < 0) throw new Error("usage: corpus.ts N [seed] [--out file.jsonl] [--truth truth.jsonl]");
  const { articles, truth } = generate(n, seed);
  const jsonl = articles.map((a) => JSON.stringify(a)).join("\n") + "\n";
  if (out) writeFileSync(out, jsonl);
  else process.stdout.write(jsonl);
  if (truthOut) writeFileSync(truthOut, truth.map((t) => JSON.stringify(t)).join("\n") + "\n");
}
