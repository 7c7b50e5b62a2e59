// The bazaar suite: 10 short Persian articles written for these tests (tests/extract/bazaar), retelling real economic
// and trade diplomacy of 1997–2024 as the Iranian economic and business press writes it (IRNA's and ISNA's economic
// desks, Tasnim, Mehr, Shana, Donya-e-Eqtesad, Eghtesad Online, Radio Farda on business abroad): the Korpeje–Kordkuy
// gas pipeline opened by Khatami and Niyazov (1376/1997), the start of the Pakistani section of the Iran–Pakistan gas
// pipeline at Gabd by Ahmadinejad and Zardari (1391/2013), Rouhani in Ankara and the first High-Level Cooperation
// Council with Erdoğan (1393/2014), Modi in Tehran with the Chabahar contracts and the trilateral transit agreement
// with Ghani (1395/2016), Total's South Pars phase 11 contract (1396/2017), the Iran–China 25-year cooperation
// programme signed by Zarif and Wang Yi (1400/2021), Maduro's 20-year cooperation document with Raisi (1401/2022),
// the Rasht–Astara railway agreement with Putin present by video (1402/2023), the 10-year Chabahar terminal contract
// between Iran's ports organisation and India Ports Global (1403/2024), and Rouhani's first visit to Iraq (1397/2019).
// Traps: companies and ministries as parties of agreements («شرکت ملی نفت ایران»، «توتال»، «سازمان بنادر و
// دریانوردی»، «ایندیا پورتس گلوبال»), CEOs and deputy ministers no lexicon knows («مدیرعامل»، «معاون وزیر»، «رئیس اتاق
// بازرگانی»), Persian transliterations of foreign company chiefs and ministers («پاتریک پویانه»، «سربانندا سونووال»،
// «ودانت پاتل»), memoranda "to be signed" or "finalised" later, a business forum only planned, figures that look like
// dates or years («۲۵ ساله»، «۲۰ ساله»، «۴۰۰ میلیارد دلار»، «۱۴ میلیارد و ۵۰۰ میلیون دلار»، «تا سال ۲۰۱۵»), Solar
// Hijri dates beside Gregorian ones, a video conference between presidents, phone calls, background visits of other
// years with their own dates, people only quoted, signers named only by their title, a signing by ministers in the
// presence of heads of state.
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
articleSuite({ dir: join(import.meta.dirname, "bazaar"), name: "bazaar suite", artifact: "extraction-bazaar.json", knownGaps: KNOWN_GAPS });
