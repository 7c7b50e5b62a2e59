// The bulletins suite: 10 short Persian articles written for these tests (tests/extract/bulletins), retelling real
// events of 2000–2024 far from Iran as the Persian-language international outlets report them (BBC Persian, Radio
// Farda, Euronews Persian, DW Persian, VOA Persian, Independent Persian, Iran International): foreign names in
// Persian transliteration («شی جین‌پینگ»، «لوئیز ایناسیو لولا دا سیلوا»، «اولف کریسترشون»، «آزالی آسومانی»), envoys
// and ministers less famous than heads of state («هه لیفنگ»، «اعزاز احمد چودری»، «ناصر خان جنجوعه»، «آوی برکوویتز»),
// foreign places and institutions in Persian spelling (وودساید، کاخ هارامبی، کاخ ایتاماراتی، کارتاخنا، رایوند),
// Gregorian dates written in Persian («۱۵ نوامبر ۲۰۲۳») beside or instead of Solar Hijri ones, and the diaspora-media
// style («به گزارش رویترز»، «بنا بر گزارش‌ها»، analysis sentences). Events: Biden and Xi at Woodside (2023: the Bali
// meeting of 2022 in background, Yellen and He Lifeng in San Francisco), the EU–Turkey refugee deal (Brussels 2016:
// Merkel and Rutte's night at the Turkish embassy, a commissioner's trip only planned), the Kenyan power-sharing
// accord (Nairobi 2008: Annan and Kikwete at the signing, Rice's separate meetings ten days before), Lula and Maduro
// in Brasília (2023: a summit where Peru's president is replaced by her prime minister, no document signed), Koizumi
// in Pyongyang (2002: the Pyongyang Declaration, a welcome at the airport, the inter-Korean summit of 2000), the NATO
// summit in Vilnius (2023: Erdoğan, Kristersson and Stoltenberg on Sweden's protocol, Zelensky in Istanbul before),
// the Abraham Accords at the White House (2020: Oval Office meetings, phone calls with a crown prince and a king),
// Modi's stop in Lahore (2015: Kabul the same morning, ministers in Islamabad and advisers in Bangkok before, a
// meeting of deputies only planned), the African peace mission in Kyiv and Saint Petersburg (2023: a president
// replaced by his envoy, another sending a representative) and the Colombian peace accord (Cartagena 2016: the
// 2015 handshake in Havana, an opponent quoted elsewhere).
// Traps: phone calls, planned and cancelled meetings, people only quoted, background meetings of earlier years,
// agreements announced vs signed, a summit that is no meeting of its attendees, titles without names, an alias.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

void GAP;
articleSuite({ dir: join(import.meta.dirname, "bulletins"), name: "bulletins suite", artifact: "extraction-bulletins.json", knownGaps: KNOWN_GAPS });
