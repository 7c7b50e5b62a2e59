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
// notAgreement.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  N1: "agreements: «… که … با حضور X … به توافق استکهلم انجامید» (talks that ended in an agreement, told in a relative clause about the talks, «انجامید» no agreement verb) is read as no agreement",
  N2: "names: «ماه مبارک رمضان» is read as a person «مبارک رمضان»; the past participle after a title in a relative clause («ضیافت شامی که رئیس‌جمهوری سوریه ترتیب داده بود») is read as the title's holder «ترتیب داده», so the title is not Bashar al-Assad and he is not at the dinner; «شیخ صباح خالد», a short form of Sabah al-Khalid the lexicon does not list, is a second person",
  N3: "events: a meeting told in a second clause with a subject of its own («پادشاه عمان در آن سفر با رهبر معظم انقلاب اسلامی نیز دیدار کرده بود»: a title reference in a background trip) is not read; «… با A دیدار کرده بود و در همان سفر به دیدار B نیز رفته بود» makes A and B meet; the host of a meeting told in a relative clause («این دیدار که به میزبانی X برگزار شد») is no participant; an envoy who came to Tehran and «پیام کتبی امیر … را به روحانی تسلیم کرد» (in a relative clause after «سفر X است که») meets no one",
  N4: "dates: a part of the day with no day («بعدازظهر», «شامگاه همان روز») and a clause with no date of a trip told as one day («در این سفر») take the publication day (the day after), not the day the article's lead tells",
  N5: "places: a meeting told in a venue that is a body («در مقر مجلس لبنان») takes the palace of the clause before; «کویت -», a dateline of a country's name alone with no agency, is not read as Kuwait City; talks named by their city («مذاکرات صلح استکهلم») are placed in the dateline's city",
  N6: "modality: «تعویق»/«تأخیر» inside a quotation the subject spoke at a meeting («در دیدار با X … گفته بود: «دلیلی برای به تأخیر انداختن عادی‌سازی روابط … وجود ندارد»») marks the meeting itself cancelled",
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
