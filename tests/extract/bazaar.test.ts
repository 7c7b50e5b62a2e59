// The bazaar suite: 10 short Persian articles written for these tests (tests/extract/bazaar), retelling real economic
// and trade diplomacy of 1997–2024 as the Iranian economic and business press writes it (IRNA's and ISNA's economic
// desks, Tasnim, Mehr, Shana, Donya-e-Eqtesad, Eghtesad Online, Radio Farda on business abroad): the Korpeje–Kordkuy
// gas pipeline opened by Khatami and Niyazov (1376/1997), the start of the Pakistani section of the Iran–Pakistan gas
// pipeline at Gabd by Ahmadinejad and Zardari (1391/2013), Rouhani in Ankara and the first High-Level Cooperation
// Council with Erdoğan (1393/2014), Modi in Tehran with the Chabahar contracts and the trilateral transit agreement
// with Ghani (1395/2016), Total's South Pars phase 11 contract (1396/2017), the Iran–China 25-year cooperation
// programme signed by Zarif and Wang Yi (1400/2021), Maduro's 20-year cooperation document with Raisi (1401/2022),
// the Rasht–Astara railway agreement with Putin present by video (1402/2023), the 10-year Chabahar terminal contract
// between Iran's ports organisation and India Ports Global (1403/2024), and Rouhani's first visit to Iraq (1397/2019).
// Traps: companies and ministries as parties of agreements («شرکت ملی نفت ایران»، «توتال»، «سازمان بنادر و
// دریانوردی»، «ایندیا پورتس گلوبال»), CEOs and deputy ministers no lexicon knows («مدیرعامل»، «معاون وزیر»، «رئیس اتاق
// بازرگانی»), Persian transliterations of foreign company chiefs and ministers («پاتریک پویانه»، «سربانندا سونووال»،
// «ودانت پاتل»), memoranda "to be signed" or "finalised" later, a business forum only planned, figures that look like
// dates or years («۲۵ ساله»، «۲۰ ساله»، «۴۰۰ میلیارد دلار»، «۱۴ میلیارد و ۵۰۰ میلیون دلار»، «تا سال ۲۰۱۵»), Solar
// Hijri dates beside Gregorian ones, a video conference between presidents, phone calls, background visits of other
// years with their own dates, people only quoted, signers named only by their title, a signing by ministers in the
// presence of heads of state.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
//
// Scores (precision/recall), fa:  people        met pairs     agreements    orgs R
//   first run (41 failing)         0.942/1.000   0.935/0.853   0.700/0.500   0.333
//   after the fixes (34 gaps)      0.980/1.000   1.000/0.882   0.727/0.571   0.333
// Fixes (general mechanisms, tests with new sentences in passes/02b-organizations.bazaar and passes/05-events.bazaar):
// a facility head that is also a given name («بندر»، Bandar) is no given name before a surname, and a place named
// after a martyr («بندر شهید X», «فرودگاه … شهید X») is a place, its namesake no person of the article; who is there
// only by video («و حضور مجازی X») is no one at a signing or an occasion; «دو رئیس جمهور» / «رؤسای جمهور دو کشور»
// are two presidents (those of the last meeting or call of two, else the two named in the sentences just before),
// also after the relative «در آن» (in which); «به امضای … رسید» reaches its verb past the signers' names.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "places: (a meeting's town no lexicon knows, 'در کردکوی' under the dateline «کردکوی - ایرنا:», is read since branch fixfa's second session: _unknown-towns) a border site near a city read as the city ('در منطقه مرزی گبد در نزدیکی چابهار': Chabahar); a place inside a project's name taken as the venue ('راه‌آهن شلمچه - بصره': the talks in Baghdad placed in Basra); a ministry's building no place ('در ساختمان وزارت راه') leaves the meeting to a city of a later sentence (Washington, of a spokesman quoted the day after); a meeting in a sentence naming no place (Wang Yi, who 'had arrived in Tehran' in a relative clause) got none (closed in the eleventh stop: the trip to Tehran of the relative clause places his meetings with Rouhani and Larijani, now that the Arabic «جمعه» no longer reads the Persian Friday as a meeting). (Closed by branch caucasus: the summits' format «روند آستانه» is no venue, cues.json words formatNoun.)",
  X2: "agreements: a background contract in the passive with its parties after «میان» ('قرارداد … در سال ۱۳۷۴ میان جمهوری اسلامی ایران و ترکمنستان امضا شده بود') or in a relative clause ('قرارداد ۲۵ ساله‌ای که ایران و پاکستان در سال ۲۰۱۰ امضا کردند'); companies and state bodies as parties (a quoted company after «شرکت هندی», «شرکت توتال فرانسه» read with its country, «سازمان بنادر و دریانوردی ایران» and IPGL); the signers' list «به امضای روحانی، مودی و غنی» drops Rouhani (his short form «روحانی» is also the common word 'cleric')",
  X3: "events: (closed by branch caucasus, _mentions.actorsIn counting the named sides by person: a title alone as the subject with an object named twice in apposition, 'نخست وزیر هند … با حضرت آیت‌الله خامنه‌ای رهبر معظم انقلاب اسلامی دیدار کرد', now meets Modi); the trilateral signing «در نشستی با حضور سران سه کشور به امضای روحانی، مودی و غنی رسید» is no meeting of the three; a passive signing «به امضای A و B رسید» with no presence phrase is no meeting of its signers (Zarif and Wang Yi)",
  X4: "dates: the day of a relative clause ('وانگ یی که جمعه شب وارد تهران شده بود، پیش از امضای این سند با … دیدار کرد') dates the main clause's meeting (Friday, not the Saturday of the signing); a meeting told 'then' («سپس») or in the next paragraph takes no day from the one before ('سپس با رجب طیب اردوغان … دیدار کرد'; the ministers at the Chabahar signing 'after this meeting'); a year alone ('در سال ۲۰۱۶') does not date a background visit",
  X5: "organisations: a company named in quotes after «شرکت هندی» ('«ایندیا پورتس گلوبال»'), one word after «شرکت» («شرکت پتروپارس»), «شرکت توتال فرانسه» read as one name with its country, the chamber's long name with commas ('اتاق بازرگانی، صنایع، معادن و کشاورزی ایران'), «سازمان بنادر و دریانوردی ایران» with its country and its later mention without it not taken as the same body",
  X6: "people: the Leader named only in another's title ('علی لاریجانی، مشاور رهبر انقلاب و مسئول پیگیری روابط با چین') is made a person of the article",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-01-kordkuy-1376.txt › agreement Iran + Turkmenistan": GAP.X2,
  "fa-02-gabd-1391.txt › agreement Iran + Pakistan": GAP.X2,
  "fa-02-gabd-1391.txt › meeting Mahmoud Ahmadinejad + Asif Ali Zardari is placed in گبد": GAP.X1,
  "fa-03-ankara-1393.txt › finds the organisation اتاق بازرگانی، صنایع، معادن و کشاورزی ایران": GAP.X5,
  "fa-03-ankara-1393.txt › meeting Hassan Rouhani + Recep Tayyip Erdoğan + Mohammad Javad Zarif + Ahmet Davutoğlu is dated 2014-06-09": GAP.X4,
  "fa-04-tehran-1395.txt › agreement Hassan Rouhani + Ashraf Ghani": GAP.X2,
  "fa-04-tehran-1395.txt › agreement ایندیا پورتس گلوبال + آریا بنادر ایرانیان": GAP.X2,
  "fa-04-tehran-1395.txt › finds the organisation ایندیا پورتس گلوبال": GAP.X5,
  "fa-04-tehran-1395.txt › meeting Hassan Rouhani + Ashraf Ghani": GAP.X3,
  "fa-04-tehran-1395.txt › meeting Narendra Modi + Ashraf Ghani": GAP.X3,
  "fa-04-tehran-1395.txt › meeting عباس آخوندی + نیتین گادکاری is dated 2016-05-23": GAP.X4,
  "fa-05-tehran-1396.txt › agreement National Iranian Oil Company + توتال": GAP.X2,
  "fa-05-tehran-1396.txt › finds the organisation توتال": GAP.X5,
  "fa-05-tehran-1396.txt › finds the organisation پتروپارس": GAP.X5,
  "fa-06-tehran-1400.txt › finds no one else": GAP.X6,
  "fa-06-tehran-1400.txt › meeting Mohammad Javad Zarif + Wang Yi": GAP.X3,
  "fa-06-tehran-1400.txt › meeting Mohammad Javad Zarif + Wang Yi is dated 2021-03-27": GAP.X3,
  "fa-06-tehran-1400.txt › meeting Mohammad Javad Zarif + Wang Yi is placed in Tehran": GAP.X3,
  "fa-06-tehran-1400.txt › meeting Wang Yi + Ali Larijani is dated 2021-03-27": GAP.X4,
  "fa-06-tehran-1400.txt › meeting Wang Yi + Hassan Rouhani is dated 2021-03-27": GAP.X4,
  "fa-07-tehran-1401.txt › meeting Nicolás Maduro + Hassan Rouhani is dated 2016": GAP.X4,
  "fa-09-chabahar-1403.txt › agreement سازمان بنادر و دریانوردی + ایندیا پورتس گلوبال": GAP.X2,
  "fa-09-chabahar-1403.txt › finds the organisation ایندیا پورتس گلوبال": GAP.X5,
  "fa-09-chabahar-1403.txt › finds the organisation سازمان بنادر و دریانوردی": GAP.X5,
  "fa-10-baghdad-1397.txt › meeting Hassan Rouhani + Adil Abdul-Mahdi is placed in Baghdad": GAP.X1,
};

articleSuite({ dir: join(import.meta.dirname, "bazaar"), name: "bazaar suite", artifact: "extraction-bazaar.json", knownGaps: KNOWN_GAPS });
