// The mideast suite: 10 short English news articles written for these tests (tests/extract/mideast), retelling real
// diplomatic events of 1994–2023 in the Gulf, the Levant, Egypt, Iran, Turkey and Israel as the Middle East's own
// English-language press writes them (The National, Arab News, The Jordan Times, Daily Sabah, Tehran Times, Oman
// Observer, Al-Ahram Weekly, Saudi Gazette, Press TV, Hürriyet Daily News): the Abraham Accords signed at the White
// House by Abdullah bin Zayed, Netanyahu and Al Zayani with Trump as witness (2020; the August 13 call and Mohamed
// bin Zayed receiving Kushner and Ben-Shabbat in Abu Dhabi in background), the Saudi–Iran statement signed in Beijing
// by Al-Aiban, Shamkhani and Wang Yi (2023; Xi in Riyadh, Raisi in Beijing, the ministers' Dead Sea encounter, their
// meeting only planned), the Jordan–Israel treaty signed at Wadi Araba by Majali and Rabin before King Hussein and
// Clinton (1994; the Washington Declaration, Majali and Peres at the Dead Sea, Clinton's Damascus trip only scheduled),
// Erdoğan's Gulf tour ending in Abu Dhabi (2023; Jeddah and Doha, Mohamed bin Zayed's 2021 visit to Ankara and
// Erdoğan's of 2022), al-Sudani in Tehran with Khamenei and Raisi (2022; al-Kadhimi and Rouhani 2020, Amman, a phone
// call), Sultan Haitham's state visit to Tehran (2023; Khamenei only scheduled, Raisi in Muscat 2022), King Salman in
// Cairo (2016; the maritime agreement signed before the leaders, the Cairo Declaration of 2015), the AlUla GCC summit
// (2021), Faisal bin Farhan in Tehran (2023; the Beijing meeting of April 6) and Herzog in Ankara (2022).
// Traps: honorific chains ("His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy
// Supreme Commander of the Armed Forces", "Custodian of the Two Holy Mosques King Salman", "His Majesty", "HRH",
// "Sayyid"), a style and a given name alone for someone named in full ("Sheikh Mohamed", "Sheikh Abdullah", "Prince
// Faisal", "Sayyid Badr"), transliteration variants (Mohamed / Mohammed bin Zayed, Haitham bin Tarik, Bin / bin,
// Amir-Abdollahian / Amirabdollahian, Abdul Salam Majali), "received in audience" readouts, "the two sides reviewed",
// "on the sidelines of", phone calls, MoUs signed in the presence of leaders, a witness who signs, planned and
// scheduled visits, "Sultan" as a given name ("Sultan bin Salem al Habsi"), namesakes (Isaac, Michal and Chaim
// Herzog; Emine Erdoğan; King Salman and Mohammed bin Salman), people only quoted, background meetings of other years.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// One expectation was wrong and is corrected: en-01 expected an agreement of Al Zayani and Netanyahu, but the text
// says only that Al Zayani "signed a declaration of peace with Israel" (Netanyahu is named as signing the UAE treaty),
// so the agreement is Al Zayani + Israel.
// First run (before any fix; agreements P 0.857 R 0.706 before the correction): people P 0.96 R 0.947, met pairs P 0.792
// R 0.737, agreements P 0.929 R 0.765, orgs R 1
// (41 of 317 expectations failing, after the correction).
// After the fixes of the same branch (a style and a given name alone, "Sheikh Mohamed", for the person named in full
// before; an English pronoun subject right before a meeting verb whose object names two; a month after "in" closing
// a phrase of "since"; Oman's "Sayyid" as an honorific; a capitalised word after a name particle closing a name,
// "Al Said"; no office holder by a shared particle or with another father after the nasab; "Abdul Salam Majali"
// for "al-Majali"; "Crown Prince Hassan" as the heir of the day): people P 1 R 0.987, met pairs P 0.93 R 0.93,
// agreements P 0.929 R 0.882, orgs R 1 (19 known gaps; 18 after the subcontinent branch: a site in the one other city
// its sentence names before it, 'in Doha for talks … at Lusail Palace').
// Gap fixer of 2026-12-07, third round (branch fixen): ', who hosted the meeting' / ', who chaired the summit' puts its
// person at the meeting its noun names (_host-relatives): met pairs P 0.93 R 0.93 → P 0.934 R 1 (18 → 14 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  M1: "a name: 'and Sultan bin Salem al Habsi, Minister of Finance' is not read (the style word 'Sultan' before 'bin' is an honorific cue, and 'Salem' a weak short form of another man, so the name before the title's comma has no words to start from)",
  M3: "'The two leaders had signed the Washington Declaration … at the White House on July 25, in the presence of President Clinton': 'the two leaders' are not read as the King and Rabin of the sentence before, so the declaration is only of the two states and no meeting of that day is made",
  M4: "dates: 'Iranian President Ebrahim Raisi has received …' in an undated lead is not dated by the next sentence's 'During Saturday's meeting, the Saudi minister conveyed …' (a meeting noun with its day that refers back to the meeting just reported); 'First lady Emine Erdoğan hosted Michal Herzog … at the complex', told without a day in an article about one day's visit, is undated; meetings 'during the visit' of five days take its first day though the text gives none",
  M5: "background visits: 'Sheikh Mohammed, then crown prince, visited Ankara on Nov. 24, 2021. Erdoğan returned the visit on Feb. 14, 2022' are no meetings of the two (a visit to the capital of the one who hosts it, and 'returned the visit')",
  M6: "places: the ministers' talk 'on the sidelines of the Baghdad Conference …, held at the Dead Sea in Jordan' is placed in Baghdad (the conference's name)",
  M7: "a summit: 'Gulf leaders signed the AlUla Declaration' signs for no one (the crown prince who 'chaired the summit' in a relative clause is at it with the leaders who attended it since the gap fixer of 2026-12-07, _host-relatives)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-02-beijing-2023.txt › meeting Faisal bin Farhan + Hossein Amir-Abdollahian is placed in Jordan": GAP.M6,
  "en-03-wadi-araba-1994.txt › meeting Hussein of Jordan + Yitzhak Rabin + Bill Clinton is dated 1994-07-25": GAP.M3,
  "en-03-wadi-araba-1994.txt › meeting Hussein of Jordan + Yitzhak Rabin + Bill Clinton is placed in Washington": GAP.M3,
  "en-03-wadi-araba-1994.txt › agreement Hussein of Jordan + Yitzhak Rabin": GAP.M3,
  "en-04-abu-dhabi-2023.txt › meeting Recep Tayyip Erdoğan + Mohamed bin Zayed Al Nahyan is dated 2021-11-24": GAP.M5,
  "en-04-abu-dhabi-2023.txt › meeting Recep Tayyip Erdoğan + Mohamed bin Zayed Al Nahyan is placed in Ankara": GAP.M5,
  "en-04-abu-dhabi-2023.txt › meeting Recep Tayyip Erdoğan + Mohamed bin Zayed Al Nahyan is dated 2022-02-14": GAP.M5,
  "en-06-tehran-2023.txt › finds Sultan bin Salem al Habsi": GAP.M1,
  "en-07-cairo-2016.txt › meeting Salman of Saudi Arabia + Ali Abdel Aal is dated nothing (no date in the text)": GAP.M4,
  "en-07-cairo-2016.txt › meeting Salman of Saudi Arabia + Pope Tawadros II of Alexandria is dated nothing (no date in the text)": GAP.M4,
  "en-07-cairo-2016.txt › meeting Salman of Saudi Arabia + Ahmed el-Tayeb is dated nothing (no date in the text)": GAP.M4,
  "en-08-alula-2021.txt › agreement Mohammed bin Salman + Tamim bin Hamad Al Thani": GAP.M7,
  "en-09-tehran-2023.txt › meeting Ebrahim Raisi + Faisal bin Farhan is dated 2023-06-17": GAP.M4,
  "en-10-ankara-2022.txt › meeting Emine Erdoğan + Michal Herzog is dated 2022-03-09": GAP.M4,
};

articleSuite({ dir: join(import.meta.dirname, "mideast"), name: "mideast suite", artifact: "extraction-mideast.json", knownGaps: KNOWN_GAPS });
