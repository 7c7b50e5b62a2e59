// The tidings suite: 10 short Arabic news articles written for these tests (tests/extract/tidings), in styles the
// other suites barely use: the domestic politics of Iraq, Lebanon, Yemen, Libya, Tunisia, Mauritania and Sudan, and
// the Arabic services of foreign outlets (RT Arabic, Xinhua Arabic, Anadolu Arabic) on non-Arab or economic events,
// 1994–2023: Barzani's first visit to Baghdad after the 2017 referendum (INA, 2018), the decree forming Mikati's
// government at Baabda (NNA, 2021), the Yemeni Document of Pledge and Accord signed in Amman (al-Thawra, 1994, a
// lunar Hijri date beside the Gregorian), Mandela's Lockerbie mediation with Gaddafi (JANA, Tripoli 1999, a Hijri
// date), the Tunisian national dialogue's road map (TAP, 2013), Ghazouani's meetings with the opposition and a
// governor with tribal notables (AMI, Nouakchott 2020, a Hijri date), Sudan's constitutional declaration (SUNA,
// Khartoum 2019), Putin and Erdoğan in Sochi (RT Arabic, 2021), Xi and Modi's informal summit (Xinhua Arabic, 2019)
// and the TotalEnergies gas contract in Baghdad (Anadolu Arabic, 2023).
// Traps: names no lexicon knows (ministers, spokesmen, mediators, a governor, opposition leaders with «ولد», a
// company chief, a foreign secretary, a regional governor written in Arabic), title chains («رئيس الجمهورية العماد»,
// «الأخ قائد الثورة العقيد», «الفريق أول الركن», «رئيس مجلس النواب الشيخ … رئيس التجمع …»), people only quoted or
// mentioned, phone calls, a message carried, planned and postponed meetings, meetings dated by weekday, «أمس»,
// «اليوم نفسه», «يوم الخميس», «الأسبوع الماضي», past meetings dated by month only, a signing before witnesses and
// heads of state, a decree signed (no agreement), an agreement reached only in words, an agreement initialled before,
// a negated meeting («دون أن يلتقي»), a palace the lexicon holds in another city (قصر السلام), places and parties.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "tidings"), name: "tidings suite", artifact: "extraction-tidings.json", knownGaps: KNOWN_GAPS });
