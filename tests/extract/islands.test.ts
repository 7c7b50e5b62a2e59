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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;
void GAP;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "islands"), name: "islands suite", artifact: "extraction-islands.json", knownGaps: KNOWN_GAPS });
