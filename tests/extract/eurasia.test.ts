// The eurasia suite: 10 short English news articles written for these tests (tests/extract/eurasia), retelling real
// diplomatic meetings and agreements of 2014–2023 in Central Asia, the Caucasus, Russia, Ukraine, Belarus, Moldova, the
// Balkans and Central Europe as those regions' own English-language agencies write them (Kazinform, Trend, Armenpress,
// Moldpres, UzA, BelTA, TASS, BTA, PAP, Kabar): Tokayev's talks with Putin in Astana during the CICA summit (2022,
// Putin–Erdoğan the day before, their talks in Saint Petersburg in June, a state visit only expected), Mirziyoyev's
// state visit to Baku (2018: one-on-one and expanded meetings, documents signed in the presence of the presidents, a
// declaration of the two heads of state), Pashinyan and Aliyev's first official meeting in Vienna with the foreign
// ministers and the Minsk Group co-chairs (2019; Dushanbe 2018 and the ministers' Paris meeting in background), the
// EU association agreements signed in Brussels by Leancă, Garibashvili and Poroshenko (2014; Merkel's meeting before,
// Timofti at home, a ratification only scheduled), Mirziyoyev's state visit to Astana (2017, dated "22.03.2017"), the
// Minsk II talks of the Normandy Four hosted by Lukashenko and the package signed by the Contact Group (2015), Putin and
// Zelensky's first meeting at the Paris Normandy summit (2019, TASS's "Vladimir Zelensky" and "Vadim Pristaiko"), the
// Bulgaria–Macedonia friendship treaty signed in Skopje (2017), Biden's talks with Duda in Warsaw after Kyiv (2023;
// Rzeszów 2022 in background, the B9 meeting only planned), and Mirziyoyev's state visit to Bishkek (2023).
// Traps: transliteration variants (Mirziyoev, Nazarbaev, Aleksandr Lukashenko, Zhaparov, Erdogan and Hollande without
// diacritics, Leanca, Borissov), agency datelines ("ASTANA. KAZINFORM –", "Baku, Azerbaijan, March 28 / By Trend",
// "YEREVAN, MARCH 29, ARMENPRESS.", "Brussels, 27 June /MOLDPRES/ -", "PARIS, December 10. /TASS/.", "Warsaw (PAP) -"),
// "the Head of State", "his Russian counterpart", "the two Heads of State", "the sides discussed", narrow and extended
// formats, documents signed by ministers in the presence of presidents, a declaration adopted but not signed, signatories
// with witnesses, namesakes (Sadyr and Akylbek Japarov; Heydar and Ilham Aliyev; Mehriban Aliyeva), phone calls,
// planned and expected visits, people only quoted, a correspondent in the dateline, background meetings of other years.
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

articleSuite({ dir: join(import.meta.dirname, "eurasia"), name: "eurasia suite", artifact: "extraction-eurasia.json", knownGaps: KNOWN_GAPS });
