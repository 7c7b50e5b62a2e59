// The deals suite: 15 short news articles written for these tests (tests/extract/deals), five in English, Persian
// and Arabic, about agreements of many kinds, regions and years: a production sharing contract (SOCAR and BP, Baku
// 2021), a free trade agreement (Australia–Japan, 2014), a ceasefire deal (Colombia and the FARC, Havana 2016), a
// state infrastructure contract (Ghana's Ministry of Finance and Sinohydro, 2018), a coast guard memorandum
// (Philippines–Vietnam, 2023), a gas contract renewed (Iran–Iraq, 2023), a 20-year cooperation document
// (Iran–Venezuela, 2022), a central-bank agreement (Iran–Russia, 2023), a customs memorandum "concluded"
// (Iran–Armenia, 2019), an Aramco agreement "concluded" (أبرمت) in New Delhi (2019), memoranda "exchanged" (UAE–India,
// 2024), a declaration of principles (DRC and M23, Doha 2025), and a power contract and a loan in Cairo (2022).
// Signatories are ministers, company heads and bank governors; parties are states named only by the country,
// ministries, state companies, banks, armed movements. The traps are agreements only planned, discussed, still
// negotiated, lapsed, rejected by a parliament or denied, and organisations written in full, as acronyms and in
// Persian and Arabic forms. Wire styles: Reuters, AP, AFP, GNA, PNA; IRNA, ISNA, Tasnim, Mehr; SPA, WAM, QNA, KUNA, MENA.
//
// The expectations were written from the texts before the extractor was run on them. The format of
// FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "deals"), name: "deals suite", artifact: "extraction-deals.json", knownGaps: KNOWN_GAPS });
