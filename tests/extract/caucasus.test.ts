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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;
void GAP;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "caucasus"), name: "caucasus suite", artifact: "extraction-caucasus.json", knownGaps: KNOWN_GAPS });
