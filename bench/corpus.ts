// A deterministic synthetic corpus for benchmarks and reliability tests, built from the real
// lexicons: office holders of different countries meet (in fa, ar or en), phone each other, plan a
// meeting, sign an agreement, with Solar Hijri, lunar Hijri or Gregorian dates, page chrome and reader
// comments. Ground truth comes alongside: the pairs that met, and the pairs that only phoned or planned.
//
//   npx tsx bench/corpus.ts 1000 > corpus.jsonl          (seeded: the same N gives the same corpus)
import { getLexicon, type PersonEntry } from "../src/lexicon/index.js";
import type { Lang } from "../src/model.js";

export interface SyntheticArticle {
  uri: string;
  text: string;
  language: Lang;
  publishedAt: string;
}

export interface Truth {
  uri: string;
  met: Array<[string, string]>;
  notMet: Array<[string, string]>;
}

/** mulberry32: a small seeded PRNG, so corpora are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES: Record<Lang, { meet: string[]; call: string; plan: string; agree: string; comments: string }> = {
  en: {
    meet: ["{A} met {B} in {CITY} on {DATE}.", "{A} received {B} in {CITY} on {DATE}, officials said.", "{A} held talks with {B} in {CITY} on {DATE}."],
    call: "{A} later spoke by phone with {C}.",
    plan: "{B} is expected to meet {C} next month.",
    agree: "The two sides signed a memorandum of understanding on trade.",
    comments: "Comments\nReader: {C} should resign.",
  },
  fa: {
    meet: ["{A} روز {DATE} در {CITY} با {B} دیدار کرد.", "{A} روز {DATE} در {CITY} از {B} استقبال کرد.", "{A} و {B} روز {DATE} در {CITY} دیدار و گفت‌وگو کردند."],
    call: "{A} همچنین در تماس تلفنی با {C} گفت‌وگو کرد.",
    plan: "قرار است {B} ماه آینده با {C} دیدار کند.",
    agree: "دو طرف یادداشت تفاهم همکاری تجاری امضا کردند.",
    comments: "نظرات شما\nناشناس: {C} باید استعفا دهد",
  },
  ar: {
    meet: ["التقى {A} مع {B} في {CITY} يوم {DATE}.", "استقبل {A} {B} في {CITY} يوم {DATE}.", "أجرى {A} مباحثات مع {B} في {CITY} يوم {DATE}."],
    call: "وأجرى {A} اتصالا هاتفيا مع {C}.",
    plan: "ومن المقرر أن يلتقي {B} مع {C} الشهر المقبل.",
    agree: "ووقع الجانبان مذكرة تفاهم للتعاون التجاري.",
    comments: "اترك تعليقاً\nقارئ: على {C} أن يستقيل",
  },
};

const FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

function nameIn(p: PersonEntry, lang: Lang): string | undefined {
  return p.names[lang]?.find((n) => n.trim().includes(" "));
}

export function generate(n: number, seed = 1): { articles: SyntheticArticle[]; truth: Truth[] } {
  const lex = getLexicon();
  const rnd = prng(seed);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  // office holders with full names in all three languages
  const people = [...lex.people.values()].filter((p) => p.offices?.some((o) => o.country) && nameIn(p, "en") && nameIn(p, "fa") && nameIn(p, "ar")).sort((a, b) => (a.id < b.id ? -1 : 1));
  const cities = [...lex.places.values()].filter((p) => p.kind === "city" && p.names.en?.[0] && p.names.fa?.[0] && p.names.ar?.[0]).sort((a, b) => (a.id < b.id ? -1 : 1));
  const articles: SyntheticArticle[] = [];
  const truth: Truth[] = [];
  const langs: Lang[] = ["fa", "ar", "en"];
  for (let i = 0; i < n; i++) {
    const lang = langs[i % 3];
    const [a, b, c] = [pick(people), pick(people), pick(people)];
    if (a.id === b.id || a.id === c.id || b.id === c.id) {
      i--;
      continue;
    }
    const city = pick(cities);
    const day = 1 + Math.floor(rnd() * 27);
    const month = Math.floor(rnd() * 12);
    const year = 2022 + Math.floor(rnd() * 4);
    const published = `${year}-${String(month + 1).padStart(2, "0")}-${String(day + 1).padStart(2, "0")}`;
    const date = lang === "en" ? `${day} ${EN_MONTHS[month]} ${year}` : lang === "ar" ? `${day} ${AR_MONTHS[month]} ${year}` : `${day} ${FA_MONTHS[month]} ${1401 + (year - 2022)}`;
    const t = TEMPLATES[lang];
    const fill = (s: string) => s.replace("{A}", nameIn(a, lang)!).replace("{B}", nameIn(b, lang)!).replace("{C}", nameIn(c, lang)!).replace("{CITY}", city.names[lang]![0]).replace("{DATE}", date);
    const body = [fill(pick(t.meet)), fill(t.call), fill(t.plan), rnd() < 0.5 ? t.agree : "", fill(t.comments)].filter(Boolean).join("\n\n");
    const uri = `synthetic/${String(i).padStart(6, "0")}.${lang}.txt`;
    articles.push({ uri, text: body, language: lang, publishedAt: published });
    truth.push({ uri, met: [[a.name, b.name]], notMet: [[a.name, c.name], [b.name, c.name]] });
  }
  return { articles, truth };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  for (const a of generate(n, Number(process.argv[3] ?? 1)).articles) process.stdout.write(`${JSON.stringify(a)}\n`);
}
