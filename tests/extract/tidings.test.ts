// The tidings suite: 10 short Arabic news articles written for these tests (tests/extract/tidings), in styles the
// other suites barely use: the domestic politics of Iraq, Lebanon, Yemen, Libya, Tunisia, Mauritania and Sudan, and
// the Arabic services of foreign outlets (RT Arabic, Xinhua Arabic, Anadolu Arabic) on non-Arab or economic events,
// 1994–2023: Barzani's first visit to Baghdad after the 2017 referendum (INA, 2018), the decree forming Mikati's
// government at Baabda (NNA, 2021), the Yemeni Document of Pledge and Accord signed in Amman (al-Thawra, 1994, a
// lunar Hijri date beside the Gregorian), Mandela's Lockerbie mediation with Gaddafi (JANA, Tripoli 1999, a Hijri
// date), the Tunisian national dialogue's road map (TAP, 2013), Ghazouani's meetings with the opposition and a
// governor with tribal notables (AMI, Nouakchott 2020, a Hijri date), Sudan's constitutional declaration (SUNA,
// Khartoum 2019), Putin and Erdoğan in Sochi (RT Arabic, 2021), Xi and Modi's informal summit (Xinhua Arabic, 2019)
// and the TotalEnergies gas contract in Baghdad (Anadolu Arabic, 2023).
// Traps: names no lexicon knows (ministers, spokesmen, mediators, a governor, opposition leaders with «ولد», a
// company chief, a foreign secretary, a regional governor written in Arabic), title chains («رئيس الجمهورية العماد»,
// «الأخ قائد الثورة العقيد», «الفريق أول الركن», «رئيس مجلس النواب الشيخ … رئيس التجمع …»), people only quoted or
// mentioned, phone calls, a message carried, planned and postponed meetings, meetings dated by weekday, «أمس»,
// «اليوم نفسه», «يوم الخميس», «الأسبوع الماضي», past meetings dated by month only, a signing before witnesses and
// heads of state, a decree signed (no agreement), an agreement reached only in words, an agreement initialled before,
// a negated meeting («دون أن يلتقي»), a palace the lexicon holds in another city (قصر السلام), places and parties.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.923 R 0.833, met pairs P 0.804 R 0.586, agreements P 0.5 R 0.429, orgs R 0.882
// (80 of 301 expectations failing); after the fixes of the same branch: people P 0.939 R 0.861, met pairs P 0.918 R 0.8,
// agreements P 0.714 R 0.714, orgs R 0.882 (52 known gaps); after the Arabic names and places of branch arabic-names
// (a nasab's title or honorific word, «ولد الشيخ», a continent's adjective and a plural after a descriptor, a dean, a
// feminine two-word demonym, a family name written like a pronoun, weak short forms inside a name; transliterated
// cities and regions in a place slot, a capital that bears its country's name before «حيث», a lexicon site of a
// country the article does not name): people P 1 R 0.972, met pairs P 0.957 R 0.943, agreements P 0.714 R 0.714,
// orgs R 0.882 (23 known gaps). Branch fixar (2026-12-07): Xi named again by his family name alone («استقبل شي»,
// «وكان شي ومودي قد عقدا …»: _misspellings familyNameLead, cues familyNameLeads); a place noun and the place's name after
// a title are its complement («حاكم إقليم كراسنودار X», _complement.placeNamed): people R 0.986, met pairs P 0.958 R 0.971
// (14 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  T1: "a name no lexicon knows is missed: the second name of a pair after a plural descriptor whose words are a cue ('المواطنين الليبيين A والأمين خليفة فحيمة': خليفة, successor, is a genitive cue word) (a governor of a region, 'حاكم إقليم كراسنودار X', is read since branch fixar: the place noun and its name are the title's complement, _complement.placeNamed); the meetings of these people fail with them",
  T2: "places: a past meeting told in a pluperfect clause in a city ('وكان شي ومودي قد عقدا اجتماعهما الأول في مدينة ووهان الصينية في أبريل 2018') is not reported apart from the article's own, so it is neither placed in Wuhan nor left undated; a venue glued to ب in a pluperfect reception ('بقصر قرطاج') yields to the dateline city",
  T3: "events: a plan does not reach a second meeting word past a comma and 'قبل أن' ('ومن المقرر أن يلتقي … X، قبل أن يتوجه إلى النجف للقاء Y': Y is met as held); an attendee ('وحضر اللقاء X') joins the background meeting told last ('وكان … قد استقبل الأسبوع الماضي') instead of the article's own; an airport welcome ('حيث كان في استقباله X'); 'توصلا في موسكو إلى اتفاق' (reached an agreement in a city) and two ministers who sign together ('وقعه وزيرا الخارجية A وB') make no meeting; a working dinner ('تناولا عشاء عمل') is no meeting word",
  T4: "agreements: 'اتفقا على إنشاء آلية … يرأسها A وB' gives the heads named in the relative clause as signatories and not the two states the dual subject stands for; a company in quotes after مع ('وقعت الحكومة العراقية مع شركة \"توتال إنرجيز\" عقدا') is no party",
  T5: "organisations: a central bank inside a governor's title ('محافظ البنك المركزي العراقي X') is read as the title's office, not a body; a party whose name opens with اتحاد after حزب ('حزب اتحاد قوى التقدم') is not read",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-baghdad-2018.txt › no meeting Masoud Barzani + Ali al-Sistani": GAP.T3,
  "ar-04-tripoli-1999.txt › finds الأمين خليفة فحيمة": GAP.T1,
  "ar-05-tunis-2013.txt › meeting Moncef Marzouki + حسين العباسي is placed in Carthage Palace": GAP.T2,
  "ar-06-nouakchott-2020.txt › finds the organisation اتحاد قوى التقدم": GAP.T5,
  "ar-06-nouakchott-2020.txt › meeting أحمد ولد داداه + محمد أحمد ولد محمد الأمين": GAP.T3,
  "ar-08-sochi-2021.txt › meeting Vladimir Putin + Recep Tayyip Erdoğan is dated 2020-03-05": GAP.T3,
  "ar-08-sochi-2021.txt › meeting Vladimir Putin + Recep Tayyip Erdoğan is placed in Moscow": GAP.T3,
  "ar-08-sochi-2021.txt › meeting Sergey Lavrov + Mevlüt Çavuşoğlu": GAP.T3,
  "ar-08-sochi-2021.txt › meeting Sergey Lavrov + Mevlüt Çavuşoğlu is dated 2020-03-05": GAP.T3,
  "ar-08-sochi-2021.txt › meeting Sergey Lavrov + Mevlüt Çavuşoğlu is placed in Moscow": GAP.T3,
  "ar-09-chennai-2019.txt › meeting Xi Jinping + Narendra Modi is dated 2019-10-11": GAP.T3,
  "ar-09-chennai-2019.txt › agreement China + India": GAP.T4,
  "ar-10-baghdad-2023.txt › finds the organisation البنك المركزي العراقي": GAP.T5,
  "ar-10-baghdad-2023.txt › agreement Iraq + توتال إنرجيز": GAP.T4,
};

articleSuite({ dir: join(import.meta.dirname, "tidings"), name: "tidings suite", artifact: "extraction-tidings.json", knownGaps: KNOWN_GAPS });
