// The broadsheets suite: 10 short English articles written for these tests (tests/extract/broadsheets), retelling
// real diplomatic events of 1970–1999 as the English-language newspapers and wires of the time wrote them (The New
// York Times, The Times of London, The Guardian, AP, Reuters): Sadat in Jerusalem and before the Knesset (1977), the
// Camp David accords signed at the White House with Carter as witness (1978), the Simla Agreement of Indira Gandhi and
// Bhutto (1972), the Algiers accord of the Shah and Saddam Hussein at the OPEC summit under Boumediene (1975), the
// Helsinki Final Act and the meetings on its margin (1975), Reagan and Gorbachev's first day in Geneva (1985), the
// Lancaster House agreement on Rhodesia (1979), Nixon received by Mao in Peking (1972), Mandela's release and his
// talks with de Klerk (1990), and the Good Friday Agreement signed by Blair and Ahern at Stormont (1998).
// The styles of the time: honorific-only later references ("Mr. Sadat", "Mrs. Gandhi", "Mr Callaghan"-style "Mr
// Mugabe" without a full stop, "the Soviet leader", "the Premier"), middle initials ("Cyrus R. Vance", "Aleksei N.
// Kosygin", "George P. Shultz"), spellings of the time ("Mao Tse-tung", "Chou En-lai", "Peking", "Hangchow", "Simla",
// "Shah Mohammed Riza Pahlevi", "Constantine Caramanlis", "Suleyman Demirel"), wire datelines ("ALGIERS, March 6 (AP)
// —"), NYT datelines a day before the paper ("today" is the dateline's day), a London paper with no dateline
// ("yesterday afternoon"), "Mr. Hussein" for Saddam Hussein.
// Traps: days told relative to the dateline ("last night", "on Wednesday", "yesterday", "a day after", "Thursday
// night", "on October 13 last year"), background meetings of other years and months ("in Morocco in September",
// "at Tashkent in January, 1966", "last July", "on Dec. 13"), people only quoted or mentioned (Carter, Barzani, al-Bakr,
// Thatcher, Ian Smith, Mowlam, Hume, Speakes, Bush), planned meetings (Vance and King Hussein, the two foreign
// ministers in Tehran, Mandela and Tambo, a visit "no date has been set"), phone calls (Clinton on the night of the
// Good Friday talks), a witness who signs (Carter), officials present at a signing, a resigned minister who did not
// attend, a communique only to be issued, a pair seen "separately", a pledge with no document signed.
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

articleSuite({ dir: join(import.meta.dirname, "broadsheets"), name: "broadsheets suite", artifact: "extraction-broadsheets.json", knownGaps: KNOWN_GAPS });
