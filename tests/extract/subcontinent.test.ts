// The subcontinent suite: 10 short English news articles written for these tests (tests/extract/subcontinent),
// retelling real diplomatic meetings and agreements of 1999–2020 in South Asia as the region's own English-language
// press and agencies write them (APP, PTI, BSS, The Kathmandu Post, the Daily Mirror, Kuensel, Maldives Independent,
// Dawn, The Daily Star): Vajpayee's bus journey and the Lahore Declaration signed with Nawaz Sharif (1999; the foreign
// secretaries' MoU, the Wagah reception the day before, New York 1998 in background, Shahbaz Sharif only quoted), the
// Agra summit that ended without a declaration (2001; Musharraf's call on Narayanan, the cancelled Ajmer visit, an
// invitation accepted), Sheikh Hasina's visit to New Delhi (2010; documents signed "in the presence of" the prime
// ministers, Krishna and Sonia Gandhi calling on her, the Indira Gandhi Prize and the press secretary Abul Kalam Azad
// as namesakes, a prize-giving only planned), Modi in Kathmandu (2014; MoUs exchanged, Gujral 1997, Swaraj's Joint
// Commission in background, a call on the President only scheduled), Modi in Colombo (2015; agreements exchanged,
// Sirisena's February visit, Rajapaksa quoted, the Bandaranaike airport and the Tagore auditorium), Modi in Bhutan
// (2019; Lyonchhen, Lyonpo, His Majesty The King and The Fourth Druk Gyalpo, two Wangchucks), Modi in Malé (2019; the
// Nishan Izzuddeen, Speaker Nasheed, Yameen only named, Solih's swearing-in and New Delhi visit in background),
// Modi's stopover at Raiwind (2015; a telephone call, the foreign secretaries' meeting only planned, Paris, Ufa and
// Swaraj's call in background, Maryam Nawaz tweeting), Imran Khan in Kabul (2020; Hamid Karzai airport, Abdullah's
// call, background meetings in Islamabad) and the Bangladesh–Myanmar repatriation arrangement (2017, "AH Mahmood Ali",
// "the Myanmar capital", Sheikh Hasina speaking in Dhaka).
// Traps: datelines ("LAHORE, Feb 21 (APP):", "Agra, July 16 (PTI)", "NEW DELHI, Jan 11 (BSS) -", "KATHMANDU, Aug 3:",
// "Thimphu, August 18 -", Dawn's bare "LAHORE:"), honorifics (Mian, Shri, Gen., Dr, Lyonchhen, Lyonpo, His Majesty),
// "called on", "delegation-level talks", "exchanged in the presence of", "on the sidelines of", "the two leaders",
// "the visiting prime minister", namesakes (two Sharifs, two Gandhis, two Wangchucks, Abdulla Shahid and Abdulla
// Yameen, Nawaz in Maryam Nawaz), people and places named in honours, airports and residences, planned, scheduled and
// cancelled visits, a telephone call, people only quoted, background meetings dated "in September last year".
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.905 R 0.983, met pairs P 0.643 R 0.72, agreements P 0.625 R 0.625, orgs R 1
// (56 of 290 expectations failing, 55 ledger keys). No expectation was corrected. After the fixes of the same branch (a
// document whose list of topics runs to "were exchanged"; Bhutan's Dasho, Lyonpo and Lyonchhen; given names written as
// run-together initials, "AH Mahmood Ali"; a person's name before an award's head, "the Indira Gandhi Prize"; a given
// name before a building's head, "Sheetal Niwas", "Rashtrapati Bhavan"; "the Myanmar capital"; a yearless day after
// its month told with a year, "in June last year, … on June 27"; a site in the one other city its sentence names):
// people P 0.967 R 1, met pairs P 0.741 R 0.8, agreements P 0.818 R 0.875, orgs R 1 (36 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  S1: "names: the name of an honour or a house read as a person: 'the Nishan Izzuddeen, the country's highest honour' (a head before the name, read as a name set off by a title-like apposition), 'the latter's Jati Umra residence' (a building's head in lower case after a possessive; reading it as a site was tried and withdrawn: the site then stands in 'Raiwind', which no lexicon holds, and the meeting is no longer in Lahore)",
  S2: "dates: a meeting dated by a month alone ('in September last year', 'in May') gets no date, as src/resolve/coref.ts keeps days only in derived meetings (the extraction reads the month); a clause that opens with 'Later,' or 'Before the signing,' and names no day takes none from the event before (in Kabul the reception just before is undated itself), while 'also granted an audience' takes the evening before though the text gives no day; in Colombo the airport reception is dated by Sirisena's February visit, whose 'The visit comes …' takes Modi and Wickremesinghe as its people (06-local-coreference.dateFromVisit), and 'later … held talks with Prime Minister Wickremesinghe' merges into it",
  S3: "agreements: 'the Terms of Reference of the Pancheshwar Development Authority and memorandums … on cooperation between Doordarshan and Nepal Television were exchanged in the presence of the two prime ministers' is now an agreement, but its sides are the bodies named inside the documents' names, not India beside Nepal",
  S4: "events: verbs and constructions of contact not read: 'co-chaired the Joint Commission with X' in a relative clause, 'worked on the draft' of two ministers, 'Opposition Leader X called on the visiting prime minister at his hotel' (after 'granted an audience to Prime Minister Modi' the bare title has two holders named before, Modi and Lyonchhen, and is read as no one), 'The prime minister, who was accompanied by A and B, was received … by X' (the relative clause's companions are taken, not its head), 'and had held talks in Ufa … on July 10' with the subject of the clause before, 'attended Solih's swearing-in ceremony', and a state visit to a capital during which the two countries signed an agreement (no meeting with the host leader)",
  S5: "references: 'the two leaders' of a sentence that names its two people itself ('He attended Solih's swearing-in …, and the two leaders met again') is read as the last two named before it; a bare 'the prime minister' in a Pakistani paper after Modi is read as Modi, not the paper's own prime minister",
  S6: "places: the talks 'at Simtokha Dzong' (a site now) are told of the same two people as the reception at Paro airport in the lead and take its place, and the one-word 'Tashichhodzong' is no site, so the audience takes Paro too, not the dateline's Thimphu",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-lahore-1999.txt › meeting Nawaz Sharif + Atal Bihari Vajpayee is dated 1998-09": GAP.S2,
  "en-02-agra-2001.txt › meeting Jaswant Singh + Abdul Sattar": GAP.S4,
  "en-02-agra-2001.txt › meeting Jaswant Singh + Abdul Sattar is dated 2001-07-16": GAP.S4,
  "en-02-agra-2001.txt › meeting Jaswant Singh + Abdul Sattar is placed in Agra": GAP.S4,
  "en-04-kathmandu-2014.txt › meeting Sushma Swaraj + Mahendra Bahadur Pandey": GAP.S4,
  "en-04-kathmandu-2014.txt › meeting Sushma Swaraj + Mahendra Bahadur Pandey is dated 2014-07-26": GAP.S4,
  "en-04-kathmandu-2014.txt › meeting Sushma Swaraj + Mahendra Bahadur Pandey is placed in Kathmandu": GAP.S4,
  "en-04-kathmandu-2014.txt › meeting Sushil Koirala + Narendra Modi is dated 2014-05": GAP.S2,
  "en-04-kathmandu-2014.txt › agreement Nepal + India": GAP.S3,
  "en-05-colombo-2015.txt › meeting Narendra Modi + Ranil Wickremesinghe is dated 2015-03-13": GAP.S2,
  "en-05-colombo-2015.txt › meeting Narendra Modi + Ranil Wickremesinghe is placed in Colombo": GAP.S2,
  "en-05-colombo-2015.txt › meeting Narendra Modi + Maithripala Sirisena is dated 2015-02-16": GAP.S4,
  "en-05-colombo-2015.txt › meeting Narendra Modi + Maithripala Sirisena is placed in New Delhi": GAP.S4,
  "en-06-thimphu-2019.txt › meeting Narendra Modi + Jigme Khesar Namgyel Wangchuck is placed in Thimphu": GAP.S6,
  "en-06-thimphu-2019.txt › meeting Narendra Modi + Jigme Singye Wangchuck is dated nothing (no date in the text)": GAP.S2,
  "en-06-thimphu-2019.txt › meeting Narendra Modi + Pema Gyamtsho": GAP.S4,
  "en-06-thimphu-2019.txt › meeting Narendra Modi + Pema Gyamtsho is dated nothing (no date in the text)": GAP.S4,
  "en-06-thimphu-2019.txt › meeting Narendra Modi + Lotay Tshering is dated 2018-12": GAP.S2,
  "en-07-male-2019.txt › finds no one else": GAP.S1,
  "en-07-male-2019.txt › does not extract Nishan Izzuddeen": GAP.S1,
  "en-07-male-2019.txt › meeting Narendra Modi + Ibrahim Mohamed Solih is dated 2018-11": GAP.S4,
  "en-07-male-2019.txt › meeting Narendra Modi + Ibrahim Mohamed Solih is dated 2018-12-17": GAP.S5,
  "en-07-male-2019.txt › meeting Narendra Modi + Ibrahim Mohamed Solih is placed in New Delhi": GAP.S5,
  "en-08-lahore-2015.txt › finds no one else": GAP.S1,
  "en-08-lahore-2015.txt › does not extract Jati Umra": GAP.S1,
  "en-08-lahore-2015.txt › meeting Narendra Modi + Nawaz Sharif is dated 2015-07-10": GAP.S4,
  "en-08-lahore-2015.txt › meeting Narendra Modi + Nawaz Sharif is placed in Ufa": GAP.S4,
  "en-08-lahore-2015.txt › meeting Sushma Swaraj + Nawaz Sharif": GAP.S5,
  "en-08-lahore-2015.txt › meeting Sushma Swaraj + Nawaz Sharif is dated 2015-12-09": GAP.S5,
  "en-08-lahore-2015.txt › meeting Sushma Swaraj + Nawaz Sharif is placed in Islamabad": GAP.S5,
  "en-09-kabul-2020.txt › meeting Imran Khan + Mohammad Haneef Atmar": GAP.S4,
  "en-09-kabul-2020.txt › meeting Imran Khan + Mohammad Haneef Atmar is dated 2020-11-19": GAP.S4,
  "en-09-kabul-2020.txt › meeting Imran Khan + Mohammad Haneef Atmar is placed in Kabul": GAP.S4,
  "en-09-kabul-2020.txt › meeting Imran Khan + Abdullah Abdullah is dated 2020-11-19": GAP.S2,
  "en-10-naypyitaw-2017.txt › meeting Abul Hassan Mahmood Ali + Aung San Suu Kyi is dated 2017-11-23": GAP.S2,
};

articleSuite({ dir: join(import.meta.dirname, "subcontinent"), name: "subcontinent suite", artifact: "extraction-subcontinent.json", knownGaps: KNOWN_GAPS });
