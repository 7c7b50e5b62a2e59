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
//
// Scores (precision/recall) when the expectations were committed, before any fix (76 failing expectations):
//              people        met pairs     agreements
//   before  fa   0.963/0.940   0.965/0.640   1.000/0.875   (orgs R 1.000)
//   after   fa   0.975/0.952   0.969/0.733   1.000/0.875   (orgs R 1.000; 45 known gaps, GAP.B1–B6 below)
//   gapfix  fa   0.963/0.952   0.972/0.814   1.000/0.875   (from 0.963/0.952 0.969/0.733 before it: «این هیئت», «هر دو
//                                                            دیدار», a namesake's surname as a name; 36 known gaps)
//   fixfa2 fa   0.976/0.988   0.987/0.872   1.000/0.875   (gap fixer of 2026-12-07, second round: a lexicon holder spelt
//                                                            otherwise right before a title with its country, «مکی سال، رئیس
//                                                            جمهور سنگال», passes/02-titles.holder-spellings; a meeting «در حاشیه
//                                                            نشست» in a sentence of no place is where the summit told before
//                                                            was, passes/06-local-coreference.summit-place; Persian name particles
//                                                            «د لا»; an unknown given name before a namesake's short form,
//                                                            passes/02-titles.namesake-given; 35 → 26 known gaps)
// The fixes: the perfect of the Persian compound verbs of talks («گفتگو کرده بودند»), plural talks with a light
// verb («گفتگوهای … داشتند»), the indefinite «دیداری», the host of a signing ceremony («میزبان مراسم بود», "hosted
// the ceremony"), a reference after «با» as the other side of two named subjects, and a transliterated name before
// its title that no longer opens with the clause's dictionary word («محرمانه هیتوشی تاناکا»).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  B1: "a foreign name no lexicon knows is not read whole (names, passes 1-2): a given name that is a Persian dictionary word before a known given name ('اعزاز احمد چودری': اعزاز, honour, so the name starts at احمد), (a name of four words with the particles «د لا», 'اومبرتو د لا کایه', and a given name no list holds before the surname of a lexicon namesake, 'گراسا ماشل', are read since the second gap fixer; two common words read as a name before a title, 'سر اختیارات', still make Nairobi's 'no one else' fail); the meetings that hang on them fail with them",
  B2: "a group told as one side ('این هیئت … با زلنسکی دیدار کرده بود': this delegation, its leader named before; 'A، B و C … در هر دو دیدار حضور داشتند': both meetings are joined) is now read (`_delegation-refs`, `_joiners`); what stays: an envoy who 'took the place' of a president at both ('جایش را در هر دو دیدار گرفت') joins neither (Macky Sall, «مکی سال» before his title, is read since the second gap fixer: a holder spelt otherwise)",
  B3: "a council session held 'with the presence of' two named people ('نشست شورای ناتو-اوکراین با حضور زلنسکی و استولتنبرگ برگزار شد') is a body's session, which the extractor reads as no meeting of its attendees; and the third side after a title apposition ('با A، نخست‌وزیر سوئد، و آقای استولتنبرگ') is lost in the article, with the agreement Erdoğan 'accepted' after that meeting ('پذیرفت که …', no agreement word)",
  B4: "two separate meetings of one subject ('ترامپ جداگانه با نتانیاهو و با وزیر خارجه امارات … دیدار کرد') told right after a signing the same day: the first is merged into the signing ceremony and the second loses its subject, so those who 'were present at these meetings' ('در این دیدارها حضور داشتند') join neither with their host",
  B5: "places not read in Persian: the town of Woodside (وودساید; the meeting is placed in California), Cartagena written «کارتاخنا»; Peru («پرو», the lexicon's form, also a common word: a fitting) is not read in the title 'رئیس جمهور پرو'; an embassy named with its city ('سفارت ترکیه در بروکسل') is a site not put in that city; a three-way meeting two days before the summit, told with no place ('دو روز پیش از آن … پس از دیداری سه‌جانبه'), is not put in the summit's Vilnius (a meeting 'on the sidelines of the summit' is, since the second gap fixer: _summit-place)",
  B6: "(a background meeting told by its noun with 'the two leaders' as genitive, 'دیدار پیشین دو رهبر در ۱۴ نوامبر ۲۰۲۲ … در بالی برگزار شده بود', is read since branch gapfix: 'the two leaders' are two heads of state) an alias in quotes ('که با نام مستعار «تیموچنکو» شناخته می‌شود') is not tied to the name before it, so the 2015 meeting in Havana under the alias has no date or place of its own",
  B7: "a meeting told 'before the summit' («صبح جمعه پیش از نشست سران با آقای داووداوغلو دیدار کردند») is placed by nothing: the summit's Brussels is told in the lead only as where an agreement was reached (no trip or meeting puts the people there), and the Brussels it had before came from the Arabic trigger «جمعه» (brought together) read in Persian, where it is Friday (no longer, since triggers are read in their own language only)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-02-brussels-2016.txt › meeting Donald Tusk + Jean-Claude Juncker + Ahmet Davutoğlu is placed in Brussels": GAP.B7,
  "fa-01-woodside-2023.txt › meeting Joe Biden + Xi Jinping + Antony Blinken + Wang Yi is placed in Woodside": GAP.B5,
  "fa-02-brussels-2016.txt › meeting Angela Merkel + Mark Rutte + Ahmet Davutoğlu is placed in Brussels": GAP.B5,
  "fa-03-nairobi-2008.txt › finds no one else": GAP.B1,
  "fa-04-brasilia-2023.txt › finds the place Peru": GAP.B5,
  "fa-06-vilnius-2023.txt › agreement Recep Tayyip Erdoğan + Ulf Kristersson": GAP.B3,
  "fa-06-vilnius-2023.txt › meeting Recep Tayyip Erdoğan + Ulf Kristersson + Jens Stoltenberg is placed in Vilnius": GAP.B5,
  "fa-06-vilnius-2023.txt › meeting Volodymyr Zelensky + Jens Stoltenberg": GAP.B3,
  "fa-06-vilnius-2023.txt › meeting Volodymyr Zelensky + Jens Stoltenberg is dated 2023-07-12": GAP.B3,
  "fa-06-vilnius-2023.txt › meeting Volodymyr Zelensky + Jens Stoltenberg is placed in Vilnius": GAP.B5,
  "fa-07-washington-2020.txt › meeting Benjamin Netanyahu + Jared Kushner": GAP.B4,
  "fa-07-washington-2020.txt › meeting Benjamin Netanyahu + آوی برکوویتز": GAP.B4,
  "fa-07-washington-2020.txt › meeting Donald Trump + Jared Kushner": GAP.B4,
  "fa-07-washington-2020.txt › meeting Donald Trump + آوی برکوویتز": GAP.B4,
  "fa-08-lahore-2015.txt › finds no one else": GAP.B1,
  "fa-08-lahore-2015.txt › finds اعزاز احمد چودری": GAP.B1,
  "fa-09-saint-petersburg-2023.txt › meeting Azali Assoumani + Ruhakana Rugunda": GAP.B2,
  "fa-09-saint-petersburg-2023.txt › meeting Cyril Ramaphosa + Ruhakana Rugunda": GAP.B2,
  "fa-09-saint-petersburg-2023.txt › meeting Hakainde Hichilema + Ruhakana Rugunda": GAP.B2,
  "fa-09-saint-petersburg-2023.txt › meeting Macky Sall + Ruhakana Rugunda": GAP.B2,
  "fa-09-saint-petersburg-2023.txt › meeting Vladimir Putin + Ruhakana Rugunda": GAP.B2,
  "fa-09-saint-petersburg-2023.txt › meeting Volodymyr Zelensky + Ruhakana Rugunda": GAP.B2,
  "fa-10-cartagena-2016.txt › finds the place Cartagena": GAP.B5,
  "fa-10-cartagena-2016.txt › meeting Juan Manuel Santos + رودریگو لوندونیو + Ban Ki-moon + Raúl Castro + John Kerry is placed in Cartagena": GAP.B5,
  "fa-10-cartagena-2016.txt › meeting Juan Manuel Santos + رودریگو لوندونیو + Raúl Castro is dated 2015-09-23": GAP.B6,
  "fa-10-cartagena-2016.txt › meeting Juan Manuel Santos + رودریگو لوندونیو + Raúl Castro is placed in Havana": GAP.B6,
};

articleSuite({ dir: join(import.meta.dirname, "bulletins"), name: "bulletins suite", artifact: "extraction-bulletins.json", knownGaps: KNOWN_GAPS });
