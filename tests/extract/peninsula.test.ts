// The peninsula suite: 10 short English articles written for these tests (tests/extract/peninsula), retelling real
// meetings and agreements in East and Southeast Asia, 1998–2024, in the styles of Yonhap, Kyodo, Xinhua English,
// NHK World, The Korea Herald, The Japan Times, the South China Morning Post, The Straits Times, Focus Taiwan (CNA)
// and VnExpress International: the Moon–Kim Jong-un summit at Panmunjom and its declaration (2018), the Obuchi–Kim
// Dae Jung joint declaration in Tokyo (1998), Kim Jong Un's first talks with Xi Jinping in Beijing (2018), the
// Japan–China–South Korea summit in Seoul with its bilateral talks the day before (2024), Yoon Suk Yeol's first
// meeting with the opposition leader Lee Jae-myung in Yongsan (2024), Abe's trip to Beijing and Seoul on the day of
// North Korea's first nuclear test (2006), the Xi–Ma Ying-jeou meeting in Singapore (2015), the Singapore–Indonesia
// agreements signed before Lee Hsien Loong and Joko Widodo in Bintan (2022), Nancy Pelosi's day in Taipei (2022),
// and Xi Jinping's state visit to Hanoi (2023).
// Traps: family-name-first names and their short forms ("Kim", "Moon", "Xi", "Abe", "Lee", "Trong", "Chinh"; NHK's
// "Kishida Fumio", "Abe Shinzo"), namesakes in one article (Kim Jong-un / Kim Jong-il / Kim Yo-jong / Kim Yong-chol /
// Kim Dae-jung; Lee Jae-myung / Lee Do-woon / Lee Myung-bak; Tsai Ing-wen / Tsai Chi-chang; Lee Ming-che / Lee
// Teng-hui), hyphenated and unhyphenated Korean given names ("Kim Dae Jung", "Kim Jong-un"), Chinese characters in
// brackets after names (CNA), titles and honorifics ("Mr Lee", "Rep.", Chief Cabinet Secretary, General Secretary,
// Premier, Senior Secretary), places such as Panmunjom, the Peace House, the Great Hall of the People, Cheong Wa Dae /
// the Blue House, Yongsan, "the prime minister's official residence"; a trilateral summit, group meetings,
// delegations at the table, a luncheon, a phone call, a hotline not yet used, meetings only planned, sought and
// rejected or postponed, background meetings of other years with their own dates (also month or year only),
// weekday dates ("on Monday" under a Wednesday dateline), agreements signed by ministers before leaders as witnesses,
// a treaty first signed in 2007, a pact only to be signed, a meeting that ended without any agreement.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix; 115 of 440 expectations failing): people P 0.914 R 0.895, met pairs P 0.747 R 0.54,
// agreements P 0.727 R 0.923, orgs R 0.857.
// After the fixes of branch peninsula (a family name before a hyphenated given name, "Lam Wing-kee", "Lee Do-woon"
// beside Lee Jae-myung, and the syllable after the hyphen, "Hong Joon-pyo": _bare-names; a Japanese name written
// family name first, "Abe Shinzo": _initials with cues.json familyNameFirst; a family name two people named in full
// share, "Li", is the one named before it: _echoes; "a Chinese president" refers back to no one: _former-titles;
// join phrases "sat in on the talks", "attended the banquet", "was accompanied at the table by": events.json; Cheong
// Wa Dae / the Blue House, Panmunjom and its Peace House, Bintan: places.json): people P 0.989 R 0.979, met pairs
// P 0.875 R 0.818, agreements P 0.727 R 0.923, orgs R 0.857 (52 known gaps).
// After the fixes of branch fixen ("sat on the South Korean side" is a join phrase: events.json; "is also expected
// to meet", a plan with an adverb inside: events.json; ", and the late President C signed a joint declaration with
// B" is a clause of its own subject: _own-subject): people P 0.989 R 0.979, met pairs P 0.897 R 0.891, agreements
// P 0.727 R 0.923, orgs R 0.857 (39 known gaps). Gap fixer of 2026-12-07 (branch fixen, second round: an undated
// meeting right after a sentence dated by its own words that names its people tells that day, _lead-day: 'Abe and
// Roh met at Cheong Wa Dae' after 'A and B agreed Monday'): one gap closed (36 → 35 known gaps).
// Gap fixer of the fifteenth stop (branch fixen2, 2026-12-07): a three-word name led by a one-syllable family name
// keeps a last word a dictionary knows ('Ng Eng Hen', _names.firstOfTwo): ten of P1's gaps closed.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  P1: "names: 'Newt' is in no given-name list and a dictionary word, so 'Newt Gingrich' is not read, and his 1997 meeting with Lee Teng-hui ('The last U.S. House speaker to visit Taiwan was Newt Gingrich, who met then-President Lee Teng-hui') is given to Pelosi, the speaker the article follows",
  P3: "events: 'a banquet in honor of Kim and his wife' with three Kims named in full (Kim Il Sung, Kim Jong Il, Kim Jong Un) has no Kim; a trilateral summit whose three leaders follow 'with' ('took place in … Chengdu … with then Prime Minister Abe Shinzo, then President Moon Jae-in and then Premier Li Keqiang') is read as two pairs with the first only; the witnesses of a passive signing ('were first signed in 2007 at Tampaksiring in Bali, in the presence of Mr Lee and then President Susilo Bambang Yudhoyono, on April 27 that year') make no meeting; 'held a retreat' is no meeting; 'attending the World Economic Forum in Tianjin and holding talks with Chinese Premier Li Qiang in Beijing' places the talks in Tianjin",
  P4: "dates and places: a month- or year-only date ('in December 2019', 'in January 1997', 'in November last year', 'in 1997') is not given to a meeting as a month or year (resolve/coref.ts dates meetings by a day only; the same gap as X4, M4, I1 of other suites); the Beijing talks of 'The Seoul talks came a day after Abe held talks with Hu …, the first … since Koizumi and Hu met in Jakarta on April 23, 2005' take the Jakarta date, and the Seoul talks, dated only by the lead's 'agreed Monday', none; 'where she was received by' takes no day from the lead's 'Wednesday', and the activists' meeting is placed in Hong Kong from 'Hong Kong bookseller Lam Wing-kee'",
  P5: "organisations: 'the Legislative Yuan' (its head noun Yuan is no orgHead) and 'Taiwan Semiconductor Manufacturing Co. Chairman Mark Liu' (a company right before its chief's capitalised title) are not read",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-02-tokyo-1998.txt › meeting Ryutaro Hashimoto + Kim Young-sam is dated 1997-01": GAP.P4,
  "en-03-beijing-2018.txt › meeting Kim Jong Un + Li Keqiang": GAP.P3,
  "en-03-beijing-2018.txt › meeting Kim Jong Un + Peng Liyuan": GAP.P3,
  "en-03-beijing-2018.txt › meeting Kim Jong Un + Ri Sol Ju": GAP.P3,
  "en-03-beijing-2018.txt › meeting Kim Jong Un + Wang Huning": GAP.P3,
  "en-03-beijing-2018.txt › meeting Kim Jong Un + Wang Qishan": GAP.P3,
  "en-04-seoul-2024.txt › meeting Shinzo Abe + Moon Jae-in + Li Keqiang is dated 2019-12": GAP.P4,
  "en-04-seoul-2024.txt › meeting Yoko Kamikawa + Park Jin + Wang Yi is dated 2023-11": GAP.P4,
  "en-06-seoul-2006.txt › meeting Shinzo Abe + Hu Jintao is dated 2006-10-08": GAP.P4,
  "en-08-bintan-2022.txt › meeting Lee Hsien Loong + Joko Widodo is dated 2019-10-08": GAP.P3,
  "en-08-bintan-2022.txt › meeting Lee Hsien Loong + Joko Widodo is placed in Singapore": GAP.P3,
  "en-08-bintan-2022.txt › meeting Lee Hsien Loong + Susilo Bambang Yudhoyono": GAP.P3,
  "en-08-bintan-2022.txt › meeting Lee Hsien Loong + Susilo Bambang Yudhoyono is dated 2007-04-27": GAP.P3,
  "en-08-bintan-2022.txt › meeting Lee Hsien Loong + Susilo Bambang Yudhoyono is placed in Bali": GAP.P3,
  "en-09-taipei-2022.txt › finds Newt Gingrich": GAP.P1,
  "en-09-taipei-2022.txt › finds the organisation Legislative Yuan": GAP.P5,
  "en-09-taipei-2022.txt › finds the organisation Taiwan Semiconductor Manufacturing Co.": GAP.P5,
  "en-09-taipei-2022.txt › meeting Nancy Pelosi + Tsai Chi-chang is dated 2022-08-03": GAP.P4,
  "en-09-taipei-2022.txt › meeting Nancy Pelosi + Wuer Kaixi + Lam Wing-kee + Lee Ming-che is placed in Taipei": GAP.P4,
  "en-09-taipei-2022.txt › meeting Newt Gingrich + Lee Teng-hui": GAP.P1,
  "en-09-taipei-2022.txt › meeting Newt Gingrich + Lee Teng-hui is dated 1997": GAP.P1,
  "en-09-taipei-2022.txt › meeting Newt Gingrich + Lee Teng-hui is placed in Taipei": GAP.P1,
  "en-09-taipei-2022.txt › no meeting Nancy Pelosi + Lee Teng-hui": GAP.P1,
  "en-10-hanoi-2023.txt › meeting Phạm Minh Chính + Li Qiang is placed in Beijing": GAP.P3,
};

articleSuite({ dir: join(import.meta.dirname, "peninsula"), name: "peninsula suite", artifact: "extraction-peninsula.json", knownGaps: KNOWN_GAPS });
