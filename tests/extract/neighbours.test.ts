// The neighbours suite: 10 short Persian news articles written for these tests (tests/extract/neighbours), retelling
// real meetings and agreements of 2007–2024 between Iran and its Arab neighbours and Iraq, and among those states, as
// the Iranian press writes them (IRNA, ISNA, Mehr, Tasnim, Fars, Hamshahri, Shargh, Iran daily, Press TV's Persian
// copy): Ahmadinejad in Baghdad with Talabani and al-Maliki (Esfand 1386, seven memoranda signed by unnamed ministers
// in the presence of the leaders; Maliki's Tehran visit of Mordad 1386 in background, a meeting with Abdul Aziz
// al-Hakim only planned), Ahmadinejad in Beirut with Suleiman, Berri and Hariri (Mehr 1389; Nasrallah only by video
// link, a US spokesman only quoted), Rouhani with Sultan Qaboos in Muscat and the gas memorandum signed by the oil
// ministers in their presence (Esfand 1392; Qaboos in Tehran in Shahrivar 1392 with Rouhani and «رهبر معظم انقلاب»),
// Amir-Abdollahian and Faisal bin Farhan in Beijing with Qin Gang (Farvardin 1402; the Shamkhani–al-Aiban agreement
// with Wang Yi of Esfand 1401, phone calls, King Salman's invitation to Raisi), Raisi with Emir Tamim in Doha (Esfand
// 1400; Tamim in Tehran in Dey 1398, the emir's father and foreign minister as namesakes «آل ثانی»), Ahmadinejad with
// Bashar al-Assad, Nasrallah and Meshaal in Damascus (Esfand 1388; visa waiver signed by Mottaki and al-Muallem in the
// presidents' presence; Clinton only quoted; Hafez al-Assad), Rouhani with Emir Sabah al-Ahmad in Kuwait and Qaboos in
// Muscat the same day (Bahman 1395; the envoy Sabah al-Khalid who brought the emir's letter to Tehran), Tahnoun bin
// Zayed in Tehran with Raisi and Shamkhani (Azar 1400; carrying Mohammed bin Zayed's message and invitation; Bagheri
// Kani's Dubai meetings), Bagheri Kani with al-Zayani on the sidelines of the ACD in Tehran (Tir 1403; «شهید» Amir-
// Abdollahian, King Hamad's words to Putin in Moscow), and Khamenei receiving the Houthi spokesman Abdulsalam with Abdul-
// Malik al-Houthi's message (Mordad 1398; namesake «عبدالملک العجری»; the Stockholm agreement of Azar 1397 in
// background).
// Traps: Solar Hijri dates with the weekday, «دیروز» / «امروز» against the header's date, «کشورمان», «همتای عراقی
// خود», «دو رئیس‌جمهور», «در حضور / با حضور … به امضای وزیران دو کشور رسید», envoys who hand over a message
// («پیام … را تسلیم کرد»), planned visits and meetings («قرار است»), phone calls («در تماس تلفنی»), background
// meetings of other years, people only quoted, spelling variants («نوری المالکی» / «نوری مالکی», «بشار اسد» /
// «بشار الاسد»), the styles «شیخ», «سلطان», «ملک», «شاهزاده», «ولیعهد», «حضرت آیت‌الله», and «شهید» before a name.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.957 R 1, met pairs P 0.932 R 0.872, agreements P 0.833 R 0.556, orgs R 1
// (25 of 289 expectations failing). One expectation is corrected: fa-09's «دو طرف … توافق کردند سازوکارهای لازم برای
// آغاز گفت‌وگو … را فراهم کنند» was written as an agreement of Bagheri Kani and al-Zayani; it is an agreement to start
// talks, an intent to negotiate that this project counts as no agreement (07-agreements, CAMEO 036), so it is now a
// notAgreement. Fixes of this branch (general mechanisms, each with its unit test under tests/extract/passes): a word of
// putting off inside a quotation is no modality of the meeting it was said at (_quotations; 05-events.quoted-modality);
// a bare part of the day («بعدازظهر», «شامگاه») is later on the day last told, a Persian trip in the subjunctive («قرار
// است … بازدید کند») is no trip made, and a day inside a quotation is not the story's last day (_day-parts,
// _subjunctive, 04-dates; 05-events.neighbours-days); «ماه مبارک رمضان» names no Mubarak (_candidates.monthEpithet)
// and «… که رئیس‌جمهوری سوریه ترتیب داده بود» no holder «ترتیب داده» (_name-words.compoundVerbRun); «به امضای …
// رسید» reaches past titled signers no lexicon knows (_cue-readings); the outlet after «به گزارش خبرنگار اعزامی X» is
// the source, no party (02c-sources.reporterOf); «پیام … را به X تسلیم کرد» is a contact of bearer and recipient
// (_handover); a reigning emir or sultan is a monarch, «پادشاه عمان» (offices.json parent king), and a contact told
// «در آن سفر» takes the day of that trip (_that-trip). Two bazaar gaps were fixed on the way.
// Final: people P 0.985 R 1, met pairs P 0.978 R 0.936, agreements P 1 R 0.875, orgs R 1 (9 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  N1: "agreements: «… که … با حضور X … به توافق استکهلم انجامید» (talks that ended in an agreement, told in a relative clause about the talks; «به توافق … انجامید» is no agreement trigger) is read as no agreement",
  N2: "names: the holder of a title in a relative clause about the dinner («ضیافت شامی که رئیس‌جمهوری سوریه ترتیب داده بود», no longer read as a name «ترتیب داده») is not read as Bashar al-Assad, the host, so he is not at the dinner; «شیخ صباح خالد», the first two words of Sabah al-Khalid's full name, is read as «صباح» (him) and «خالد» (another lexicon short form) and resolved as a second person",
  N3: "events: «… با A دیدار کرده بود و در همان سفر به دیدار B نیز رفته بود» is one clause, so A and B meet (the second verb with its own object is not a contact of its own); the host of a meeting told in a relative clause about it («این دیدار که به میزبانی X برگزار شد»: the noun points back, and «دیدار رسمی» later in the sentence makes a trip of the three) is no participant",
  N5: "places: a meeting told in a venue that is a body («در مقر مجلس لبنان», an organisation, no place) takes the palace of the clause before; «کویت -», a dateline of a country whose capital is 'Kuwait City', is kept the country (_dateline.capitalOfDateline leaves 'X City' capitals), so Kuwait City is never named; talks named by their city («مذاکرات صلح استکهلم», a genitive of the talks) are placed in the dateline's city",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-02-beirut-1389.txt › meeting Mahmoud Ahmadinejad + Nabih Berri is placed in Beirut": GAP.N5,
  "fa-04-beijing-1402.txt › meeting Faisal bin Farhan + Qin Gang": GAP.N3,
  "fa-04-beijing-1402.txt › meeting Hossein Amir-Abdollahian + Qin Gang": GAP.N3,
  "fa-05-doha-1400.txt › no meeting Hassan Rouhani + Ali Khamenei": GAP.N3,
  "fa-06-damascus-1388.txt › meeting Bashar al-Assad + Hassan Nasrallah": GAP.N2,
  "fa-07-kuwait-1395.txt › finds no one else": GAP.N2,
  "fa-07-kuwait-1395.txt › finds the place Kuwait City": GAP.N5,
  "fa-10-tehran-1398.txt › agreement Mohammed Abdulsalam + Khaled al-Yamani": GAP.N1,
  "fa-10-tehran-1398.txt › meeting Mohammed Abdulsalam + Khaled al-Yamani + António Guterres is placed in Stockholm": GAP.N5,
};

articleSuite({ dir: join(import.meta.dirname, "neighbours"), name: "neighbours suite", artifact: "extraction-neighbours.json", knownGaps: KNOWN_GAPS });
