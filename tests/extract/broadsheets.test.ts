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
// First run (before any fix): people P 0.958 R 0.919, met pairs P 0.85 R 0.378, agreements P 0.75 R 0.625, orgs R 0.5
// (117 of 339 expectations failing). Fixed on this branch by general mechanisms, each with its own tests (passes/
// 04-dates.columns, 05-events.broadsheets, 02-titles.broadsheets): days counted from "today" under a dateline dated
// the day before the paper ("yesterday", "last night", "tomorrow": the dateline's day ± N, not the paper's); an
// intransitive reciprocal verb after a coordinated or plural subject ("A and B talked for two hours", "he and X had
// conferred", "the two leaders dined": _reciprocal.ts, cues.json reciprocalVerb); a lexicon short form that is a
// common English word after the title of the office its person held that day ("President Ford", "President Bush",
// _titled-surnames.commonWordHolder), and the same surname after an honorific ("Mr. Ford") as that lexicon person.
// After: people P 0.972 R 0.946, met pairs P 0.935 R 0.478, agreements P 0.875 R 0.75, orgs R 0.5 (92 known gaps).
// Then (branch fixer), by general mechanisms with their own tests (passes/05-events.signers, 05-events.broadsheets,
// 05-events.relative-clause): a speech verb in a relative clause about the signed document ("signed two documents
// that they said provided …") no longer sets the signers aside as reporters; one signer alone right after a signing
// ("C signed both accords as a witness", past a relative clause about him with a place of its own) joins that
// ceremony, and its onlookers after him still do; a host who "presided over" the signing joins it (cues.json
// onlooker); a pronoun subject of a passive greeting by two named people ("He was greeted … by A and B") is their
// other side; a contact verb parted from its "with" by its length ("chatted for several minutes with", _timed-with;
// "chatted with" in events.json, "chatted" in reciprocalVerb); a contact in an English relative clause about a person
// (", who had welcomed Y on Saturday") is that person's, not the main clause's subject's (_own-subject).
// Now: people P 0.972 R 0.946, met pairs P 0.984 R 0.678, agreements P 0.875 R 0.75, orgs R 0.5 (65 known gaps).
// Gap fixer of 2026-12-07 (branch fixen: 'brought A and B together' is a meeting of the three, events.json; onlookers
// 'present at the signing' join it though a relative clause about them tells talks of their own, _ceremony; the Shah's
// spelling of the time, 'Mohammed Riza Pahlevi', a lexicon form): people P 0.972 R 0.946 → P 0.986 R 0.959, met pairs
// P 0.984 R 0.678 → P 1 R 0.822, agreements P 0.857 R 0.75 (66 → 49 known gaps). Then 'saw' with a person as its
// object is a meeting (_saw.ts): met pairs P 1 R 0.833 (45 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  B1: "people: a daughter named by her given name alone after 'his daughter,' ('Benazir'); a peer by title and surname ('Lord Soames'); 'Mrs Thatcher' with no title of office and no full name in the article (Thatcher is an ambiguous short form); a prison named after a man ('the Victor Verster prison farm') read as a person",
  B2: "places and organisations: spellings of the time the places lexicon does not hold ('Simla', 'Hangchow') and a former country ('Rhodesia'); OPEC written out in full ('the Organization of Petroleum Exporting Countries'); a meeting placed at a place of another phrase of its sentence ('the strongman of the Baghdad regime' for the Algiers talks, 'what the White House called' for Mao's residence, 'the eight Northern Ireland parties' for the Stormont signing); 'at Stormont' (no lexicon site) leaves the 1997 meeting of a dateline-less paper unplaced",
  B3: "meetings: (read since this branch: 'A and B talked / conferred / dined', _reciprocal.ts; 'Mr. Ford' after 'President Ford'; a signing whose document has a relative clause with a speech verb, a lone signer 'as a witness' joining it and the onlookers after him; 'He was greeted … by A and B'; 'chatted for several minutes with X'; a host who 'presided over' a signing; ', who had welcomed Y on Saturday' as the relative clause's own subject's; since branch eurasia: 'a final meeting of A and B', events.json 'meeting of'; so now the final meeting of Carter and Sadat at Camp David that afternoon is merged into the signing ceremony of the same day, whose people include theirs (06-local-coreference), and the ceremony is placed at Camp David, not in Washington) what stays: a greeting dated by 'last night' of the sentence before and 'the two leaders conferred' after 'Afterward' (no day carried); 'had been at the side of' a leader at a meeting; 'Yesterday the President saw X and, separately, Y' ('saw' a person is a meeting since the gap fixer of 2026-12-07, _saw.ts, but the bare 'the President' of an article with two presidents named before it, Ford and Kekkonen, and another subject last, is resolved to no one, so the two objects meet no one); '… took part.' with no object after a meeting; 'signed in his presence' (a pronoun after the presence words); a plenary 'with their advisers, among them A and B' of two leaders; people who 'stood beside him' at a speech and a wife whose hand he held",
  B4: "dates: a month-only date of a background meeting ('in Morocco in September', 'last July') is not given to the derived meeting (src/resolve/coref.ts keeps days only)",
  B5: "agreements: 'Iran and Iraq announced tonight that they had settled their long border dispute' (a settlement told by 'settled', no agreement word; the Shah is read since the gap fixer of 2026-12-07, his spelling of the time in the lexicon) is no agreement of the Shah and Saddam Hussein; 'A signed for Britain together with B. C and D signed for X, and E and F for Y': the signers of one accord told in two sentences and an elliptical clause are read as two agreements, so Carrington and Nkomo are in none together",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-jerusalem-1977.txt › meeting Anwar Sadat + Ephraim Katzir + Menachem Begin is dated 1977-11-19": GAP.B3,
  "en-01-jerusalem-1977.txt › meeting Anwar Sadat + Golda Meir is dated 1977-11-19": GAP.B3,
  "en-01-jerusalem-1977.txt › meeting Anwar Sadat + Menachem Begin is dated 1977-11-20": GAP.B3,
  "en-01-jerusalem-1977.txt › meeting Moshe Dayan + Hassan Tuhami is dated 1977-09": GAP.B4,
  "en-02-washington-1978.txt › meeting Anwar Sadat + Menachem Begin + Jimmy Carter + Cyrus Vance + Moshe Dayan is placed in Washington": GAP.B3,
  "en-03-simla-1972.txt › finds Benazir Bhutto": GAP.B1,
  "en-03-simla-1972.txt › finds the place Shimla": GAP.B2,
  "en-03-simla-1972.txt › meeting Ayub Khan + Lal Bahadur Shastri + Alexei Kosygin + Zulfikar Ali Bhutto is dated 1966-01": GAP.B3,
  "en-03-simla-1972.txt › meeting Indira Gandhi + Zulfikar Ali Bhutto + Swaran Singh + Aziz Ahmed is placed in Shimla": GAP.B2,
  "en-04-algiers-1975.txt › agreement Mohammad Reza Pahlavi + Saddam Hussein": GAP.B5,
  "en-04-algiers-1975.txt › finds the organisation OPEC": GAP.B2,
  "en-04-algiers-1975.txt › meeting Mohammad Reza Pahlavi + Saddam Hussein + Houari Boumediene is placed in Algiers": GAP.B2,
  "en-05-helsinki-1975.txt › meeting Gerald Ford + Konstantinos Karamanlis": GAP.B3,
  "en-05-helsinki-1975.txt › meeting Gerald Ford + Konstantinos Karamanlis is dated 1975-07-31": GAP.B3,
  "en-05-helsinki-1975.txt › meeting Gerald Ford + Konstantinos Karamanlis is placed in Helsinki": GAP.B3,
  "en-05-helsinki-1975.txt › meeting Gerald Ford + Süleyman Demirel": GAP.B3,
  "en-05-helsinki-1975.txt › meeting Gerald Ford + Süleyman Demirel is dated 1975-07-31": GAP.B3,
  "en-05-helsinki-1975.txt › meeting Gerald Ford + Süleyman Demirel is placed in Helsinki": GAP.B3,
  "en-06-geneva-1985.txt › meeting Mikhail Gorbachev + Eduard Shevardnadze": GAP.B3,
  "en-07-london-1979.txt › agreement Peter Carington, 6th Baron Carrington + Joshua Nkomo": GAP.B5,
  "en-07-london-1979.txt › finds Lord Soames": GAP.B1,
  "en-07-london-1979.txt › finds Margaret Thatcher": GAP.B1,
  "en-07-london-1979.txt › finds the place Rhodesia": GAP.B2,
  "en-08-peking-1972.txt › finds the place Hangzhou": GAP.B2,
  "en-08-peking-1972.txt › meeting Henry Kissinger + Zhou Enlai is dated 1971-07": GAP.B4,
  "en-08-peking-1972.txt › meeting Mao Zedong + Henry Kissinger": GAP.B3,
  "en-08-peking-1972.txt › meeting Mao Zedong + Zhou Enlai": GAP.B3,
  "en-08-peking-1972.txt › meeting Richard Nixon + Henry Kissinger": GAP.B3,
  "en-08-peking-1972.txt › meeting Richard Nixon + Mao Zedong + Zhou Enlai + Henry Kissinger is placed in Beijing": GAP.B2,
  "en-09-cape-town-1990.txt › does not extract Victor Verster": GAP.B1,
  "en-09-cape-town-1990.txt › finds no one else": GAP.B1,
  "en-09-cape-town-1990.txt › meeting Desmond Tutu + Cyril Ramaphosa": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Desmond Tutu + Walter Sisulu": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Cyril Ramaphosa": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Desmond Tutu": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Desmond Tutu + Walter Sisulu + Cyril Ramaphosa is dated 1990-02-11": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Desmond Tutu + Walter Sisulu + Cyril Ramaphosa is placed in Cape Town": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Walter Sisulu": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Winnie Mandela": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Nelson Mandela + Winnie Mandela is dated 1990-02-11": GAP.B3,
  "en-09-cape-town-1990.txt › meeting Walter Sisulu + Cyril Ramaphosa": GAP.B3,
  "en-10-belfast-1998.txt › meeting Bertie Ahern + George Mitchell": GAP.B3,
  "en-10-belfast-1998.txt › meeting Tony Blair + Bertie Ahern + George Mitchell is placed in Belfast": GAP.B2,
  "en-10-belfast-1998.txt › meeting Tony Blair + George Mitchell": GAP.B3,
  "en-10-belfast-1998.txt › meeting Tony Blair + Gerry Adams is placed in Belfast": GAP.B2,
};

articleSuite({ dir: join(import.meta.dirname, "broadsheets"), name: "broadsheets suite", artifact: "extraction-broadsheets.json", knownGaps: KNOWN_GAPS });
