// The levant suite: 10 short Arabic news articles written for these tests (tests/extract/levant), retelling real
// diplomatic events of 1991–2024 in and about Syria, Jordan, Lebanon and Palestine as the Levant's own agencies and
// papers write them (Al-Quds, WAFA, Petra, SANA, An-Nahar, Lebanon's NNA, Al-Mayadeen citing Al-Manar, SANA citing
// Al-Watan): the Madrid peace conference with the Bush–Gorbachev summit on its eve and Baker's first meeting with
// Palestinian figures in Jerusalem (1991), the Oslo Declaration of Principles signed by Abu Mazen and Peres before
// Arafat, Rabin and Clinton with the Oslo initialling and Holst's letters before it (1993), the Jordan–Israel treaty
// signed by the two prime ministers at Wadi Araba before King Hussein and Clinton, with the Washington Declaration
// (1994), the Hafez al-Assad–Clinton summit in Geneva with their 1994 meetings and Shepherdstown (2000), the Syrian–
// Lebanese statement on diplomatic relations signed by the two foreign ministers (2008), Saad Hariri's first visit
// to Bashar al-Assad (2009), Biden in Ramallah (2010), Pope Francis in Bethlehem after Amman (2014), the Amman
// meeting of five Arab foreign ministers on Syria (2023) and Araghchi in Beirut (2024).
// Traps: the Levantine Syriac month names (آذار، نيسان، آب، تشرين الأول …) and WAFA's «10-3-2010» dateline dates,
// Petra's «وادي عربة 26 تشرين الأول (بترا)-», SANA's dateline alone on its line («جنيف-سانا»), NNA's bare «وطنية -»;
// titles and styles («السيد الرئيس»، «حضرة صاحب الجلالة»، «سمو الأمير الحسن»، «عطوفة»، «دولة الرئيس» for a speaker
// and a prime minister alike, «سماحة السيد»، «غبطة البطريرك»، «قداسة البابا»، «الأخ الرئيس»), kunyas («أبو مازن»،
// «أبو عمار»، «أبو علاء»), family names alone («الرئيس الأسد»، «الرئيس الحريري»), namesakes (Hafez and Bashar
// al-Assad, Rafic, Saad and Bahia Hariri, Amine and Pierre Gemayel, King Hussein, «بن الحسين» and Fuad Hussein),
// a newspaper named like a city («القدس»), signings by ministers before heads of state, witnesses who sign as
// such, phone calls, letters carried by an envoy, planned visits and talks, an invitation, people only quoted,
// background meetings of other years with their own dates, «الرئيسان»، «الرئيسين بري وميقاتي», a group meeting.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.974 R 0.925, met pairs P 0.786 R 0.755, agreements P 0.75 R 0.6, orgs R 0.714
// (69 of 359 expectations failing). The fixes its branch made (a quoted kunya after a name is that person; «الملك
// الحسين» is the lexicon's «الملك حسين»; «الرئيسان» are two presidents; «سلف X» is a genitive; a contact dated after
// the paper's day is a plan) gave met pairs P 0.9 R 0.882 on this suite but broke the kabul suite, and were not merged
// (GAP.L8 listed what they would close). With the general fixes merged from other work the same day (an attributed
// speaker, a comma before a trip, a city over a province, …): people P 0.974 R 0.925, met pairs P 0.788 R 0.765,
// agreements P 0.6 R 0.6 (64 known gaps). Branch levantfix landed the five again (a quoted kunya after a name is that
// person, _aliases; «الملك الحسين» / «الحسين بن طلال» are the lexicon's «الملك حسين» / «حسين بن طلال», lexicon/name-forms
// articledVariants; «الرئيسان» are the two presidents, _both-sides, not read as the title of names after a comma, which
// broke kabul's «در حضور دو رئیس جمهور، A … و B … امضا کردند»; «سلف X» is a genitive, cues.json; a contact dated
// forward after the paper's day is a plan, _event-dates laterThanPaper): people P 0.987 R 0.95, met pairs P 0.901
// R 0.892, agreements P 0.8 R 0.8, orgs R 0.714 (42 known gaps; GAP.L8 closed).
// Branch gapfix4 (Arabic «قد» before a perfect, «وكان A وB قد وقعا …», is a past signing, a meeting of its signers)
// merged after it: the figures after both are in the paragraph below.
// Gap fixer of 2026-12-07 (branch fixar, working on the almanac and gazettes suites) closed one gap here: "no meeting
// Yitzhak Rabin + Hassan II of Morocco" (32 → 31 known gaps; figures after: people P 0.987 R 0.95, met pairs P 0.97
// R 0.951, agreements P 0.8 R 0.8, orgs R 0.714). Branch fixar (2026-12-07): a given name is no proclitic and a verb
// («فيصل» no ف + «يصل»: 01-entities), and a new name right before «و» glued to a person or the honorific before one is
// a person (_coordinated-names.coordinatedBefore): people R 0.963, met pairs P 0.971 R 0.971 (26 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  L1: "a name no lexicon holds is missed or cut: (two names after «فريق توجيهي يضم», 'فيصل الحسيني' and Hanan Ashrawi, are read since branch fixar: «فيصل» had been read as ف + «يصل», a visit), a son named after «نجله الوزير» ('بيار الجميل' read as 'بيار', his family name taken for Amine Gemayel's), a deputy after the feminine «النائبة» ('بهية الحريري', her family name taken for Saad or Rafic Hariri), a patriarch after «غبطة البطريرك» ('فؤاد الطوال'); the meetings of these people fail with them (Baker's 1991 meeting keeps only Ashrawi and is placed in the dateline's Madrid: «في القنصلية الأميركية في القدس», the consulate read as an organisation)",
  L2: "organisations: outlets named by a common word or a city are not read as outlets — the paper «القدس» in its dateline ('مدريد - \"القدس\" -', a city name), «النهار» ('دمشق – \"النهار\":'), «صحيفة الوطن السورية» after «ونقلت»; the PLO written «منظمة التحرير» without «الفلسطينية» after a department's title",
  L3: "background agreements and meetings told in the pluperfect: the Oslo initialling «وكان الاتفاق قد وقع بالأحرف الأولى … ووقعه عن الجانب الفلسطيني X، وعن الجانب الإسرائيلي Y، بحضور …» is read as a meeting of the four (a signing with «قد» before the perfect, _event-parts.pastQad) but not as an agreement of its own; the second of two dated background meetings «كما استقبله في دمشق في السابع والعشرين من تشرين الأول من العام نفسه» (a clitic object and «العام نفسه») and the Shepherdstown round «أجرى مع X جولة مفاوضات … افتتحها الرئيس كلينتون في الثالث من كانون الثاني» (a meeting noun with «مع» before the verb's object, an opener in a relative clause) are missed",
  L4: "an envoy carrying a letter: Holst present when Arafat signs in Tunis on the 9th and carrying the letter 'في اليوم التالي إلى رابين في القدس' is read as one meeting of the three on the 9th (placed in the main clause's Tunisia, not in the Jerusalem of the relative clause that tells the carrying, which is no contact); Tunis written «بتونس» is read as the country (the lexicon holds the city's Arabic name only as «تونس العاصمة»)",
  L5: "witnesses and later plans at a signing: the king of Morocco, whom Rabin is only to meet in Rabat afterwards ('وغادر رابين واشنطن متوجها إلى الرباط، حيث من المقرر أن يلتقي …'), joins the White House ceremony and its agreement, and the heads of government and state of a presence list («بحضور … رابين، والرئيس الأميركي بيل كلينتون») are taken as signers of a declaration two others signed",
  L6: "references: «الرئيس الشهيد» (the late president, Rafic Hariri, named just before as «والده الرئيس الشهيد رفيق الحريري») is not read as him, and the president of a relative clause about the meeting ('في اللقاء الذي سبق التمديد لولاية الرئيس إميل لحود') is taken as a participant; 'فيما زار وزير الخارجية السعودي دمشق في 18 نيسان حيث استقبله السيد الرئيس' gives the clitic to the subject of the clause before «فيما» (Mekdad), not to the Saudi minister of its own clause",
  L7: "dates and places: «ظهر أمس السبت» inside 'وكان الرئيس الأسد قد استقبل الرئيس الحريري …' and «اليوم» of 'ثم استكملا محادثاتهما' leave Hariri's two days of talks one undated meeting; a visit's destination ('زار جدة في 12 نيسان الماضي والتقى X، فيما زار … دمشق') takes the next clause's city",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-madrid-1991.txt › finds the organisation القدس": GAP.L2,
  "ar-01-madrid-1991.txt › meeting James Baker + فيصل الحسيني + حنان عشراوي is placed in Jerusalem": GAP.L1,
  "ar-02-washington-1993.txt › agreement Ahmed Qurei + أوري سافير": GAP.L3,
  "ar-02-washington-1993.txt › finds the place Tunis": GAP.L4,
  "ar-02-washington-1993.txt › meeting Yasser Arafat + Johan Jørgen Holst is placed in Tunis": GAP.L4,
  "ar-02-washington-1993.txt › meeting Yitzhak Rabin + Johan Jørgen Holst is dated 1993-09-10": GAP.L4,
  "ar-02-washington-1993.txt › meeting Yitzhak Rabin + Johan Jørgen Holst is placed in Jerusalem": GAP.L4,
  "ar-02-washington-1993.txt › no agreement Yitzhak Rabin + Bill Clinton": GAP.L5,
  "ar-04-geneva-2000.txt › meeting Ehud Barak + Bill Clinton": GAP.L3,
  "ar-04-geneva-2000.txt › meeting Farouk al-Sharaa + Ehud Barak": GAP.L3,
  "ar-04-geneva-2000.txt › meeting Farouk al-Sharaa + Ehud Barak + Bill Clinton is dated 2000-01-03": GAP.L3,
  "ar-04-geneva-2000.txt › meeting Hafez al-Assad + Bill Clinton is dated 1994-10-27": GAP.L3,
  "ar-04-geneva-2000.txt › meeting Hafez al-Assad + Bill Clinton is placed in Damascus": GAP.L3,
  "ar-05-damascus-2008.txt › finds no one else": GAP.L1,
  "ar-05-damascus-2008.txt › finds the organisation النهار": GAP.L2,
  "ar-05-damascus-2008.txt › finds بيار الجميل": GAP.L1,
  "ar-06-damascus-2009.txt › finds بهية الحريري": GAP.L1,
  "ar-06-damascus-2009.txt › meeting Rafic Hariri + Bashar al-Assad": GAP.L6,
  "ar-06-damascus-2009.txt › meeting Rafic Hariri + Bashar al-Assad is dated 2004-08-26": GAP.L6,
  "ar-06-damascus-2009.txt › meeting Rafic Hariri + Bashar al-Assad is placed in Damascus": GAP.L6,
  "ar-06-damascus-2009.txt › meeting Saad Hariri + Bashar al-Assad is dated 2009-12-19": GAP.L7,
  "ar-06-damascus-2009.txt › meeting Saad Hariri + Bashar al-Assad is dated 2009-12-20": GAP.L7,
  "ar-06-damascus-2009.txt › no meeting Émile Lahoud + Bashar al-Assad": GAP.L6,
  "ar-07-ramallah-2010.txt › finds the organisation PLO": GAP.L2,
  "ar-08-bethlehem-2014.txt › finds فؤاد الطوال": GAP.L1,
  "ar-09-amman-2023.txt › finds the organisation الوطن": GAP.L2,
};

articleSuite({ dir: join(import.meta.dirname, "levant"), name: "levant suite", artifact: "extraction-levant.json", knownGaps: KNOWN_GAPS });
