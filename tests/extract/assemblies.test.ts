// The assemblies suite: 10 short Arabic news articles written for these tests (tests/extract/assemblies), retelling
// real multilateral gatherings of 1997–2023 and the bilateral meetings held on their margins, as the Arab agencies,
// papers and broadcasters report them (SPA/واس, MENA/أ ش أ with Al-Ahram, WAM/وام, BBC Arabic, Asharq Al-Awsat,
// KUNA/كونا, QNA/قنا, Al Jazeera, UN News in Arabic): the first Arab–China summit in Riyadh with Xi's meetings on its
// margins and the Saudi–Chinese partnership signed the day before (2022), COP27's leaders' summit in Sharm el-Sheikh
// (2022), COP28 in Dubai (2023), the UN General Assembly week in New York with Trump's, Sisi's and Netanyahu's
// meetings (2017), the Arab League summit in Jeddah with Assad's return and Zelensky's visit (2023), the GCC summit
// in AlUla and its declaration (2021), the OPEC and non-OPEC ministerial meeting in Vienna with the Saudi–Russian
// statement signed at the G20 in Hangzhou (2016), the OIC's extraordinary summit on Jerusalem in Istanbul (2017), the
// OIC summit in Tehran (1997), and the Arab League summit in Algiers attended by the UN Secretary-General (2022).
// Traps: people only attending a session, chairing it, addressing it or reading its communiqué (no meeting unless
// the text says they met), «التقى … كلاً من A وB وC، كلاً على حدة» (each met the subject, not each other), «بحضور»
// at a signing, «استقبل» and «كان في استقباله», a declaration adopted («إعلان الرياض», «إعلان جدة», «إعلان إسطنبول»)
// versus an agreement or a statement signed, planned meetings and next summits, phone calls, a photograph posted by
// one leader, background meetings of earlier dates («عشية افتتاح القمة», «غداة لقاء», «في السادس من الشهر الجاري»),
// Hijri and Gregorian dates in an SPA dateline, agency datelines («دبي في 1 ديسمبر / وام /», «العلا - 5 - 1 (كونا)
// --»), the two ministers named by «الوزيران», honorific chains («صاحب السمو الملكي … ولي العهد رئيس مجلس الوزراء»),
// Egyptian spellings («جوتيريش», «السكرتير العام»), and people no lexicon holds (ministers, envoys, a spokesman).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.951 R 0.963, met pairs P 0.239 R 0.688, agreements P 0.5 R 0.333, orgs R 0.769
// (66 of 270 expectations failing). After the fixes of the same branch (an Arabic title before another title's name,
// «كلاً من» or «في استقبال» stands alone and, right after the meeting verb, is its subject; "on the sidelines of" after
// a contact verb is no event of its own; a summit named by its states' adjective is a body's session, and so is a bare
// «القمة» after one; the day of «على هامش القمة» from the gathering of the same noun, past a date of «منذ …» and a
// guest's title naming a country): people P 0.951 R 0.963, met pairs P 0.491 R 0.844, agreements P 0.5 R 0.333, orgs
// R 0.769 (53 known gaps).
// Gap fixer of 2026-12-07: met pairs P 0.491 → 0.871 (R 0.844 unchanged; people, agreements and orgs unchanged; 51
// known gaps): who takes part in a body's session joins no meeting told before it (Zelensky, who «حضر القمة», no
// longer joins Assad's reception; Arafat no longer joins Khatami's); a body's numbered session («الدورة الـ41 للمجلس
// الأعلى لمجلس التعاون») is what a later bare «القمة» tells, so those who «شارك في القمة» did not meet one another; a
// gathering attended by an unnamed plural of many states' heads or ministers, added by a conjunction («وأكثر من مئة
// من رؤساء الدول», «ووزراء الطاقة والنفط في الدول المشاركة», «إلى جانب عدد من قادة الدول»), is no meeting of the few
// it names (Modi and Meloni's meeting «على هامش المؤتمر» takes the summit's day since); a contact «عقب الاجتماع» is of
// the day of the gathering told before with that noun. Branch fixar (2026-12-07): a heading line of a city and its
// dates with no punctuation between is the dateline (_dateline.dateLineAfter): met pairs unchanged, places of three
// meetings in Riyadh (48 known gaps). Branch fixar, third session (test in passes/02-titles.title-proclitic): a title
// glued to a preposition («بالأمين العام لجامعة الدول العربية») is no apposition to the name before it: met pairs P 0.871
// R 0.844 → P 0.875 R 0.875 (45 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "names: a Saudi nasab chain to the dynasty («محمد بن سلمان بن عبدالعزيز آل سعود») also yields the dynasty's founder (Ibn Saud) as a second person; a name no lexicon knows after «من» at the end of a handover («تسلم … رئاسة المؤتمر من ألوك شارما») is not read; the lexicon's short form «نايف الحجرف» leaves «نايف فلاح» of «الدكتور نايف فلاح الحجرف» as another person; a nasab «محمد بن صالح السادة» is read as the namesake «بن صالح» (Abdelkader Bensalah); «بابا الفاتيكان فرنسيس» (the lexicon has «البابا فرنسيس») leaves «فرنسيس» a new person",
  X2: "references and constructions: «كان ولي العهد السعودي في استقبال الشيخ تميم» (the title still takes the name past the honorific «الشيخ»; read since this branch before a title, «في استقبال الرئيس X»); «التقى الأمين العام بالرئيس الجزائري» (the bare «الأمين العام», with two secretaries-general named, makes no side; «التقى غوتيريش بالأمين العام لجامعة الدول العربية» is read since branch fixar's third session: a title glued to a preposition is no apposition to the name before it, _title-proclitic); «العاهل الأردني» resolved to Trump, the last head of state named, not to the Jordanian king named in the sentence before; Sisi's first public meeting with Netanyahu «في أول لقاء علني بينهما، بحسب بيان …» read as denied (not traced); the king whose invitation an ambassador delivers («تلقى دعوة الملك سلمان … من سفير المملكة … الذي سلمها له في دمشق») is read as at the delivery, which takes no day or place of its relative clause; the chair of a summit and the Arab League's chief «في الجلسة الافتتاحية» read as meeting (a session noun, «الجلسة», no body names)",
  X3: "dates and places: (an SPA dateline with the Hijri date first, «الرياض 15 جمادى الأولى 1444 هـ الموافق 09 ديسمبر 2022 م واس», is read since branch fixar: _dateline.dateLineAfter); a background visit in the same sentence («بعد زيارة السيسي إلى البيت الأبيض في أبريل») gives its place to the sentence's meeting and makes no meeting of its own; the day of «على هامش القمة» in Jeddah taken from the Cairo ministerial meeting's «7 مايو» of the lead, with no place; a title's country («وزير الطاقة … بالمملكة العربية السعودية») taken as the Vienna meeting's venue; Hangzhou has no Arabic name in the lexicon; «غداة لقاء جمع …» (the day before the statement's day) is not counted; a topic «بشأن القدس» taken as the venue of the Istanbul meeting, which takes no day; «عشية افتتاح القمة» (the eve of the opening told the sentence before) gives no day, and the country of «زيارة … إلى إيران» is the place",
  X4: "agreements: a declaration signed by the leaders as a group («وقع قادة دول مجلس التعاون … على «بيان العلا»»), listed only in the next sentence, has no named parties; a statement signed by «الوزيران» in a pluperfect clause («وكان الوزيران قد وقعا … غداة لقاء جمع بوتين و… محمد بن سلمان») is given to the two of the meeting it follows",
  X5: "organisations: the United Nations inside a longer name («اتفاقية الأمم المتحدة الإطارية», «للجمعية العامة للأمم المتحدة») is read only as the longer body (UNFCCC, the General Assembly); (the OIC under its name before 2011, «منظمة المؤتمر الإسلامي», is the OIC since branch fixfa's second session: a lexicon name)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-riyadh-2022.txt › finds no one else": GAP.X1,
  "ar-02-sharm-el-sheikh-2022.txt › finds ألوك شارما": GAP.X1,
  "ar-03-dubai-2023.txt › finds the organisation United Nations": GAP.X5,
  "ar-04-new-york-2017.txt › finds the organisation United Nations": GAP.X5,
  "ar-04-new-york-2017.txt › meeting Donald Trump + Abdel Fattah el-Sisi is placed in New York": GAP.X3,
  "ar-04-new-york-2017.txt › meeting Donald Trump + Abdel Fattah el-Sisi is dated 2017-04": GAP.X3,
  "ar-04-new-york-2017.txt › meeting Abdel Fattah el-Sisi + Benjamin Netanyahu": GAP.X2,
  "ar-04-new-york-2017.txt › meeting Abdel Fattah el-Sisi + Benjamin Netanyahu is dated 2017-09-19": GAP.X2,
  "ar-04-new-york-2017.txt › meeting Abdel Fattah el-Sisi + Benjamin Netanyahu is placed in New York": GAP.X2,
  "ar-05-jeddah-2023.txt › meeting Mohammed bin Salman + Bashar al-Assad is dated 2023-05-19": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Mohammed bin Salman + Bashar al-Assad is placed in Jeddah": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Mohammed bin Salman + Volodymyr Zelensky is dated 2023-05-19": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Mohammed bin Salman + Volodymyr Zelensky is placed in Jeddah": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Abdel Fattah el-Sisi + Bashar al-Assad is dated 2023-05-19": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Abdel Fattah el-Sisi + Bashar al-Assad is placed in Jeddah": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Bashar al-Assad + نايف السديري is dated 2023-05-10": GAP.X3,
  "ar-05-jeddah-2023.txt › meeting Bashar al-Assad + نايف السديري is placed in Damascus": GAP.X3,
  "ar-05-jeddah-2023.txt › no meeting Bashar al-Assad + Salman of Saudi Arabia": GAP.X2,
  "ar-06-alula-2021.txt › finds no one else": GAP.X1,
  "ar-06-alula-2021.txt › meeting Mohammed bin Salman + Tamim bin Hamad Al Thani": GAP.X2,
  "ar-06-alula-2021.txt › meeting Mohammed bin Salman + Tamim bin Hamad Al Thani is dated 2021-01-05": GAP.X2,
  "ar-06-alula-2021.txt › meeting Mohammed bin Salman + Tamim bin Hamad Al Thani is placed in AlUla": GAP.X2,
  "ar-06-alula-2021.txt › agreement Mohammed bin Salman + Tamim bin Hamad Al Thani": GAP.X4,
  "ar-07-vienna-2016.txt › finds محمد بن صالح السادة": GAP.X1,
  "ar-07-vienna-2016.txt › finds no one else": GAP.X1,
  "ar-07-vienna-2016.txt › meeting خالد الفالح + Alexander Novak is placed in Vienna": GAP.X3,
  "ar-07-vienna-2016.txt › meeting خالد الفالح + Alexander Novak is placed in Hangzhou": GAP.X3,
  "ar-07-vienna-2016.txt › meeting Vladimir Putin + Mohammed bin Salman is dated 2016-09-04": GAP.X3,
  "ar-07-vienna-2016.txt › meeting Vladimir Putin + Mohammed bin Salman is placed in Hangzhou": GAP.X3,
  "ar-07-vienna-2016.txt › agreement خالد الفالح + Alexander Novak": GAP.X4,
  "ar-08-istanbul-2017.txt › finds Pope Francis": GAP.X1,
  "ar-08-istanbul-2017.txt › finds no one else": GAP.X1,
  "ar-08-istanbul-2017.txt › meeting Recep Tayyip Erdoğan + Hassan Rouhani is dated 2017-12-13": GAP.X3,
  "ar-08-istanbul-2017.txt › meeting Recep Tayyip Erdoğan + Hassan Rouhani is placed in Istanbul": GAP.X3,
  "ar-08-istanbul-2017.txt › meeting Abdullah II of Jordan + Recep Tayyip Erdoğan": GAP.X2,
  "ar-08-istanbul-2017.txt › meeting Abdullah II of Jordan + Recep Tayyip Erdoğan is dated 2017-12-06": GAP.X2,
  "ar-08-istanbul-2017.txt › meeting Abdullah II of Jordan + Recep Tayyip Erdoğan is placed in Ankara": GAP.X2,
  "ar-08-istanbul-2017.txt › no meeting Recep Tayyip Erdoğan + Donald Trump": GAP.X2,
  "ar-09-tehran-1997.txt › meeting Mohammad Khatami + Abdullah of Saudi Arabia is dated 1997-12-08": GAP.X3,
  "ar-09-tehran-1997.txt › meeting Mohammad Khatami + Abdullah of Saudi Arabia is placed in Tehran": GAP.X3,
  "ar-10-algiers-2022.txt › meeting António Guterres + Abdelmadjid Tebboune": GAP.X2,
  "ar-10-algiers-2022.txt › meeting António Guterres + Abdelmadjid Tebboune is dated 2022-11-01": GAP.X2,
  "ar-10-algiers-2022.txt › meeting António Guterres + Abdelmadjid Tebboune is placed in Algiers": GAP.X2,
  "ar-10-algiers-2022.txt › meeting António Guterres + Ahmed Aboul Gheit is placed in Algiers": GAP.X2,
  "ar-10-algiers-2022.txt › no meeting Abdelmadjid Tebboune + Ahmed Aboul Gheit": GAP.X2,
};

articleSuite({ dir: join(import.meta.dirname, "assemblies"), name: "assemblies suite", artifact: "extraction-assemblies.json", knownGaps: KNOWN_GAPS });
