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
// First run (before any fix): people P 0.92 R 0.885, met pairs P 0.75 R 0.471, agreements P 0.917 R 0.867, orgs R 0.8
// (106 of 392 expectations failing; two expected names then corrected to the lexicon's canonical 'S. Jaishankar' and to
// 'Retno LP Marsudi' as written). After the fixes of this branch (witnesses of a signing told in the next sentence
// who name no signers, with a co-witness after ", along with"; "the ceremony was attended by", "sat next to", "were
// present at the … talks"; a lower-case bridge, dam, airport or stadium named after a person; a nickname quoted inside
// a name; an initial without its dot; Commonwealth ranks without full stops and "Mohtarma"; "one-to-one meeting",
// "tete-a-tete", "four-eyed meeting"; the press's "Najib", "Najib Tun Razak", "Mohammad Zia-ul-Haq"): people P 0.973
// R 0.936, met pairs P 0.911 R 0.804, agreements P 0.923 R 0.933, orgs R 0.8 (55 known gaps).
// Gap fixer of 2026-12-07 (branch fixen: 'handed over … to the two principals' right after a signing is a gesture of
// its ceremony, the pair phrase the contact's own object, events.json, cues.json, _both-sides): met pairs P 0.989
// R 0.843 → P 0.989 R 0.902, agreements P 0.909 R 0.933 (45 → 39 known gaps).
// Gap fixer of 2026-12-07, second round (branch fixen: 'chair', the presiding officer, is a role noun before a name,
// bench/roles KEEP: 'MILF peace panel chair Mohagher Iqbal'; the pilgrim's honorific 'Al Haj' is no word of the name,
// its particle 'al' no honorific word elsewhere): people P 0.973 R 0.936 → P 0.974 R 0.949, met pairs P 0.989 R 0.902
// → P 0.99 R 0.961, agreements P 0.909 R 0.933 → P 1 R 1 (39 → 29 known gaps).
// Branch fixen2 (2026-12-07): a name without its leading Muhammad after a title with no country is the office's
// holder (resolve/holders.ts): four of R2's gaps closed ('President Abdul Hamid'); a middle name the dictionary knows
// does not end a name before a family name no dictionary knows (_names.unknownAfter): 'Juan Vital Sourrouille', two more.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  R1: "Islamabad 1988 (most of it closed at the integration of the third stop of 2026-12-06, when 'Mr Gandhi' came to join the signing and 'the two Prime Ministers' their own pair): the signing, told 'today' in a report of the 31st, is dated the 29th (the day of the talks told before it), and the two Prime Ministers' Friday talks are not found apart from the signing's meeting (the 'Aiwan-i-Sadr' of 'Mr Gandhi also called on President Ghulam Ishaq Khan at the Aiwan-i-Sadr' is no longer read as a person, 'Sadr', since branch gapfix2: a short form ending a hyphenated compound, _glued-names.hyphenCompoundTail)",
  R2: "names: a lexicon form missing ('the Yang di-Pertuan Agong Tuanku Abdul Halim Mu'adzam Shah', the lexicon has 'Abdul Halim of Kedah' and 'Sultan Abdul Halim'); a single given name after a kinship noun ('his daughter Chelsea')",
  R3: "events: a pronoun or descriptive reference object taken for the wrong person or none ('Leader of the Opposition Raushan Ershad met him last night' after a sentence about Khaleda Zia's planned call; 'Susan Rice met the former deputy prime minister'); a meeting idiom ('first sat face to face') is no meeting word",
  R4: "places: a Dhaka paper's report with no dateline that names only the Prime Minister's Office in Tejgaon (the reader knows the city); a meeting takes the place of a background encounter named later in its sentence ('…, their second meeting in five months after a brief encounter in Beijing on November 10 last year', which makes no meeting of its own either); 'a hotel near Narita airport in Tokyo' is placed in Narita, a city the lexicon does not put in Tokyo; a meeting takes the 'Federal Capital Territory' of a relative clause about the guest's arrival, a region containing Abuja, not in it",
  R5: "lexicon: places and bodies no lexicon holds (Naivasha, Puerto Iguazú, Malaysia Airlines), and the written form 'SPLM/A' of the movement read as 'SPLM'",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-02-islamabad-1988.txt › meeting Benazir Bhutto + Rajiv Gandhi is dated 1988-12-30": GAP.R1,
  "en-02-islamabad-1988.txt › meeting Humayun Khan + K.P.S. Menon + Benazir Bhutto + Rajiv Gandhi is dated 1988-12-31": GAP.R1,
  "en-03-dhaka-2015.txt › meeting M Shahidul Haque + S. Jaishankar + Sheikh Hasina + Narendra Modi + Mamata Banerjee is placed in Dhaka": GAP.R4,
  "en-03-dhaka-2015.txt › meeting Narendra Modi + Mohammad Abdul Hamid is placed in Dhaka": GAP.R2,
  "en-04-jakarta-2015.txt › meeting Xi Jinping + Shinzo Abe is dated 2014-11-10": GAP.R4,
  "en-04-jakarta-2015.txt › meeting Xi Jinping + Shinzo Abe is placed in Jakarta": GAP.R4,
  "en-05-manila-2014.txt › meeting Benigno Aquino III + Murad Ebrahim is placed in Tokyo": GAP.R4,
  "en-06-putrajaya-2014.txt › finds Abdul Halim of Kedah": GAP.R2,
  "en-06-putrajaya-2014.txt › finds the organisation Malaysia Airlines": GAP.R5,
  "en-06-putrajaya-2014.txt › meeting Barack Obama + Abdul Halim of Kedah": GAP.R2,
  "en-06-putrajaya-2014.txt › meeting Barack Obama + Abdul Halim of Kedah is dated 2014-04-26": GAP.R2,
  "en-06-putrajaya-2014.txt › meeting Barack Obama + Abdul Halim of Kedah is placed in Kuala Lumpur": GAP.R2,
  "en-06-putrajaya-2014.txt › meeting Susan Rice + Anwar Ibrahim": GAP.R3,
  "en-06-putrajaya-2014.txt › meeting Susan Rice + Anwar Ibrahim is dated 2014-04-27": GAP.R3,
  "en-07-nairobi-2005.txt › finds the organisation SPLM/A": GAP.R5,
  "en-07-nairobi-2005.txt › finds the place Naivasha": GAP.R5,
  "en-07-nairobi-2005.txt › meeting Ali Osman Taha + John Garang de Mabior is dated 2003-09-04": GAP.R3,
  "en-07-nairobi-2005.txt › meeting Ali Osman Taha + John Garang de Mabior is placed in Naivasha": GAP.R3,
  "en-08-abuja-2000.txt › finds Chelsea": GAP.R2,
  "en-08-abuja-2000.txt › meeting Bill Clinton + Pius Anyim + Ghali Umar Na'Abba is placed in Abuja": GAP.R4,
  "en-10-fozdoiguacu-1985.txt › finds the place Puerto Iguazú": GAP.R5,
};

articleSuite({ dir: join(import.meta.dirname, "correspondents"), name: "correspondents suite", artifact: "extraction-correspondents.json", knownGaps: KNOWN_GAPS });
