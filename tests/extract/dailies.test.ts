// The dailies suite: 10 short English news articles written for these tests (tests/extract/dailies), retelling real
// diplomatic meetings and agreements of 2000–2023 in West, East, Central and Southern Africa as Africa's own English-
// language press and agencies write them (Premium Times, Daily Graphic, News Agency of Nigeria, SABC News, Daily Nation,
// The Citizen, New Vision, The Standard, News24, APA): the second ECOWAS extraordinary summit on Niger chaired by Tinubu
// in Abuja (2023; the Abdulsalami mediation refused a meeting with Tiani, Nuland's talks with Barmou, Blinken's calls),
// the Liberian Comprehensive Peace Agreement signed in Accra (2003; the opening of the talks with Taylor in June), the
// Greentree Agreement on Bakassi signed by Obasanjo and Biya with Annan (2006; Geneva 2002 in background), Mugabe with
// Zuma's envoys and Chiwenga at State House (2017; Zuma's phone call, the Gaborone troika), the Algiers peace agreement
// of Meles and Isaias seen from Nairobi (2000; the ministers' cessation of hostilities in June), Samia Suluhu Hassan's
// state visit to Kenyatta (2021; her Entebbe talks with Museveni), the Luanda MoU of Museveni and Kagame witnessed by
// Lourenço, Tshisekedi and Sassou-Nguesso (2019; the first quadripartite summit in July), the EAC conclave on eastern DRC
// in Nairobi (2022; Rwanda represented by Biruta, the DRC's accession in April), the Pretoria cessation of hostilities of
// Ethiopia and the TPLF (2022) and the Maputo peace accord of Nyusi and Momade (2019; Gorongosa, Rome 1992, 2017).
// Traps: bylines and datelines ("By Our Reporter", "From Kweku Tsen, Accra", "NEW YORK, June 12, 2006 (NAN) –",
// "ALGIERS, Tuesday –" with "today" a day before the paper's date, "Nairobi." of The Citizen, "Maputo (APA) –"),
// honorifics (Dr., Gen., Alhaji, Chief, Mama, Ambassador), a bare given name for a person (Uhuru; Redwan, Getachew),
// transliteration variants (Tiani, Afewerki, Woldensae, Embalo without its accent, Sassou-Nguesso), namesakes (Abdulsalami
// and the Sultan Sa'ad Abubakar; Bongani Bongo), signers in the presence of witnesses, a leader represented by his
// deputy or his minister, phone calls, refused meetings, people only quoted, planned meetings, background meetings.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.939 R 0.951, met pairs P 0.759 R 0.72, agreements P 0.833 R 0.833, orgs R 1
// (64 of 385 expectations failing). After the fixes of the same branch (a spelling variant of a lexicon name whose
// consonant skeleton another lexicon person shares is the one it is spelled like, "Isaias Afewerki"; a short form that
// is a dictionary word after the title of the office its person held that day, "President Moi"; the East African
// honorific "Mama"; "the envoys sent by X" leaves X away; a dateline's weekday, "ALGIERS, Tuesday –", is the day of
// the report's "today"; "she" is no man the lexicon knows): people P 0.963 R 0.975, met pairs P 0.827 R 0.771,
// agreements P 0.917 R 0.917, orgs R 1 (47 known gaps).
// Gap fixer of 2026-12-07 (branch fixen: the host of a gathering told in the sentence before, 'a conclave hosted by
// X', is at the meeting 'The meeting brought together …' goes on telling, _hosted-told.ts, cues.json hostVerb and
// 'conclave'; onlookers of a signing in the next sentence join it though an event noun stands in a phrase of time
// after them, 'at the end of a quadripartite summit', _ceremony; who 'read the final communiqué' was at the summit
// just told, events.json join): met pairs P 0.827 R 0.771 → P 0.844 R 0.873 (47 → 34 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  D1: "names: a full name whose words run into a lexicon namesake's form ('Muhammad Sa'ad Abubakar' read as the lexicon's 'Mohammad Sa'ed', 'Abubakar' lost), a surname that is an English dictionary word ('Mr Moses Blah' read as 'Moses' and given to a lexicon 'Dennis Moses'), and 'the 1992 General Peace Agreement' read as a person ('Peace Agreement')",
  D2: "participants told apart from the meeting's verb (the ECOWAS Commission's President who 'read the final communiqué' joins the summit since the gap fixer of 2026-12-07, events.json join, but the summit stays unplaced at 'the State House, Abuja' of the lead): a leader 'who attended the opening' (a relative clause on a name), and the witnesses of a signing in the sentence after it ('The ceremony was witnessed by … X'; read since the gap fixer of 2026-12-07 when a phrase of time after them names an event, 'The signing was witnessed by the host, X, Y and Z, at the end of a quadripartite summit', as is the host of a conclave named in the lead, 'a conclave hosted by President X', when the next sentence says whom 'the meeting brought together', though that meeting is not placed at the host's State House, Nairobi)",
  D3: "places: the site of the lead ('ended at the State House, Abuja', 'signed … at the Accra International Conference Centre') is not given to the meeting the next sentence tells; 'held talks at State House, Nairobi' is placed in Mombasa, a town of a later sentence's pipeline",
  D4: "who is no side: 'was represented at the ceremony by the Vice-President' leaves the represented President in the signing's meeting; 'her request to see General X was turned down' puts X in the meeting of the sentence; 'pictures … showed a smiling X standing with A, B, C and D' (the State House meeting pictured) is read as no meeting of them",
  D5: "dates: 'the 1992 General Peace Agreement' (a year as an adjective), 'met him face to face … in August 2017' and 'which the two men signed last Thursday, August 1' leave background events undated",
  D6: "background events: a dead predecessor named in a sentence after the signing ('Momade succeeded … Afonso Dhlakama') joins the signing's meeting and agreement, and 'Dhlakama had signed the 1992 General Peace Agreement in Rome with former President Joaquim Chissano, and Nyusi met him …' puts Nyusi in the Rome meeting",
  D7: "agreements: 'East African Community Heads of State yesterday agreed to establish a regional force' names no side in its clause; the host and the leaders of the next sentences are not brought to it",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-abuja-2023.txt › finds Muhammad Sa'ad Abubakar": GAP.D1,
  "en-01-abuja-2023.txt › finds no one else": GAP.D1,
  "en-01-abuja-2023.txt › meeting Bola Tinubu + Alassane Ouattara + Patrice Talon + Umaro Sissoco Embaló + Nana Akufo-Addo + George Weah + Omar Alieu Touray is placed in Abuja": GAP.D2,
  "en-01-abuja-2023.txt › no meeting Victoria Nuland + Abdourahamane Tchiani": GAP.D4,
  "en-02-accra-2003.txt › finds Moses Blah": GAP.D1,
  "en-02-accra-2003.txt › finds no one else": GAP.D1,
  "en-02-accra-2003.txt › meeting Daniel Chea + Kabineh Ja'neh + Thomas Nimely + Abdulsalami Abubakar + Nana Akufo-Addo + Aliu Mahama is placed in Accra": GAP.D3,
  "en-02-accra-2003.txt › meeting John Kufuor + Charles Taylor": GAP.D2,
  "en-02-accra-2003.txt › meeting Olusegun Obasanjo + Charles Taylor": GAP.D2,
  "en-02-accra-2003.txt › meeting Thabo Mbeki + Charles Taylor": GAP.D2,
  "en-02-accra-2003.txt › meeting Ahmad Tejan Kabbah + Charles Taylor": GAP.D2,
  "en-02-accra-2003.txt › no meeting John Kufuor + Daniel Chea": GAP.D4,
  "en-02-accra-2003.txt › no meeting John Kufuor + Kabineh Ja'neh": GAP.D4,
  "en-04-harare-2017.txt › meeting Robert Mugabe + Nosiviwe Mapisa-Nqakula": GAP.D4,
  "en-04-harare-2017.txt › meeting Robert Mugabe + Bongani Bongo": GAP.D4,
  "en-04-harare-2017.txt › meeting Robert Mugabe + Fidelis Mukonori": GAP.D4,
  "en-04-harare-2017.txt › meeting Constantino Chiwenga + Nosiviwe Mapisa-Nqakula": GAP.D4,
  "en-04-harare-2017.txt › meeting Constantino Chiwenga + Bongani Bongo": GAP.D4,
  "en-04-harare-2017.txt › meeting Constantino Chiwenga + Fidelis Mukonori": GAP.D4,
  "en-04-harare-2017.txt › meeting Nosiviwe Mapisa-Nqakula + Bongani Bongo": GAP.D4,
  "en-04-harare-2017.txt › meeting Nosiviwe Mapisa-Nqakula + Fidelis Mukonori": GAP.D4,
  "en-04-harare-2017.txt › meeting Bongani Bongo + Fidelis Mukonori": GAP.D4,
  "en-08-nairobi-2022.txt › meeting Uhuru Kenyatta + Yoweri Museveni + Évariste Ndayishimiye + Félix Tshisekedi + Vincent Biruta + Peter Mathuki is placed in Nairobi": GAP.D2,
  "en-08-nairobi-2022.txt › agreement Uhuru Kenyatta + Félix Tshisekedi": GAP.D7,
  "en-10-maputo-2019.txt › meeting Filipe Nyusi + Mirko Manzoni": GAP.D2,
  "en-10-maputo-2019.txt › meeting Ossufo Momade + Mirko Manzoni": GAP.D2,
  "en-10-maputo-2019.txt › meeting Ossufo Momade + Filipe Nyusi is dated 2019-08-01": GAP.D5,
  "en-10-maputo-2019.txt › meeting Afonso Dhlakama + Joaquim Chissano is dated 1992": GAP.D5,
  "en-10-maputo-2019.txt › meeting Afonso Dhlakama + Filipe Nyusi is dated 2017-08": GAP.D5,
  "en-10-maputo-2019.txt › no meeting Joaquim Chissano + Filipe Nyusi": GAP.D6,
  "en-10-maputo-2019.txt › no meeting Afonso Dhlakama + Ossufo Momade": GAP.D6,
  "en-10-maputo-2019.txt › no agreement Afonso Dhlakama + Filipe Nyusi": GAP.D6,
};

articleSuite({ dir: join(import.meta.dirname, "dailies"), name: "dailies suite", artifact: "extraction-dailies.json", knownGaps: KNOWN_GAPS });
