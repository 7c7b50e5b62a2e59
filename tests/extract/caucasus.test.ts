// The caucasus suite: 10 short Persian news articles written for these tests (tests/extract/caucasus), retelling real
// diplomatic events of 1992–2024 in the Caucasus, Central Asia, Russia and Turkey as the Persian-language press writes
// them (Sputnik Persian, Hamshahri, ISNA, IRNA, Radio Farda, Euronews Persian, Etemad, the daily Iran, BBC Persian,
// Anadolu's Persian service): Putin hosting Aliyev and Pashinyan in the Kremlin and their statement on transport links
// (2021, the ceasefire statement of 10 November 2020 signed by each apart), the Tehran communiqué of Ter-Petrosyan and
// Yagub Mammadov before Hashemi Rafsanjani (1992), the Caspian convention signed by five presidents in Aktau (2018),
// the Dagomys agreement of Yeltsin and Shevardnadze on South Ossetia with the two Ossetian leaders present (1992), the
// Zurich protocols of Nalbandian and Davutoğlu before five witnesses (2009, Gül's football visit to Yerevan of 1387 in
// background, Sargsyan's trip to Bursa only planned), Pezeshkian's first meeting with Putin in Ashgabat (2024: a
// treaty only to be signed, the BRICS summit in Kazan only planned, Raisi's Moscow visit of December 2023), the
// Astana-format summit in Tehran with Khamenei's separate meetings (2022; the 2020 round held by video), Raisi at the
// ECO summit in Ashgabat and a trilateral gas swap signed before three presidents (2021), Sarkozy's six-point plan in
// Moscow and Tbilisi (2008, Kouchner and Stubb's visit two days before, Rice's trip only planned), and the Shusha
// Declaration of Erdoğan and Aliyev (2021, the Baku parade of December 2020 in background).
// Traps: Russian, Turkic, Armenian and Georgian names in Persian script in several spellings («علیف»/«علی‌اف»,
// «بردی‌محمدوف»/«بردی‌محمداف», «داووداوغلو», «ممداف», «مطلب‌اف»), people the lexicon does not hold («آخسربیک
// گالازوف», «تورز کولومبگوف», «جواد اوجی», «امینه اردوغان»: a wife who shares the president's family name), Jalali
// dates with their weekdays and Gregorian ones beside («روز گذشته (دوشنبه ۲۲ دی ۱۳۹۹)», «۱۶ شهریور ۱۳۸۷ (۶ سپتامبر
// ۲۰۰۸)»), «روز گذشته» and bare weekdays under the next day's paper, datelines («مسکو - اسپوتنیک.», «آکتائو -
// ایسنا.», «شوشا / آناتولی -»), titles and references («رئیس جمهوری کشورمان», «همتای ترک خود», «میزبان نشست», «سه
// رهبر», «دو رهبر»), a statement signed apart with no meeting, a video summit, separate meetings («جداگانه»), a phone
// call, people only quoted, witnesses of a signing who sign nothing, a deal signed by unnamed ministers or with no
// signer named before presidents, a treaty only to be signed, planned trips and a planned meeting, background meetings
// with their own dates, and a village near Sochi the lexicon does not hold (Dagomys).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 1 R 0.982, met pairs P 0.983 R 0.881, agreements P 1 R 0.875, orgs R 1 (21 of
// 257 expectations failing). Fixes of branch caucasus (general mechanisms, tests in passes/05-events.caucasus,
// passes/03-references.caucasus, passes/02-titles.caucasus): a place after a process or format noun is no venue
// («روند آستانه», "the Astana format", «مسار أستانا»: cues.json words formatNoun); a bare title before «همچنین / نیز
// با X» is the president the article follows, not X's title (03-references headsName); a name and a style of it set
// beside it are one side of a contact, so «X، رهبر انقلاب، جداگانه با A و B» meets both (_mentions.actorsIn); a
// listed given name none of a person's own before the surname of someone named in full is a relative («سعیده
// میرضیایف», _relatives; «امینه» is in no list, C5). After: people P 1 R 0.982, met pairs P 1 R 0.925, agreements
// P 1 R 0.875, orgs R 1 (10 known gaps; 4 gaps of the bazaar suite closed on the way).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  C1: "agreements: a joint statement the leaders issued ('سه رئیس‌جمهور در پایان نشست بیانیه مشترکی … صادر کردند') is no agreement for pass 7, which reads signing verbs («امضا کردند») and documents reached, not «صادر کردن» (to issue) of a statement",
  C2: "agreements: the signing told again in a later sentence ('آقای شواردنادزه پس از امضای موافقتنامه به خبرنگاران گفت …') is read as a second signing whose parties are every person of the meeting, so the two Ossetian leaders, present at the talks, become parties",
  C3: "events: companions of a trip ('امینه اردوغان … و مهربان علی‌اوا … نیز در این سفر همراه دو رهبر بودند': they accompanied the two leaders) are read as a visit of their own; «همراه X بودن» is no join phrase (events.json join phrases have no gap for X), so they do not join the signing meeting in Shusha",
  C5: "a name: the Turkish given name Emine written «امینه» is in no given-name list (given-names.json is generated from package lists, not edited), so «امینه اردوغان» beside «رجب طیب اردوغان» is read as Erdoğan's short form and «امینه» dropped (_relatives reads a relative only after a listed given name: «سعیده میرضیایف»)",
  C4: "dates: a meeting told as before another ('پزشکیان پیش از این دیدار با سردار بردی‌محمداف … دیدار و گفت‌وگو کرده بود') takes no day from the meeting it came before (the same day, Ashgabat is right)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-04-sochi-1992.txt › no agreement آخسربیک گالازوف + تورز کولومبگوف": GAP.C2,
  "fa-07-tehran-2022.txt › agreement Ebrahim Raisi + Vladimir Putin": GAP.C1,
  "fa-07-tehran-2022.txt › agreement Vladimir Putin + Recep Tayyip Erdoğan": GAP.C1,
  "fa-10-shusha-2021.txt › finds امینه اردوغان": GAP.C5,
  "fa-10-shusha-2021.txt › meeting Recep Tayyip Erdoğan + امینه اردوغان": GAP.C3,
  "fa-10-shusha-2021.txt › meeting Recep Tayyip Erdoğan + Mehriban Aliyeva": GAP.C3,
  "fa-10-shusha-2021.txt › meeting Ilham Aliyev + امینه اردوغان": GAP.C3,
  "fa-10-shusha-2021.txt › meeting Ilham Aliyev + Mehriban Aliyeva": GAP.C3,
  "fa-10-shusha-2021.txt › meeting امینه اردوغان + Mehriban Aliyeva": GAP.C3,
};

articleSuite({ dir: join(import.meta.dirname, "caucasus"), name: "caucasus suite", artifact: "extraction-caucasus.json", knownGaps: KNOWN_GAPS });
