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
// First run (before any fix): people P 1 R 0.955, met pairs P 0.842 R 0.649, agreements P 0.889 R 0.813, orgs R 0.8
// (50 of 300 expectations failing). One expectation was wrong and is corrected: en-08's notPeople held "Boyko", which
// is Borisov himself (Zaev thanked "his friend Boyko"), now "Balkans". After the fixes of the same branch (the "-ev"
// style of "-yev" names, "Nazarbaev", lexicon/name-forms; talks that "continued with the participation of" people;
// a lone signer seated with the signers a passive "was signed by" names next, and "on the same occasion"; "the
// (previous) talks of the two heads of state took place in X on D" as a background meeting; "the Russian leader";
// the datelines "ASTANA. KAZINFORM –" and "Baku, Azerbaijan, March 28"; a body's complement ending before its head's
// name): people P 1 R 0.97, met pairs P 0.883 R 0.919,
// agreements P 1 R 0.875, orgs R 0.8 (19 known gaps; 18 after the subcontinent branch: a site in the one other city its
// sentence names before it, 'In Kyiv …, Biden met with Zelensky at the Mariinsky Palace').
// Branch fixen2 (2026-12-07): the name right after 'head of the <body>' is read (_english-body-chiefs.ts): three of X1's
// gaps closed (Kamchybek Tashiev); a family name ending in a two-letter word in lower case is not unglued as a place + 'in'
// (src/extract/glued.ts): Grigory Karasin found.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "(closed on branch fixen2: a body chief's name after the body, _english-body-chiefs.ts, and a surname ending in -in, src/extract/glued.ts)",
  X2: "references to a group of leaders: 'the two Heads of State' of a background meeting are read as the pair of the meeting just reported (Putin and Erdoğan), not the article's own pair (Tokayev and Putin); 'The heads of state then signed a Declaration', with no 'two', after the ministers' signing just reported, signs for no one; 'the four leaders approved the common agreed conclusions' (only 'the three leaders' is read as a count of leaders) is an agreement of the two named in the sentence before only",
  X3: "dates: a meeting told after a welcome ceremony dated 'on March 28' ('The presidents of Azerbaijan and Uzbekistan then held a one-on-one meeting', a plural title of two countries no one reads) and a lead that dates nothing leave the talks undated (the Trend dateline's 'March 28' is not an event's date); 'Before the ceremony, the Prime Minister had a meeting with Angela Merkel' takes the day of the last signing told with a day, the background initialling in Vilnius on 29 November 2013, not the ceremony the article is about",
  X4: "events: 'The summit itself, hosted by Macron with the participation of Merkel, was the first … since October 2016, when the leaders met in Berlin' does not bring Putin and Zelensky of the lead's 'on the sidelines of the Normandy Four summit' into the summit, and its Berlin meeting takes the summit's two people; 'had agreed on the text of the treaty when Zaev visited Sofia on June 20' is no meeting of the two Prime Ministers (a visit to a city told in a clause of time)",
  X5: "places: 'met Duda at Rzeszow airport on 25 March and spoke at the Royal Castle the next day' places the meeting at the Royal Castle of the clause of the next day",
  X6: "organisations: 'the OSCE Minsk Group' is read as OSCE and a 'Minsk Group' of its own, not as one body",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-astana-2022.txt › meeting Kassym-Jomart Tokayev + Vladimir Putin is dated 2022-06-17": GAP.X2,
  "en-01-astana-2022.txt › meeting Kassym-Jomart Tokayev + Vladimir Putin is placed in Saint Petersburg": GAP.X2,
  "en-02-baku-2018.txt › meeting Ilham Aliyev + Shavkat Mirziyoyev is dated 2018-03-28": GAP.X3,
  "en-02-baku-2018.txt › agreement Ilham Aliyev + Shavkat Mirziyoyev": GAP.X2,
  "en-03-vienna-2019.txt › finds the organisation OSCE Minsk Group": GAP.X6,
  "en-04-brussels-2014.txt › meeting Iurie Leancă + Angela Merkel is dated 2014-06-27": GAP.X3,
  "en-07-paris-2019.txt › meeting Vladimir Putin + Emmanuel Macron": GAP.X4,
  "en-07-paris-2019.txt › meeting Vladimir Putin + Angela Merkel": GAP.X4,
  "en-07-paris-2019.txt › meeting Volodymyr Zelensky + Emmanuel Macron": GAP.X4,
  "en-07-paris-2019.txt › meeting Volodymyr Zelensky + Angela Merkel": GAP.X4,
  "en-07-paris-2019.txt › agreement Vladimir Putin + Volodymyr Zelensky": GAP.X2,
  "en-08-skopje-2017.txt › meeting Boyko Borisov + Zoran Zaev is dated 2017-06-20": GAP.X4,
  "en-08-skopje-2017.txt › meeting Boyko Borisov + Zoran Zaev is placed in Sofia": GAP.X4,
};

articleSuite({ dir: join(import.meta.dirname, "eurasia"), name: "eurasia suite", artifact: "extraction-eurasia.json", knownGaps: KNOWN_GAPS });
