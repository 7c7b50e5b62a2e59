// The ettelaat suite: 10 short Persian news articles written for these tests (tests/extract/ettelaat), retelling real
// events of 1963–1999 as the Persian press of the time wrote them. Before 1979 (Ettela'at, Kayhan, the Pars agency):
// de Gaulle's state visit to Tehran and his first talks with the Shah at the Golestan Palace (Mehr 1342 / October
// 1963), the gala dinner of the 2,500-year celebrations at Persepolis with Haile Selassie, Tito and Podgorny (Mehr
// 1350 / October 1971), Nixon in Tehran after the Moscow summit and the SALT signing (Khordad 1351 / May 1972),
// Kissinger at the Iran–US joint commission, dated in the imperial calendar («۱۶ مردادماه ۲۵۳۵», August 1976).
// After 1979 (IRNA, Kayhan, Jomhouri Eslami, Resalat, Hamshahri): Pérez de Cuéllar in Tehran on Resolution 598
// (Shahrivar 1366 / September 1987), Tariq Aziz in Tehran and the resumption of Iran–Iraq relations (Shahrivar 1369 /
// September 1990), Rafsanjani at the Sarakhs railway and the ECO summit in Ashgabat (Ordibehesht 1375 / May 1996),
// Khatami with Crown Prince Abdullah and Arafat at the OIC summit in Tehran (Azar 1376 / December 1997), Rafsanjani
// in Riyadh with King Fahd (Esfand 1376 / February 1998), Khatami in Paris with Chirac and Jospin (Aban 1378 /
// October 1999).
// Traps: Persian digits; solar Hijri dates with a weekday («روز دوشنبه ۲۴ اردیبهشت»), the imperial calendar
// («۲۵۳۵», «آبان‌ماه ۲۵۳۳»); «دیروز», «دیشب», «شب گذشته», «همان شب» against the paper's date; the era's styles
// and honorifics before and after names («اعلیحضرت همایون شاهنشاه» with no name, «شاهنشاه آریامهر», «علیاحضرت
// شهبانو», «جناب آقای … نخست‌وزیر», «معظم‌له», «حجت‌الاسلام والمسلمین», «آیت‌الله», «حضرت امام», «امیر … ولیعهد»,
// «خادم الحرمین الشریفین»); an audience («به حضور … رسید», «به حضور پذیرفتند»); title references («وزیر امور
// خارجه کشورمان», «همتای فرانسوی او», «رییس مجلس», «ولیعهد عربستان»); «طرفین» / «دو طرف»; written messages
// carried by envoys (a message delivered is a meeting of the envoy and the recipient, not of the sender) and letters
// exchanged; meetings held «به طور جداگانه»; people only quoted; meetings only planned or postponed; a memorandum
// still to be signed; background meetings of other years with their own dates (in both calendars).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.969 R 1, met pairs P 0.887 R 0.783, agreements P 1 R 1, orgs R 0.857 (35 of
// 293 expectations failing). Fixes of this branch (general mechanisms, each with its unit test): a title followed
// by the outlet's «کشورمان» / «کشور ما» is of the outlet's country (passes/02-titles.our-country); a Persian meeting
// verb in the present subjunctive is a plan however far its «قرار است» (passes/05-events.subjunctive); the
// audience «به حضور X رسید / رسیده»، «شرفیاب شد»، «به حضور پذیرفتند» is a meeting, its «به حضور» marking the other
// side (passes/05-events.audience); a Solar Hijri month with an imperial year («۱۶ مردادماه ۲۵۳۵») is dated
// (dates/find). After them: people P 0.969 R 1, met pairs P 0.944 R 0.85, agreements P 1 R 1, orgs R 0.857 (23 known
// gaps).
// Gap fixer of 2026-12-07 (branch fixfa): a lexicon style keeps its lead title word and its last word is no family
// name elsewhere («رهبر معظم انقلاب» … «پس از پیروزی انقلاب اسلامی» read no Khamenei; passes/01-entities.style-words):
// met pairs P 0.944 R 0.85 → P 0.962 R 0.85 (a false pair gone; 23 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "events: presence at a group occasion told without a meeting word — the heads of state 'seated beside the Shah' at the Persepolis gala dinner («در این ضیافت … X، Y و Z در کنار شاهنشاه نشسته بودند»), and a joint inauguration («… و صفرمراد نیازاف … با هم نوار افتتاح خط را بریدند», Sarakhs) is no meeting word; the honorific pronoun «معظم‌له» (his majesty) as the subject of «… را به حضور پذیرفتند» is not resolved to the Shah of the sentence before; «همتای فرانسوی او» as the second subject of «… نیز شرکت داشتند» after «آقای عباس آرام وزیر امور خارجه و» is not resolved to Couve de Murville, named in the lead",
  X2: "places and people: «تخت جمشید» (Persepolis) is no place the lexicon holds and is read as a person; Paris is named only through «کاخ الیزه» (the Élysée is found, the article's places hold no Paris of its own); «آرزو کرد» (wished) is read as a misspelling of Álvaro Arzú («آلوارو آرسو»)",
  X3: "dates: a background meeting dated by a month with a year of its own («در مهرماه ۱۳۴۰ … در کاخ الیزه با ژنرال دوگل ملاقات کرده بودند», «در آبان‌ماه ۲۵۳۳ … به حضور شاهنشاه رسیده بود») is extracted with that month, but the pair's derived meetings do not carry it (merged with the pair's meeting of the story; not traced); a commission told «پیش از آن» (before that) with no date takes the lead's day; in «رییس‌جمهوری که عصر چهارشنبه … وارد پاریس شد، … مورد استقبال وزیر امور خارجه فرانسه قرار گرفت» the bare «رییس‌جمهوری» is read as Chirac, the last president named, not Khatami, whom the story follows",
  X4: "organisations: (closed by branch fixfa's second session: «سازمان کنفرانس اسلامی», the OIC's name until 2011, is among the lexicon's names of the Organisation of Islamic Cooperation)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-01-tehran-1342.txt › finds the place Paris": GAP.X2,
  "fa-01-tehran-1342.txt › meeting Charles de Gaulle + Maurice Couve de Murville": GAP.X1,
  "fa-01-tehran-1342.txt › meeting Mohammad Reza Pahlavi + Maurice Couve de Murville": GAP.X1,
  "fa-01-tehran-1342.txt › meeting Asadollah Alam + Maurice Couve de Murville": GAP.X1,
  "fa-01-tehran-1342.txt › meeting Mohammad Reza Pahlavi + Charles de Gaulle is dated 1961-10": GAP.X3,
  "fa-02-shiraz-1350.txt › finds no one else": GAP.X2,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Haile Selassie": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Nikolai Podgorny": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Haile Selassie + Josip Broz Tito": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Haile Selassie + Nikolai Podgorny": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Josip Broz Tito + Nikolai Podgorny": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Haile Selassie + Josip Broz Tito + Nikolai Podgorny is dated 1971-10-14": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Haile Selassie + Josip Broz Tito + Nikolai Podgorny is placed in تخت جمشید": GAP.X2,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Josip Broz Tito is placed in تخت جمشید": GAP.X2,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Nikolai Podgorny is dated 1971-10-14": GAP.X1,
  "fa-02-shiraz-1350.txt › meeting Mohammad Reza Pahlavi + Nikolai Podgorny is placed in تخت جمشید": GAP.X2,
  "fa-04-tehran-2535.txt › meeting Henry Kissinger + هوشنگ انصاری is dated nothing (no date in the text)": GAP.X3,
  "fa-04-tehran-2535.txt › meeting Henry Kissinger + Mohammad Reza Pahlavi is dated 1974-11": GAP.X3,
  "fa-07-ashgabat-1375.txt › meeting Akbar Hashemi Rafsanjani + Saparmurat Niyazov": GAP.X1,
  "fa-07-ashgabat-1375.txt › meeting Akbar Hashemi Rafsanjani + Saparmurat Niyazov is dated 1996-05-13": GAP.X1,
  "fa-07-ashgabat-1375.txt › meeting Akbar Hashemi Rafsanjani + Saparmurat Niyazov is placed in سرخس": GAP.X1,
  "fa-10-paris-1378.txt › meeting Mohammad Khatami + Hubert Védrine is dated 1999-10-27": GAP.X3,
};

articleSuite({ dir: join(import.meta.dirname, "ettelaat"), name: "ettelaat suite", artifact: "extraction-ettelaat.json", knownGaps: KNOWN_GAPS });
