// The correspondents suite: 10 short English articles written for these tests (tests/extract/correspondents),
// retelling real events of 1983–2015 from the Global South as its own English-language press and agencies write
// them (PTI, Dawn, The Daily Star, Antara, the Philippine Daily Inquirer, Bernama, the Daily Nation, NAN, SABC, the
// Buenos Aires Herald): Indira Gandhi taking the Non-Aligned chair from Castro and meeting Zia-ul-Haq in New Delhi
// (1983), Rajiv Gandhi in Islamabad for the SAARC summit and the non-attack agreement signed before him and Benazir
// Bhutto (1988), the Land Boundary Agreement's instruments exchanged in Dhaka before Hasina, Modi and Mamata Banerjee
// (2015), Xi and Abe on the sidelines of the Asian-African Conference in Jakarta (2015), the Bangsamoro agreement
// signed at Malacañang before Aquino, Murad and Najib (2014), Obama's visit to Putrajaya and the Comprehensive
// Partnership (2014), Sudan's Comprehensive Peace Agreement signed in Nairobi before witnesses (2005), Clinton
// received by Obasanjo in Abuja (2000), Zimbabwe's Global Political Agreement signed in Harare (2008), and the
// Iguazú Declaration of Alfonsín and Sarney (1985).
// Traps: honorifics and long titles before names ("Mohtarma", "Datuk Seri … Tun", "Alhaji", "Chief", "Bangabandhu",
// "Al Haj", "Lt-Gen (Rtd)", "Tengku Dato'", "Cdr", "Dr", "Mrs", "Gen."), single names (Jokowi, Sukarno), Spanish and
// Portuguese names, "paid a courtesy call on", "called on", "held a tete-a-tete", "four-eyed meeting",
// "delegation-level talks", "inked", "the visiting dignitary", "the two leaders", "the two principals", exchanges of
// instruments before leaders who look on, witnesses who sign, people only quoted, a reader's-knowledge city (a Dhaka
// paper without dateline), weekdays and "yesterday" against the paper's date, background meetings and agreements of
// other years with their own dates, planned, scheduled, postponed and cancelled visits, a leader who "stayed away",
// places named after people (the Tancredo Neves bridge, Hazrat Shahjalal airport) and a protocol named after a town.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

void GAP;
articleSuite({ dir: join(import.meta.dirname, "correspondents"), name: "correspondents suite", artifact: "extraction-correspondents.json", knownGaps: KNOWN_GAPS });
