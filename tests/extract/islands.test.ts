// The islands suite: 10 short English news articles written for these tests (tests/extract/islands), retelling real
// diplomatic events of 2015–2024 in the Pacific, the Caribbean and the Indian Ocean as the regions' own English-language
// press writes them (RNZ Pacific, the Fiji Sun, the Government Information Service of Mauritius, Sun Online of the
// Maldives, the Seychelles Nation, the Jamaica Gleaner, CMC, the PNG Post-Courier, the Samoa Observer): Wang Yi's
// talks in Honiara after the China–Solomon Islands security pact, with Seselja's and Campbell's visits before it
// (2022); the Fiji–Australia Vuvale Partnership signed in Canberra, with Morrison's Suva visit and the Funafuti Forum
// (2019); the UK–Mauritius political agreement on the Chagos announced in a joint statement (2024); Solih's state
// visit to New Delhi, Shahid's talks with Swaraj and Modi at Solih's swearing-in in Malé (2018); Danny Faure and Modi
// on Assumption Island, the revised agreement signed by Jaishankar and Barry Faure, Modi's 2015 visit to Michel
// (2018); Pompeo in Kingston with Holness and Caribbean foreign ministers, Rowley's and Mottley's objections (2020);
// the Argyle Declaration of Ali and Maduro facilitated by Gonsalves and Skerrit, Amorim observing (2023); Modi's FIPIC
// summit with Marape in Port Moresby and the PNG–US defence agreement signed by Blinken and Win Bakri Daki, Biden's
// cancelled visit (2023); CHOGM in Samoa, King Charles received by the Head of State and Fiame, Botchwey chosen
// (2024); the Boe Declaration at the Forum retreat in Nauru, Payne and Peters standing in, the Chinese envoy's walk-out
// (2018).
// Traps: names the lexicon may not know (Zed Seselja, Matthew Wale, Olivier Bancoult, Win Bakri Daki, Sir Bob Dadae,
// Joseph Lelang, Du Qiwen, Ibrahim Ameer, Fayyaz Ismail) and Pacific honorifics and styles ('Hon.', 'Dr', 'Sir',
// 'Grand Chief Sir', 'His Highness', 'Afioga', 'Baroness', 'Pravind Kumar Jugnauth', 'Voreqe Bainimarama'), a namesake
// (Barry Faure beside President Danny Faure), 'the PM', 'the Prime Minister', 'the President' and 'Foreign Minister'
// without a name, place names no lexicon knows (Argyle, Moata'a, Faleolo, Hyderabad House, APEC Haus), dates as
// '17th December 2018', 'on 26th November', 'last Thursday', 'yesterday', 'on Sunday night', datelines in capitals
// with the outlet ('HONIARA, 27 May 2022 (RNZ Pacific) –', 'KINGSTOWN, St Vincent, Dec 15, CMC –', 'APIA, 27 OCTOBER
// 2024 –'), a joint statement that is no meeting, witnesses of a signing, planned and cancelled visits and calls,
// people only quoted, background meetings of other months and years with their own dates, group meetings (a Forum
// retreat, a summit, a session with foreign ministers).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.922 R 0.937, met pairs P 1 R 0.435, agreements P 0.778 R 0.667, orgs R 0.857
// (55 of 289 expectations failing). After the fixes of the same branch (a written-out middle name, 'Pravind Kumar
// Jugnauth', read as the lexicon's two-word name; an acronym in capitals, 'CELAC', is no person's short form; a short
// form before another person's surname read alone is a namesake's given name, 'Barry Faure'; a given name that is a
// dictionary word before an unknown surname, 'Zed Seselja'; the Pacific styles Ratu, Afioga, Susuga, Grand Chief;
// a concessive clause ', despite …' is a clause of its own and a meeting told there lends no signers; a free relative
// 'what was signed' is no agreement; facilitators, mediators and observers in the passive or with 'attended as an
// observer', and 'also took part', join the meeting just reported): people P 1 R 1, met pairs P 1 R 0.717,
// agreements P 1 R 0.778, orgs R 1 (30 known gaps; 29 ledger keys). Gap-fixing branch gapfix5, by mechanism (from the
// same figures): a monarch's word of two regnal offices is the narrower ('Queen Camilla' holds no king's office, so 'The
// King' is Charles III); a bare title several people hold is the one named before it ('… and the Prime Minister');
// a title reference joined by 'and' to a named side is a side ('The King and Queen Camilla … were greeted by the Head
// of State, X, and the Prime Minister'): people P 1 R 1, met pairs P 1 R 0.826, agreements P 1 R 0.778, orgs R 1
// (21 ledger keys).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  I1: "dates: a month-only date ('in Funafuti, Tuvalu, in August', 'during Mr Modi's visit to Seychelles in March 2015, when he held talks with …') is read by pass 4 and kept on the report, but a derived meeting keeps day-precision dates only (src/resolve/coref.ts meetingOf; the communiqués suite's GAP.M4 too), so the meeting has no date",
  I2: "references: an opening 'by His Majesty King Charles III, with the chair, Prime Minister Fiame, at his side' is no meeting word, so the King's meeting with Fiame on the Friday of the opening is not read (their meeting of the Wednesday, 'were greeted by the Head of State, X, and the Prime Minister', is)",
  I3: "group meetings by representation: in 'Australia was represented by Foreign Minister X, …, while New Zealand's Deputy Prime Minister Y stood in for Z' after 'the leaders' retreat chaired by W', X now joins the retreat (branch fixen) but Y, who 'stood in for' Z, does not (representing one's country at a gathering is attending it)",
  I4: "signings: 'The revised agreement … was signed in Victoria in January by A and B, replacing the original agreement concluded during Mr Modi's visit …' makes no meeting of the two signers (the passive signing by two people, with a second agreement and a visit in the same sentence)",
  I5: "places: 'at Jamaica House' (the Prime Minister's office in Kingston) is read as the country Jamaica, not a building in the dateline-less article's city; 'at State House' during 'Mr Modi's visit to Seychelles' is a site no place contains (the visit's destination is not its place)",
  I6: "dates: a meeting made from 'a session hosted by Minister X' after 'The secretary of state later met …' does not take the day just told ('later'); 'In the afternoon, A and B signed …' takes no day (a day part alone; the last day named before it is another one: 'on Sunday night')",
  I7: "agreements: 'the two leaders witnessed the exchange of four agreements between the Maldives and India' (an exchange of signed documents) and 'Forum leaders have endorsed the Boe Declaration … at their retreat' (a declaration endorsed by a gathering) are not read as agreements",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-02-canberra-2019.txt › meeting Frank Bainimarama + Scott Morrison + Enele Sopoaga is dated 2019-08": GAP.I1,
  "en-04-new-delhi-2018.txt › agreement Maldives + India": GAP.I7,
  "en-05-victoria-2018.txt › meeting Narendra Modi + James Michel is dated 2015-03": GAP.I1,
  "en-05-victoria-2018.txt › meeting Narendra Modi + James Michel is placed in Seychelles": GAP.I5,
  "en-05-victoria-2018.txt › meeting S. Jaishankar + Barry Faure": GAP.I4,
  "en-05-victoria-2018.txt › meeting S. Jaishankar + Barry Faure is dated 2018-01": GAP.I4,
  "en-05-victoria-2018.txt › meeting S. Jaishankar + Barry Faure is placed in Victoria": GAP.I4,
  "en-06-kingston-2020.txt › meeting Mike Pompeo + Andrew Holness is placed in Kingston": GAP.I5,
  "en-06-kingston-2020.txt › meeting Mike Pompeo + Kamina Johnson Smith is dated 2020-01-22": GAP.I6,
  "en-08-port-moresby-2023.txt › meeting Antony Blinken + Win Bakri Daki + James Marape is dated 2023-05-22": GAP.I6,
  "en-09-apia-2024.txt › meeting Charles III + Fiamē Naomi Mataʻafa is dated 2024-10-25": GAP.I2,
  "en-10-yaren-2018.txt › agreement Baron Waqa + Enele Sopoaga": GAP.I7,
  "en-10-yaren-2018.txt › meeting Baron Waqa + Winston Peters": GAP.I3,
  "en-10-yaren-2018.txt › meeting Marise Payne + Winston Peters": GAP.I3,
  "en-10-yaren-2018.txt › meeting Winston Peters + Enele Sopoaga": GAP.I3,
  "en-10-yaren-2018.txt › meeting Winston Peters + Tuilaepa Sailele Malielegaoi": GAP.I3,
};

articleSuite({ dir: join(import.meta.dirname, "islands"), name: "islands suite", artifact: "extraction-islands.json", knownGaps: KNOWN_GAPS });
