// The dialogues suite: 10 short Persian articles written for these tests (tests/extract/dialogues), in styles the
// other suites barely use: Afghan Dari media (Tolo News, Pajhwok: «اشتراک کرد», «صدراعظم», «داکتر», Afghan month
// names such as «سنبله» and «اسد»), a Tajik report in Persian script (Khovar: «ملاقات کرد», a Russian-style surname
// «رحمانف», a city that is also the weekday دوشنبه), Iranian provincial and parliamentary news (a governor receiving an
// ambassador at the «استانداری», a speaker of parliament in Moscow, خانه ملت), economic news (Shana: an oil ministry's
// memorandum of two state companies, OPEC in Algiers) and sports diplomacy (wrestling in Kermanshah). Events and
// years: Karzai at Zardari's inauguration (Islamabad 2008: a meeting dated «۱۹ سنبله ۱۳۸۷», a cancelled meeting with
// the prime minister, a 2007 meeting in background), Qatar's foreign minister in Kabul (2021: the Taliban's prime
// minister, a second meeting with two former leaders, a phone call, a memorandum not yet signed), the trilateral
// Persian-speaking summit (Dushanbe 2006: a joint statement and an energy agreement signed by ministers), Rouhani in
// Baghdad (2019: five documents signed by two ministers before two leaders, a visit to Najaf only planned),
// Ahmadinejad in Minsk (2007: an oil contract signed by a minister and a first deputy prime minister, a past visit to
// Tehran), Widodo in Tehran (2016: a memorandum between NIOC and Pertamina, a minister's talks with no contract), a
// governor and the Armenian ambassador (Tabriz 2019: a chamber of commerce's memorandum only discussed, a namesake
// of the lexicon's Sargsyans), OPEC's Algiers accord (2016: separate meetings on the sidelines, a meeting denied),
// the US wrestlers in Kermanshah (2017: a minister's meeting cancelled) and Ghalibaf in Moscow (2021: a meeting with
// Putin that did not take place, a message delivered through another, a meeting only planned).
// Traps: people no lexicon knows (deputy ministers, governors, company and chamber chiefs, a federation head), title
// chains, people only quoted, places and organisations.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites). Two place
// names of the expectations were corrected after the first run, neither weakened: fa-06 names no Tehran (its venue is
// the Saadabad Palace), and fa-07's province is written as the lexicon and the text write it (آذربایجان شرقی).
//
// Scores (precision/recall) when the expectations were committed, before any fix (42 failing expectations):
//              people        met pairs     agreements
//   before  fa   0.954/0.954   0.652/0.667   0.750/0.375   (orgs R 0.857)
//   after   fa   0.969/0.954   0.907/0.867   0.833/0.875   (orgs R 0.857; 17 known gaps: «لغو» before no event, a
//                                                            ZWNJ compound, «همتای …ی‌اش», «گفت که», «اشتراک کرد»,
//                                                            «میدان هوایی …», topic places, «برای X», «با حضور … میان»)
//   gapfix  fa   0.969/0.954   0.932/0.911   0.714/0.875   (from 0.969/0.954 0.907/0.867 before it: «سران سه کشور», the
//                                                            three heads of state just named; 15 known gaps)
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  D1: "a person no lexicon knows is not read (names, passes 1-2): a surname that opens with a title word ('کاظم وزیری هامانه وزیر نفت': وزیری read as the title), a foreign name whose surname the lexicon holds for other people ('مارتین سرکیسیان', namesake of the lexicon's Sargsyans), a name before a descriptor no list holds ('جردن باروز قهرمان المپیک'); the meetings and agreements that hang on them fail with them",
  D3: "words of a common noun phrase read as people: 'برق آبی سنگتوده' (hydro-electric + the plant's name) as a name, and 'فارسی' losing its first letter to a lexicon short form (Luis Arce: ارسی)",
  D4: "the Persian name of Algiers «الجزیره» is the lexicon's form of Al Jazeera only: the city is not found and the meetings held there are placed in the country",
  D5: "a provincial readout: the meeting is placed in the province the governor's title names (آذربایجان شرقی), not the dateline's city within it ('از تبریز', 'در محل استانداری'); the chamber named with its city ('اتاق بازرگانی تبریز') is not found; and a memorandum only to be signed ('قرار شد این سند … امضا شود') is read as signed",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-03-dushanbe-1385.txt › finds no one else": GAP.D3,
  "fa-05-minsk-1386.txt › finds کاظم وزیری هامانه": GAP.D1,
  "fa-05-minsk-1386.txt › meeting Mahmoud Ahmadinejad + کاظم وزیری هامانه": GAP.D1,
  "fa-05-minsk-1386.txt › meeting Alexander Lukashenko + کاظم وزیری هامانه": GAP.D1,
  "fa-05-minsk-1386.txt › meeting کاظم وزیری هامانه + ولادیمیر سماشکو": GAP.D1,
  "fa-05-minsk-1386.txt › agreement کاظم وزیری هامانه + ولادیمیر سماشکو": GAP.D1,
  "fa-07-tabriz-1398.txt › finds مارتین سرکیسیان": GAP.D1,
  "fa-07-tabriz-1398.txt › finds the organisation اتاق بازرگانی تبریز": GAP.D5,
  "fa-07-tabriz-1398.txt › no agreement where none was reached": GAP.D5,
  "fa-08-algiers-1395.txt › finds the place Algiers": GAP.D4,
  "fa-08-algiers-1395.txt › meeting بیژن زنگنه + نورالدین بوطرفه is placed in Algiers": GAP.D4,
  "fa-08-algiers-1395.txt › meeting بیژن زنگنه + اولوخیو دل پینو is placed in Algiers": GAP.D4,
  "fa-09-kermanshah-1395.txt › finds جردن باروز": GAP.D1,
};

articleSuite({ dir: join(import.meta.dirname, "dialogues"), name: "dialogues suite", artifact: "extraction-dialogues.json", knownGaps: KNOWN_GAPS });
