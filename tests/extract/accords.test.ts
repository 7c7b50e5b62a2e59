// The accords suite: a second held-out agreements suite, 15 short news articles written for these tests
// (tests/extract/accords), five in English, Persian and Arabic, on kinds and regions the deals suite lacks: a World
// Bank grant (Ethiopia, 2022), an African Development Bank grant (Egypt, 2022), an Islamic Development Bank loan
// (Iran, Jeddah 2022), a peace accord told in a background paragraph (Mozambique and Renamo, 2019), a peace agreement
// with armed movements (Sudan and the Revolutionary Front, Juba 2020), a background accord with an armed group
// (the US and the Taliban, Doha 2020), a three-leader joint declaration (Egypt, Jordan, Iraq, Baghdad 2021), a
// five-state convention (the Caspian, Aktau 2018), a defence agreement and a fighter contract (Indonesia–France, 2022),
// a drone contract between a ministry and a company (Saudi Arabia–Baykar, 2023), an energy MoU between two state
// companies (NIOC–Gazprom, 2022), municipal twinnings (Almaty–Bishkek, Isfahan–Yerevan), sports memoranda, and
// documents signed between two countries with no signatory named (Iran–Tajikistan, Oman–Kenya).
// Phrasings: passive and subjectless signings ("was signed between", "به امضا رسید", "ووقع الجانبان", "طرفین …
// امضا کردند", "the two sides signed"), "X and Y signed", "signed on behalf of", "نيابة عن", "in the presence of"
// (a witness is no signatory), initialled. Traps: agreements planned, expected, discussed, suspended, dropped, still
// negotiated, refused or denied. Wire styles: Reuters, AP, AFP, Kazinform; IRNA, Fars, ISNA, Shana, Mehr; ONA,
// MENA, SUNA, SPA, QNA.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "accords"), name: "accords suite", artifact: "extraction-accords.json", knownGaps: KNOWN_GAPS });
