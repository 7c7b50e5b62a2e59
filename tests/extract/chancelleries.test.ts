// The chancelleries suite: 10 short English news articles written for these tests (tests/extract/chancelleries),
// retelling real diplomatic events of 2013–2023 in Europe and North America as the governments and press of those
// regions write them: a White House readout of Biden's meeting with Zelenskyy, postponed for the Afghanistan
// evacuation, with the Austin–Taran defence framework signed the day before (2021); a GOV.UK press release of Sunak
// welcoming Zelenskyy to Downing Street, the King at Buckingham Palace and the Paris dinner to come (2023); a European
// Council press release of Michel and von der Leyen in Ankara with Erdoğan (2021); the Kremlin's English site on the
// Normandy-format talks in Minsk and the Package of Measures signed by the Contact Group (2015); RFE/RL on the
// Dačić–Thaçi agreement initialled in Brussels under Ashton (2013); the Kyiv Independent on Biden's unannounced visit to
// Kyiv (2023); DW English on Scholz's talks with Putin in Moscow (2022); Politico Europe on the Turkey–Finland–Sweden
// memorandum signed on the eve of the NATO summit in Madrid (2022); The Globe and Mail on Biden's visit to Ottawa
// (2023); Euronews on the Prespa agreement signed at Psarades (2018).
// Traps: readouts naming people by title only ("the leaders", "the two Presidents", "the three presidents", "the two
// EU presidents"), phone calls and a videoconference, "spoke with", joint press conferences, a trilateral meeting and a
// memorandum signed before witnesses, a memorandum only to be signed later, a deal initialled and still to be approved,
// planned, postponed and refused visits and meetings, background meetings of other years with their own dates, people
// only quoted, namesakes (Jill Biden and Joe Biden, Sophie Grégoire Trudeau, Justin and Pierre Trudeau, the Klitschko
// brothers), honorifics of the Globe ("Mr.", "Dr.", "Ms."), British and American date formats ("today (Wednesday 8
// February)", "on 19 March 2021", "Feb. 20", "April 19", "on Tuesday").
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

articleSuite({ dir: join(import.meta.dirname, "chancelleries"), name: "chancelleries suite", artifact: "extraction-chancelleries.json", knownGaps: KNOWN_GAPS });
