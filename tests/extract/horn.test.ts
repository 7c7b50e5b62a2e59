// The horn suite: 10 short Arabic news articles written for these tests (tests/extract/horn), retelling real events
// of 1972–2024 in Sudan, South Sudan, Chad, Somalia, Djibouti, Eritrea, Ethiopia and the Comoros as the Arabic press
// and agencies of the region write them (SUNA's «الخرطوم 22-4-1997 (سونا) -», Sudan Tribune's Arabic site, Al-Sudani's
// «الخرطوم: السوداني», Djibouti's ADI, the Somali agency SONNA in Arabic, Radio Dabanga, Al Jazeera Net): the
// Comprehensive Peace Agreement signed by Taha and Garang in Nairobi before Bashir, Kibaki, Museveni and Powell, with
// the Naivasha protocols of the week before (2005); the Khartoum Peace Agreement with Riek Machar's and Kerubino's
// factions and the Political Charter of 1996 (1997); Abdiqasim Salad Hassan sworn in at Arta (2000); the Doha Document
// for Peace in Darfur signed by Amin Hassan Omar and Tijani Sese before four heads of state, with two witnesses who
// sign (2011); the political agreement and constitutional declaration signed by Hemedti and Ahmed Rabie before Abiy,
// Kiir and the AU, and their initialling of 4 August (2019); the Juba peace agreement and the Hamdok–Hilu declaration
// of Addis Ababa (2020); the Eritrea–Ethiopia–Somalia tripartite summit in Asmara with Farmaajo's visits and Abiy's
// stop in Mogadishu (2018); the Jeddah declaration of the army and the RSF, their leaders absent and called by
// Blinken (2023); Bashir received by Déby in N'Djamena, Déby's visit to Khartoum and the normalisation accord (2010);
// Azali Assoumani taking the AU chair from Macky Sall in Addis Ababa (2023).
// Traps: long nasab chains («عمر حسن أحمد البشير», «علي عثمان محمد طه», «جون قرنق دي مبيور», «عبد القاسم صلاد حسن»,
// «محمد عبد الله محمد فرماجو», «جبريل إبراهيم محمد»), nicknames («حميدتي» alone, «الشهير بـ"حميدتي"»), military ranks
// («الفريق أول ركن», «المشير», «اللواء», «العقيد», «القائد»), «السيد», «مولانا», «الأستاذ», «د.», council titles («رئيس
// مجلس السيادة الانتقالي», «نائب رئيس المجلس العسكري الانتقالي»), rebel movements and their leaders, Arabic spellings
// of African names and places («جوبا», «أنجمينا», «مقديشو», «أسمرا», «عرتا», «نيفاشا», «غزالي عثماني»), Hijri dates
// beside Gregorian ones, «يوم أمس السبت» under the next day's paper, weekdays, background signings and visits of other
// days, initialling before signing, witnesses of a signing (some of whom sign as witnesses), people only quoted or
// absent, phone calls, planned swearing-ins and trips, an agreement between two armed forces with no named signer, and
// an accord between two states named by «البلدان».
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

articleSuite({ dir: join(import.meta.dirname, "horn"), name: "horn suite", artifact: "extraction-horn.json", knownGaps: KNOWN_GAPS });
