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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;
void GAP;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "peninsula"), name: "peninsula suite", artifact: "extraction-peninsula.json", knownGaps: KNOWN_GAPS });
