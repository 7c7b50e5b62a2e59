// The balkans suite: 10 short English news articles written for these tests (tests/extract/balkans), retelling real
// diplomatic meetings and agreements of 1992–2024 in Central and Eastern Europe, the Balkans and the Baltic and Nordic
// states, in the English of those countries' own agencies and papers (Tanjug, Hina, BTA, CTK, PAP, TASR, BNS, Yle,
// Kathimerini English, Balkan Insight): Xi Jinping with Vucic at the Palace of Serbia (May 2024; the joint statement;
// Nikolic and Vucic in June 2016; Macron in Paris; Orban only scheduled), Kosor and Pahor signing the border
// arbitration agreement in Stockholm before Reinfeldt (November 2009; Trakoscan Castle and Ljubljana in background,
// Mesic, Jandrokovic, Jansa and Rehn only quoted), Petkov with Kovachevski in Skopje (January 2022; a phone call the
// day before, Radev quoted, the 2017 treaty of Borissov and Zaev), the Czech-German Declaration signed by Klaus, Kohl,
// Zieleniec and Kinkel (January 1997; Havel at Prague Castle, the 1992 treaty; two "Klaus"), Obama with Duda, Tusk and
// Juncker at the Warsaw NATO summit (July 2016; the EU-NATO declaration with Stoltenberg; Komorowski and Walesa in
// 2014), the EU-27 summit at Bratislava Castle (September 2016; Ventotene in background, May only by telephone,
// Sefcovic quoted), Erdogan, Kristersson and Stoltenberg in Vilnius (July 2023; a phone call with Biden, Biden and
// Nauseda only scheduled, the Madrid memorandum), Biden with Niinistö and the Nordic prime ministers in Helsinki (July
// 2023; the White House in May 2022; the namesake Ville Niinistö), Erdogan with Mitsotakis and Sakellaropoulou in
// Athens (December 2023; Vilnius in July, Gerapetritis and Fidan in Ankara, Pavlopoulos in 2017, the namesake
// Konstantinos Mitsotakis), and the Brussels agreement initialled by Dačić and Thaçi with Ashton (April 2013; the
// rounds of October 2012 and April 2; Nikolić, Pantić and Djukanovic only quoted).
// Traps: datelines "CITY, Mon D (Agency) -", names with and without diacritics (Vucic / Vučić, Djukanovic / Đukanović,
// Nauseda, Borissov / Borisov, Kovachevski / Kovačevski), heads of state beside heads of government, weekday and
// "last year" dates against the dateline's, palaces and castles as venues, phone calls, scheduled meetings, people
// only quoted, namesakes, and documents only to be ratified or debated.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 1 R 0.987, met pairs P 0.937 R 0.686, agreements P 0.75 R 0.833, orgs R 0.6
// (53 of 357 expectations failing). No expectation was changed.
// Fixes of this branch (general mechanisms, each with its unit test under tests/extract/passes): the English adjective
// "then" before a title ("together with Sweden's then prime minister B") is no word of sequence (_then-adjective,
// _distributed-days; 05-events.balkans), the day of a clause after ", a day after" is no object's day
// (_distributed-days), a comitative "together with" of a signing names co-signers (_signings), a contact "before the
// ceremony" is no gesture at it (_ceremony), a day in the possessive ("Thursday's visit") dates its noun, not the
// clause (_event-facts), and "welcomed A, who chaired the meeting, and B" is one meeting (_event-parts.describesObject)
// (all 05-events.balkans); the name right after "his Kosovo counterpart" holds the office, so "the two prime
// ministers" later are the two (03-references; 03-references.counterpart-office); "Nato" in the British case is the
// body (_candidates.titleCaseAcronym; 01-entities.title-case-acronyms); an English short form named in full elsewhere
// signs ("Tusk and Juncker also signed", 07-agreements; 07-agreements.full-named-short); the day of a relative clause
// about a document starts there though its comma closes it ("…, which A and B signed in Skopje on August 1, 2017",
// _event-facts); "Boyko Borissov" is Boyko Borisov (people-europe.json; 05-events.then-prime-ministers). One gap of
// the peninsula suite was fixed on the way.
// Final: people P 1 R 1, met pairs P 0.969 R 0.733, agreements P 0.833 R 1, orgs R 0.8 (39 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  K1: "dates: a month-only date of a background meeting ('in June 2016', 'in November last year', 'in July', 'in December 2017') is not given to the derived meeting (src/resolve/coref.ts dates meetings by a day only; the same gap as B4 and P4 of other suites)",
  K2: "events: two meetings of one sentence ('first discussed the dispute at Trakoscan Castle … on July 31, and made a breakthrough at their meeting in Ljubljana on September 11') are one, at Trakoscan on September 11",
  K4: "dates: the day of a secondary meeting is lost: 'who held a separate meeting with her counterpart' (the lead's 'on Tuesday' not carried, and Petkov put in it), 'who met Obama during that visit' (the 2014 visit just told), 'was first received by' (undated), 'The previous round, on April 2, ended without a deal' (no one named: no meeting)",
  K7: "events: the summit of 'Leaders of 27 EU member states … hosted by Fico' does not take the leaders named at it in later sentences ('After the summit, Merkel and Hollande held a joint press conference', 'Orban, who sat next to Fico during the talks'); the Ventotene meeting of August 22 ('The three leaders had met') is merged with the summit",
  K8: "events: people who joined a meeting are not added: 'Dačić was accompanied by A, and Thaçi by B' (not made a join: the mideast suite reads 'Erdoğan was accompanied by' ministers as no participants of the talks); 'a public clash with then president Pavlopoulos' during a visit is read as a visit, no meeting",
  K9: "places and organisations: the Bundestag is no organisation; Ventotene is no known place",
  K10: "places: the Athens article names Athens only in 'the Athens Declaration' (a Kathimerini report without dateline); the Maximos Mansion and the Presidential Mansion no lexicon holds are placed in Greece (the visit's country), not in Athens",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-belgrade-2024.txt › meeting Xi Jinping + Aleksandar Vučić is dated 2016-06": GAP.K1,
  "en-01-belgrade-2024.txt › meeting Xi Jinping + Tomislav Nikolić is dated 2016-06": GAP.K1,
  "en-02-stockholm-2009.txt › meeting Jadranka Kosor + Borut Pahor is dated 2009-07-31": GAP.K2,
  "en-02-stockholm-2009.txt › meeting Jadranka Kosor + Borut Pahor is placed in Ljubljana": GAP.K2,
  "en-03-skopje-2022.txt › meeting Teodora Genchovska + Bujar Osmani is dated 2022-01-18": GAP.K4,
  "en-04-prague-1997.txt › finds the organisation Bundestag": GAP.K9,
  "en-05-warsaw-2016.txt › meeting Barack Obama + Lech Wałęsa is dated 2014-06-03": GAP.K4,
  "en-06-bratislava-2016.txt › finds the place Ventotene": GAP.K9,
  "en-06-bratislava-2016.txt › meeting Angela Merkel + François Hollande + Matteo Renzi is dated 2016-08-22": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Angela Merkel + Viktor Orbán": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Donald Tusk + Angela Merkel": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Donald Tusk + François Hollande": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Donald Tusk + Matteo Renzi": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Donald Tusk + Viktor Orbán": GAP.K7,
  "en-06-bratislava-2016.txt › meeting François Hollande + Viktor Orbán": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Jean-Claude Juncker + Angela Merkel": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Jean-Claude Juncker + François Hollande": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Jean-Claude Juncker + Matteo Renzi": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Jean-Claude Juncker + Viktor Orbán": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Matteo Renzi + Viktor Orbán": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Robert Fico + Angela Merkel": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Robert Fico + François Hollande": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Robert Fico + Matteo Renzi": GAP.K7,
  "en-06-bratislava-2016.txt › meeting Robert Fico + Viktor Orbán": GAP.K7,
  "en-07-vilnius-2023.txt › meeting Ulf Kristersson + Recep Tayyip Erdoğan is dated 2022-11": GAP.K1,
  "en-09-athens-2023.txt › meeting Katerina Sakellaropoulou + Recep Tayyip Erdoğan is dated 2023-12-07": GAP.K4,
  "en-09-athens-2023.txt › meeting Katerina Sakellaropoulou + Recep Tayyip Erdoğan is placed in Athens": GAP.K10,
  "en-09-athens-2023.txt › meeting Kyriakos Mitsotakis + Recep Tayyip Erdoğan is dated 2023-07": GAP.K1,
  "en-09-athens-2023.txt › meeting Kyriakos Mitsotakis + Recep Tayyip Erdoğan is placed in Athens": GAP.K10,
  "en-09-athens-2023.txt › meeting Recep Tayyip Erdoğan + Prokopis Pavlopoulos": GAP.K8,
  "en-09-athens-2023.txt › meeting Recep Tayyip Erdoğan + Prokopis Pavlopoulos is dated 2017-12": GAP.K1,
  "en-10-brussels-2013.txt › meeting Aleksandar Vučić + Edita Tahiri": GAP.K8,
  "en-10-brussels-2013.txt › meeting Catherine Ashton + Aleksandar Vučić": GAP.K8,
  "en-10-brussels-2013.txt › meeting Catherine Ashton + Edita Tahiri": GAP.K8,
  "en-10-brussels-2013.txt › meeting Hashim Thaçi + Aleksandar Vučić": GAP.K8,
  "en-10-brussels-2013.txt › meeting Hashim Thaçi + Edita Tahiri": GAP.K8,
  "en-10-brussels-2013.txt › meeting Ivica Dačić + Aleksandar Vučić": GAP.K8,
  "en-10-brussels-2013.txt › meeting Ivica Dačić + Edita Tahiri": GAP.K8,
  "en-10-brussels-2013.txt › meeting Ivica Dačić + Hashim Thaçi + Catherine Ashton is dated 2013-04-02": GAP.K4,
};

articleSuite({ dir: join(import.meta.dirname, "balkans"), name: "balkans suite", artifact: "extraction-balkans.json", knownGaps: KNOWN_GAPS });
