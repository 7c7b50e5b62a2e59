// The columns suite: 10 short English articles written for these tests (tests/extract/columns), in the styles of
// national papers of smaller countries and of government readouts the other suites barely use (The Hindu, Dawn, the
// Jamaica Gleaner with a CMC dateline, The Tico Times, The Namibian, Asia-Plus, Hürriyet Daily News, ERR News, the
// Buenos Aires Herald, a State Department readout), on real events of 2011–2023 in regions the other suites leave
// out: the Himalaya (Modi in Bhutan, 2014), cricket diplomacy (Gilani and Manmohan Singh at Mohali, 2011, beside
// interior secretaries' talks), the Caribbean (the Argyle declaration of Guyana and Venezuela, St Vincent 2023),
// Central America (Honduras switches from Taipei to Beijing, 2023), Southern Africa (the Germany–Namibia genocide
// declaration, initialled in 2021, not yet signed), Central Asia (Mirziyoyev in Dushanbe, 2018), Scandinavia and
// Türkiye (Sweden's NATO bid at Vilnius, 2023, with the Madrid memorandum of 2022 in background), Baltic coalition
// politics (Estonia's three-party deal, 2016, a suspended mayor of Tallinn), a central bank swap (Argentina–China,
// 2014) and the Pacific islands (Blinken in Fiji, 2022, after the Quad in Melbourne).
// Traps: people named by title and surname ("Prime Minister Gonsalves", "Mr. Modi", "Dr Singh"), spellings the
// lexicon lacks ("Yousuf", "Kamilov", "Aslov"), people only quoted, a spokesperson, phone calls, a virtual meeting,
// planned meetings and visits, a host and mediators in the room, relative dates ("on Sunday", "yesterday", "earlier
// this month", "the previous day", "last April"), an undated past meeting, agreements signed, initialled, agreed
// or only discussed, places and monuments named after people (Ismoil Somoni), parties and central banks.
//
// The expectations were written from the texts before the extractor was run on them (committed with an empty
// ledger). The format of FILE.expected.json and how it is scored: tests/extract/_suite.ts.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  C2: "the day of the lead ('Honduras established relations with China on Sunday') is not carried to the signing told in the next sentence with no day of its own",
  C3: "a venue no lexicon holds and no town named with it ('at the Casa Rosada'): the meeting takes a place of another phrase of its clause ('dams in Santa Cruz province')",
  C4: "'the previous day' is not read: the last date before it is a 'yesterday' of another clause ('the strategy released yesterday'), so its base needs the narrative's frame, not the last date named",
  C5: "an organisation's short form inside a compound name ('the fourth Quad Foreign Ministers' Meeting') is not read as the body (Quadrilateral Security Dialogue)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-04-beijing-2023.txt › meeting Eduardo Enrique Reina + Qin Gang is dated 2023-03-26": GAP.C2,
  "en-09-buenosaires-2014.txt › meeting Xi Jinping + Cristina Fernández de Kirchner is placed in Buenos Aires": GAP.C3,
  "en-10-nadi-2022.txt › meeting Antony Blinken + Marise Payne + S. Jaishankar + Yoshimasa Hayashi is dated 2022-02-11": GAP.C4,
  "en-10-nadi-2022.txt › finds the organisation Quadrilateral Security Dialogue": GAP.C5,
};

articleSuite({ dir: join(import.meta.dirname, "columns"), name: "columns suite", artifact: "extraction-columns.json", knownGaps: KNOWN_GAPS });
