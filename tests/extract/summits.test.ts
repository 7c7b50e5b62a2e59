// The summits suite: 10 short English news articles written for these tests (tests/extract/summits), retelling real
// multilateral summits of 1999–2023 and the bilateral meetings on their sidelines, in the English styles of host
// governments and agencies: Xinhua (Jiang Zemin and Clinton at APEC in Auckland, 1999), The Hindu (Manmohan Singh and
// Musharraf at the NAM summit in Havana, 2006), the Kremlin's English readouts (Putin and Xi in Shanghai, the gas
// contract signed before them and the CICA summit, 2014), Agência Brasil in English (the BRICS summit in Fortaleza,
// 2014), Bernama (the ASEAN and East Asia summits in Kuala Lumpur, 2015), Anadolu Agency (the OIC extraordinary summit
// on Jerusalem in Istanbul, 2017), India's MEA readouts (JAI, RIC and BRICS meetings at the G20 in Osaka, 2019), an
// African Union press release (the 33rd AU Assembly in Addis Ababa, 2020), ANTARA (the G20 in Bali, 2022) and the South
// African Presidency's media statements (the XV BRICS summit in Johannesburg, 2023).
// Traps: group meetings (trilaterals, a plenary whose participants are listed, a family photo; every pair of a listed
// group met, attending the same summit unlisted is no meeting), bilateral meetings on the sidelines with their own days
// (weekdays, "Monday (14)", "On his arrival … on 27 June"), leaders who skipped a summit and sent a deputy, a leader
// taking part by video link, a host who "received" or "welcomed" arriving leaders, declarations adopted by all vs.
// agreements signed between governments or companies in the presence of leaders, a rotating chair handed over, titles
// without names ("the Chinese premier, Li Keqiang", "a minister of state", "the Jordanian king"), background meetings of
// other years, phone calls, planned meetings, honorifics (H.E., Shri, Datuk Seri, Dr., Gen.), and people only quoted.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.962 R 1, met pairs P 0.867 R 0.406, agreements P 0.625 R 0.538, orgs R 1 (101
// of 346 expectations failing). After the fixes of this branch (a declaration or communiqué "was adopted … by A, B and
// C" is signed by them together, _cue-readings' English passive, cues.json signing/documentNoun; a readout's bare own title, "Prime Minister
// also held …", is the holder the lead named with no country, _honorific-refs.bareOwnTitle; a bare title's other side
// "with H.E. Mr. A and H.E. Mr. B", _mentions.actorsIn): people P 0.962 R 1, met pairs P 0.9 R 0.563, agreements
// P 0.778 R 0.769, orgs R 1 (70 known gaps).
// With the general fixes merged the same day: met pairs P 0.855 R 0.677 (55 known gaps). Branch gapfix4 (an event word in
// an appositive of the subject, 'X, the term president of the OIC summit, welcomed …', is no part of its own; 'trilateral
// / tripartite / informal meeting'; no venue after 'since'; the subject of 'participated' / 'attended' is at the
// meeting; 'handed over the ASEAN chairmanship to'): met pairs P 0.88 R 0.76, agreements P 0.778 R 0.769 (45 known gaps).
// Gap fixer of 2026-12-07 (branch fixen: ', while' before a clause with a contact of its own is a clause of its own, so
// 'was represented by Y, while Z participated virtually' joins Y; 'was represented at the … by'; a state that 'sent' its
// delegate, _sent-delegate; 'in the presence of the two heads of state' seats the pair at the signing): met pairs P 0.936
// R 0.76 → P 0.946 R 0.906, agreements P 0.778 R 0.769 (44 → 29 known gaps).
// Persian gap fixer, second round (branch fixfa): a meeting told beside a summit's noun in a sentence of no place is
// where that summit was told to be (_summit-place): Biden and Xi's Nusa Dua meeting is in Bali (29 → 28 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "people: words read as people that are none — a resort no lexicon knows, 'Nusa Dua' ('at a hotel in Nusa Dua', the dateline 'Nusa Dua, Bali (ANTARA)'), which then stands in meetings for 'the two leaders' and takes Bali's place, and, read as a person in the lead's first part ('Nusa Dua, Bali (ANTARA) - The G20 Leaders' Summit in Bali concluded …, after X handed over the G20 presidency to Y'), splits the handover from the summit's 'in Bali' (it was placed there only through the summit word's meeting with 'Nusa Dua' before the handover phrase took the body's name); a ministry's portfolio, 'International Relations' ('Minister of International Relations and Cooperation Dr Naledi Pandor')",
  X2: "group meetings and the people at them: the AU release's group ('a chair's handover at the opening of the Session', read as a meeting since the handover fix of the same day) takes no place; a host who 'welcomed A, B, C, D and E at the venue before the family photo' (the group, with its host since the appositive fix, 'Erdogan, the term president of the OIC summit, welcomed …', is dated by the sentence before's 'its Dec. 6 decision' beside 'the summit' and so merged with the next paragraph's Ankara talks 'on that same day'); an informal BRICS meeting 'chaired by X and attended by Y besides the RIC leaders' (the RIC leaders it adds, told in the sentence before, are not joined to it); a minister 'who attended the meeting' in a relative clause",
  X3: "references and events: 'The two leaders met for over an hour at the Palacio de Convenciones' after an agreement sentence (the pair's 2006 meeting is not made, only the 2005 one); 'Hugo Chávez, who visited the ailing Fidel Castro in hospital' (a visit in a relative clause; meanwhile Raúl Castro 'presided … and received the arriving heads of delegation' is read as meeting his brother); a rotating chair 'handed over the ASEAN chairmanship to Laos Prime Minister X' (a meeting since the handover phrase takes the body's name) is not dated by the 'later' after the sentence before's 'today'; 'Jokowi received the two leaders separately at the summit venue on Tuesday' ('the two leaders' read with 'Nusa Dua', X1)",
  X4: "places: (a meeting 'at a hotel in Nusa Dua … on the eve of the summit' is put in the summit's Bali since the Persian gap fixer's _summit-place) a meeting 'on its sidelines' of a summit 'at the Shanghai Expo Centre' is put in China, not Shanghai",
  X5: "agreements: a declaration 'adopted by the member states' (no named signers) is not the convener's and a delegation head's; a declaration 'signed … by the leaders of the 10 member states … chaired by X' has only the chair; the 'Bali Leaders' Declaration' adopted at a summit's close is no agreement",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-auckland-1999.txt › meeting Bill Clinton + Tang Jiaxuan": GAP.X2,
  "en-01-auckland-1999.txt › meeting Jiang Zemin + Tang Jiaxuan": GAP.X2,
  "en-02-havana-2006.txt › meeting Hugo Chávez + Fidel Castro": GAP.X3,
  "en-02-havana-2006.txt › meeting Hugo Chávez + Fidel Castro is dated nothing (no date in the text)": GAP.X3,
  "en-02-havana-2006.txt › meeting Manmohan Singh + Pervez Musharraf is dated 2006-09-16": GAP.X3,
  "en-02-havana-2006.txt › meeting Manmohan Singh + Pervez Musharraf is placed in Havana": GAP.X3,
  "en-03-shanghai-2014.txt › meeting Vladimir Putin + Hassan Rouhani is placed in Shanghai": GAP.X4,
  "en-05-kualalumpur-2015.txt › agreement Najib Razak + Thongsing Thammavong": GAP.X5,
  "en-05-kualalumpur-2015.txt › meeting Najib Razak + Thongsing Thammavong is dated 2015-11-22": GAP.X3,
  "en-06-istanbul-2017.txt › agreement Recep Tayyip Erdoğan + Mahmoud Abbas": GAP.X5,
  "en-06-istanbul-2017.txt › meeting Recep Tayyip Erdoğan + Mahmoud Abbas + Abdullah II of Jordan + Hassan Rouhani + Tamim bin Hamad Al Thani + Ilham Aliyev + Sameh Shoukry is dated 2017-12-13": GAP.X2,
  "en-06-istanbul-2017.txt › meeting Recep Tayyip Erdoğan + Mahmoud Abbas + Abdullah II of Jordan + Hassan Rouhani + Tamim bin Hamad Al Thani + Ilham Aliyev + Sameh Shoukry is placed in Istanbul": GAP.X2,
  "en-07-osaka-2019.txt › meeting Vladimir Putin + Cyril Ramaphosa": GAP.X2,
  "en-07-osaka-2019.txt › meeting Vladimir Putin + Jair Bolsonaro": GAP.X2,
  "en-07-osaka-2019.txt › meeting Xi Jinping + Cyril Ramaphosa": GAP.X2,
  "en-07-osaka-2019.txt › meeting Xi Jinping + Jair Bolsonaro": GAP.X2,
  "en-08-addisababa-2020.txt › meeting Abdel Fattah el-Sisi + Cyril Ramaphosa + Moussa Faki + António Guterres + Mohammad Shtayyeh is placed in Addis Ababa": GAP.X2,
  "en-09-nusadua-2022.txt › agreement Joko Widodo + Narendra Modi": GAP.X5,
  "en-09-nusadua-2022.txt › finds no one else": GAP.X1,
  "en-09-nusadua-2022.txt › meeting Joko Widodo + Narendra Modi is placed in Bali": GAP.X1,
  "en-09-nusadua-2022.txt › meeting Joko Widodo + Joe Biden": GAP.X3,
  "en-09-nusadua-2022.txt › meeting Joko Widodo + Joe Biden is dated 2022-11-15": GAP.X3,
  "en-09-nusadua-2022.txt › meeting Joko Widodo + Joe Biden is placed in Bali": GAP.X3,
  "en-09-nusadua-2022.txt › meeting Xi Jinping + Anthony Albanese is placed in Bali": GAP.X4,
  "en-10-johannesburg-2023.txt › finds no one else": GAP.X1,
};

articleSuite({ dir: join(import.meta.dirname, "summits"), name: "summits suite", artifact: "extraction-summits.json", knownGaps: KNOWN_GAPS });
