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
// First run (before any fix): people P 0.977 R 0.935, met pairs P 0.948 R 0.579, agreements P 0.6 R 0.636, orgs R 0.611
// (106 of 411 expectations failing). After the fixes of the same branch (a signing after "On the eve of the summit," is
// held, only the eve phrase's own event noun is not; "former"/"ex-"/"then" before a title makes its holder no
// antecedent of the bare title, so GOV.UK's "The Prime Minister" is no longer the former one quoted; a meeting told
// as "last met" is not merged with the story's undated one; "put their initials on" is an initialling; a held
// contact "in December" told in February is last December): people P 0.977 R 0.935, met pairs P 0.975 R 0.832,
// agreements P 0.8 R 0.727, orgs R 0.611 (75 failing, 73 ledger keys). Gap-fixing branch gapfix5, by mechanism (from
// the same figures, 73 ledger keys): two mentions read apart on either side of a middle initial are one lexicon name
// with its generational suffix ('Lloyd J. Austin III'); an intergovernmental body's two-capital acronym is read ('the
// EU', 'UN mediator'); a city that is a given name right after a title is the name's ('Governor-General Mary Simon'),
// and Governor-General is one title; a given name of the lists before the surname of a person named in full is a
// namesake's ('First Lady Jill Biden', 'Sophie Grégoire Trudeau'), 'Lady' and 'First Lady' are styles: people P 1
// R 0.978, met pairs P 0.988 R 0.853, agreements P 1 R 0.818, orgs R 0.778 (58 ledger keys).
// Gap fixer of 2026-12-07 (branch fixen, 'joined A and B for a dinner' is a meeting, _joined-for.ts): met pairs P 0.988
// R 0.853 → P 0.988 R 0.884, agreements P 1 R 0.818 (57 → 54 known gaps). Second round (an English subject pronoun
// coordinated with a person named right after 'and', 'He and First Lady X later joined …', is a side, _subjects; an
// undated meeting right after a sentence dated by its own words that names its people tells that day, so 'The two
// leaders met on Parliament Hill' after 'A and B announced on Friday' is not the dinner of Thursday, _lead-day):
// met pairs P 0.988 R 0.884 → P 0.989 R 0.905 (54 → 50 known gaps).
// Gap fixer of 2026-12-07, third round (branch fixen): ', who hosted the meeting' / ', who chaired the summit' puts its
// person at the meeting its noun names (_host-relatives): met pairs R 0.905 → 0.947 (49 → 45 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "a government's own chief named by the title alone: GOV.UK never names the Prime Minister ('The Prime Minister welcomed President Zelenskyy to Downing Street') nor the King ('His Majesty The King'); the lexicon's holder of the office that day is not put in the text's mouth (pass 3, by design), so Sunak and Charles III and their meetings are missed (since the branch's fix the title no longer falls to 'Former Prime Minister Boris Johnson')",
  X2: "the meetings of namesakes read since (Jill Biden, Sophie Grégoire Trudeau; the dinner 'He and First Lady Jill Biden later joined Mr. Trudeau and Sophie Grégoire Trudeau for' since the gap fixer of 2026-12-07, 'joined … for' a meal and the coordinated pronoun subject 'He and X'): 'Dr. Biden toured a youth centre with Ms. Grégoire Trudeau' (a namesake's surname after an honorific, 'Dr. Biden', is read as the President named in full)",
  X3: "events: 'the two leaders held their first bilateral meeting by video call …' and 'met in person at the White House … with Mexican President X' take the pair named last (Poilievre, a party 'Leader') rather than the story's two heads of government; 'accompanied by First Lady Olena Zelenska' joins no meeting; a second conjunct with its own day ('first discussed the deal in Davos on 24 January and met again in Sofia on 17 May'); background meetings told without their people ('The previous talks in this format took place in Milan on …', 'the first meeting was held in Normandy on …', 'the dialogue … began on October 19, 2012. The previous round, on April 2, …'); 'The two EU presidents had last met President Erdoğan … on 9 March 2020' (a pair reference with a qualifier); agreements: a deal two leaders 'announced' is no agreement read, nor the declaration the four leaders 'adopted'; the witnesses of a memorandum signed 'in the presence of' A, B and C are read as its parties",
  X4: "dates: the Kremlin's dateline on a line of its own ('February 12, 2015, Minsk') does not date the talks its story reports undated; a year alone ('hosted Ronald Reagan in Ottawa in 1981') dates the meeting nothing, its value the year's first day",
  X5: "places: a village or site the lexicon lacks (Psarades, Lulworth; the Mariinskyi Palace is not placed in Kyiv); a venue named only by its building ('to Downing Street', 'at Buckingham Palace', 'at the White House' in Ottawa's story) gives no city row; RFE/RL's 'BRUSSELS --' dateline loses to the title's country (Serbia); the second part 'and with Zelenskyy in Kyiv on February 8' takes the first part's Moscow; a second conjunct's place ('met again in Sofia') with its meeting (X3)",
  X6: "organisations: RTS, the Bundestag, the House of Commons and the Bucharest Nine are no lexicon organisations and no head noun reads them",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-washington-2021.txt › finds the place Washington": GAP.X5,
  "en-02-london-2023.txt › finds Charles III": GAP.X1,
  "en-02-london-2023.txt › finds Rishi Sunak": GAP.X1,
  "en-02-london-2023.txt › finds the place London": GAP.X5,
  "en-02-london-2023.txt › finds the place Lulworth": GAP.X5,
  "en-02-london-2023.txt › meeting Rishi Sunak + Volodymyr Zelenskyy": GAP.X1,
  "en-02-london-2023.txt › meeting Rishi Sunak + Volodymyr Zelenskyy is dated 2022-11-19": GAP.X1,
  "en-02-london-2023.txt › meeting Rishi Sunak + Volodymyr Zelenskyy is dated 2023-02-08": GAP.X1,
  "en-02-london-2023.txt › meeting Rishi Sunak + Volodymyr Zelenskyy is placed in Kyiv": GAP.X5,
  "en-02-london-2023.txt › meeting Rishi Sunak + Volodymyr Zelenskyy is placed in London": GAP.X5,
  "en-02-london-2023.txt › meeting Volodymyr Zelenskyy + Charles III": GAP.X1,
  "en-02-london-2023.txt › meeting Volodymyr Zelenskyy + Charles III is dated 2023-02-08": GAP.X1,
  "en-02-london-2023.txt › meeting Volodymyr Zelenskyy + Charles III is placed in London": GAP.X5,
  "en-03-ankara-2021.txt › meeting Charles Michel + Ursula von der Leyen + Recep Tayyip Erdoğan is dated 2020-03-09": GAP.X3,
  "en-03-ankara-2021.txt › meeting Charles Michel + Ursula von der Leyen + Recep Tayyip Erdoğan is placed in Brussels": GAP.X5,
  "en-04-minsk-2015.txt › finds the place Normandy": GAP.X5,
  "en-04-minsk-2015.txt › meeting Heidi Tagliavini + Leonid Kuchma + Mikhail Zurabov + Alexander Zakharchenko + Igor Plotnitsky is dated 2015-02-12": GAP.X4,
  "en-04-minsk-2015.txt › meeting Vladimir Putin + Angela Merkel + Francois Hollande + Petro Poroshenko + Alexander Lukashenko is dated 2015-02-12": GAP.X4,
  "en-04-minsk-2015.txt › meeting Vladimir Putin + Angela Merkel + Francois Hollande + Petro Poroshenko is dated 2014-06-06": GAP.X3,
  "en-04-minsk-2015.txt › meeting Vladimir Putin + Angela Merkel + Francois Hollande + Petro Poroshenko is dated 2014-10-17": GAP.X3,
  "en-04-minsk-2015.txt › meeting Vladimir Putin + Angela Merkel + Francois Hollande + Petro Poroshenko is placed in Milan": GAP.X5,
  "en-04-minsk-2015.txt › meeting Vladimir Putin + Angela Merkel + Francois Hollande + Petro Poroshenko is placed in Normandy": GAP.X5,
  "en-05-brussels-2013.txt › finds the organisation RTS": GAP.X6,
  "en-05-brussels-2013.txt › meeting Catherine Ashton + Ivica Dacic + Hashim Thaci is placed in Brussels": GAP.X5,
  "en-05-brussels-2013.txt › meeting Ivica Dacic + Hashim Thaci is dated 2012-10-19": GAP.X3,
  "en-05-brussels-2013.txt › meeting Ivica Dacic + Hashim Thaci is dated 2013-04-02": GAP.X3,
  "en-06-kyiv-2023.txt › finds the organisation Bucharest Nine": GAP.X6,
  "en-06-kyiv-2023.txt › meeting Joe Biden + Olena Zelenska": GAP.X3,
  "en-06-kyiv-2023.txt › meeting Joe Biden + Volodymyr Zelensky + Olena Zelenska is placed in Kyiv": GAP.X5,
  "en-06-kyiv-2023.txt › meeting Volodymyr Zelensky + Olena Zelenska": GAP.X3,
  "en-07-moscow-2022.txt › finds the organisation Bundestag": GAP.X6,
  "en-07-moscow-2022.txt › meeting Emmanuel Macron + Volodymyr Zelenskyy is placed in Kyiv": GAP.X5,
  "en-08-madrid-2022.txt › no agreement Jens Stoltenberg + Mevlüt Çavuşoğlu": GAP.X3,
  "en-09-ottawa-2023.txt › agreement Justin Trudeau + Joe Biden": GAP.X3,
  "en-09-ottawa-2023.txt › finds the organisation House of Commons": GAP.X6,
  "en-09-ottawa-2023.txt › finds the place Washington": GAP.X5,
  "en-09-ottawa-2023.txt › meeting Jill Biden + Sophie Grégoire Trudeau is dated 2023-03-24": GAP.X2,
  "en-09-ottawa-2023.txt › meeting Justin Trudeau + Andrés Manuel López Obrador": GAP.X3,
  "en-09-ottawa-2023.txt › meeting Justin Trudeau + Joe Biden + Andrés Manuel López Obrador is dated 2021-11-18": GAP.X3,
  "en-09-ottawa-2023.txt › meeting Justin Trudeau + Joe Biden + Andrés Manuel López Obrador is placed in Washington": GAP.X5,
  "en-09-ottawa-2023.txt › meeting Pierre Trudeau + Ronald Reagan is dated 1981": GAP.X4,
  "en-10-prespa-2018.txt › finds the place Psarades": GAP.X5,
  "en-10-prespa-2018.txt › meeting Alexis Tsipras + Zoran Zaev is dated 2018-05-17": GAP.X3,
  "en-10-prespa-2018.txt › meeting Alexis Tsipras + Zoran Zaev is placed in Sofia": GAP.X5,
  "en-10-prespa-2018.txt › meeting Nikos Kotzias + Nikola Dimitrov + Alexis Tsipras + Zoran Zaev + Matthew Nimetz + Federica Mogherini + Johannes Hahn is placed in Psarades": GAP.X5,
};

articleSuite({ dir: join(import.meta.dirname, "chancelleries"), name: "chancelleries suite", artifact: "extraction-chancelleries.json", knownGaps: KNOWN_GAPS });
