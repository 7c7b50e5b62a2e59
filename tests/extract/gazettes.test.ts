// The gazettes suite: 10 short Arabic news articles written for these tests (tests/extract/gazettes), retelling real
// events of 2015–2023 outside the Arab world as the Arabic services of broadcasters and agencies report them (Al
// Jazeera, Sky News Arabia, France 24, CGTN Arabic, DW Arabic, Asharq Al-Awsat, BBC Arabic, Anadolu, Al Arabiya,
// Sputnik Arabic): Lula's South American summit and his talks with Maduro in Brasília (2023), the Ethiopia–TPLF
// cessation of hostilities signed in Pretoria under AU mediation (2022), Nuland's visit to Niamey after the coup and
// the ECOWAS and Chadian missions before it (2023), Xi and Putin at the SCO summit in Samarkand with Xi's stop in
// Kazakhstan (2022), the Erdoğan–Kristersson–Stoltenberg meeting on the eve of the NATO summit in Vilnius (2023), the
// Trump–Kim summit in Hanoi that ended without a deal and the Boeing sales signed before Vietnam's leaders (2019),
// Modi's surprise stop in Lahore after Kabul (2015), Abiy Ahmed and Isaias Afwerki's peace declaration in Asmara
// (2018), Scholz's day in Beijing with German company chiefs (2022), and the Colombia–FARC ceasefire signed in Havana
// before heads of state (2016).
// Traps: Arabic transliterations the lexicon may not hold or holds in another spelling (ministers, envoys, a junta's
// general and spokesman, negotiators, company chiefs, a nom de guerre that is a European politician's surname:
// «تيموشنكو»; «ترمب», «لاكاي بو», «ميرضيائيف», «تشوي سون هي», «عثمان صالح» without «محمد»; two Eritreans named
// «يماني»), elliptical demonyms in a list («الرئيس الأرجنتيني A والكولومبي B والتشيلي C»), both month-name systems
// («مايو/أيار», «كانون الأول/ديسمبر»), broadcaster styles («أفادت وكالة …», «بحسب بيان», «وذكرت وكالة …»), phone calls
// and a video call, planned, postponed and cancelled meetings, a meeting refused and one said not to be arranged,
// people only quoted, background meetings of earlier years with their own dates, «في اليوم نفسه», witnesses of a
// signing who sign nothing, an agreement announced in a statement, sales signed between companies before two
// presidents, a summit that ended without an agreement, and titles without names.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.917 R 0.885, met pairs P 0.638 R 0.52, agreements P 0.5 R 0.167, orgs R 0.95
// (101 of 375 expectations failing); after the fixes of the same branch (a regnal ordinal is no family name, «التقى A
// ثم B», «المتحدث باسمها X», a date with both month names or a bracketed acronym between وقع and its document, the
// outlet of a «CITY - OUTLET:» dateline, an Arabic presence list going on past «، و+title»): people P 0.929 R 0.897,
// met pairs P 0.67 R 0.663, agreements P 1 R 0.667, orgs R 0.95 (73 known gaps).
// Branch gapfix (general mechanisms, tests in passes/05-events.convened and passes/03-references.delegations): the
// convener of a summit in a relative clause («قمة … دعا إليها X»), a namesake's surname as a name of the clause, "took
// part in the summit", a meeting's own "between" past an adjective («آخر لقاء مباشر بين الزعيمين جرى في …»), "their
// last meeting, in X in 2019", a body in a speaker's title is no venue: met pairs P 0.681 R 0.653 before, P 0.703
// R 0.724 after (people and agreements unchanged; 13 known gaps closed, 61 left).
// Branch gapfix6 (tests in passes/02-titles.gazettes): a title modifier after an Arabic title's complement («مدير
// البنك المركزي بالوكالة X»), and «رئيس موظفي البيت الأبيض» as the chief of staff's title (offices.json). Before (the
// main line as this branch started): people P 0.964 R 0.92, met pairs P 0.843 R 0.765, agreements P 1 R 0.667, orgs
// R 0.95 (51 known gaps); after: people P 0.964 R 0.931, met pairs P 0.848 R 0.796, agreements P 1 R 0.667, orgs
// R 0.95 (47 known gaps).
// Gap fixer of 2026-12-07 (branch fixar; tests in passes/02-titles.distributive, 05-events.next-weekday,
// 05-events.reported-pair, with the almanac's fixes): a plural title distributed over a list of countries and names
// («رؤساء فنزويلا A وتشيلي B والمكسيك C») is a role claim of each, so «ميشيل باتشيليت» is Michelle Bachelet, the
// president of Chile of the day (9 gaps closed); a meeting dated "next Thursday" («يوم الخميس المقبل») is a plan; the
// speaker of «قال X إن الزعيمين بحثا …» is no side of the two leaders' talks. Before: people P 0.964 R 0.931, met
// pairs P 0.867 R 0.796, agreements P 1 R 0.667, orgs R 0.95 (47 known gaps); after: people P 0.976 R 0.943, met
// pairs P 0.977 R 0.867, agreements P 1 R 0.667, orgs R 0.95 (38 known gaps). Branch fixar (2026-12-07): a person of a
// country whose names lead with the family name (China, Taiwan, the two Koreas), named in full, is named again by
// the first word alone, «وكان شي قد وصل …» (_misspellings, cues familyNameLeads): met pairs P 0.989 R 0.888 (33 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  G1: "a name is missed, cut or misread (read since branch fixar: Bachelet spelt «باتشيليت» in «رؤساء فنزويلا A وتشيلي B», _distributive-titles; read since branch gapfix2: a hyphenated surname, 'فومزيلي ملامبو-نغكوكا', _name-words.nameLike; a Korean family name read as another Kim's short form before two syllables, 'كيم يونغ تشول', _foreign-names.familyNameBeforeSyllables): Korean names spelt otherwise than the lexicon ('تشوي سون هي', the lexicon has «تشوي سون هوي»: read as 'تشوي سون'); Eritrean names opening with the shared given name «يماني» after a minister's and an adviser's title ('يماني جبر مسقل', 'يماني جبرآب'); a company's name glued to the chief's name after «لمجموعة» ('فولكسفاغن أوليفر'); a surname with Spanish particles ('أومبرتو دي لا كايي'); (Xi written by his family name alone, 'وكان شي قد وصل …', is read since branch fixar: _misspellings familyNameLead); the meetings of these people fail with them",
  G2: "places: a meeting takes a place named later in its sentence for another purpose ('الاتهامات الموجهة إلى كاراكاس' for the talks in Brasília's Planalto Palace; the White House of a guest's title 'رئيس موظفي البيت الأبيض' for the dinner in Hanoi); Windsor Castle ('قلعة وندسور') is no place the lexicon knows in Arabic",
  G3: "events: (merged into the main line: the Hanoi dinner no longer joins Trump to the meeting of Kim, Pompeo and Ri reported as the White House's — lost in the integration of this stop's branches, not traced); 'the two leaders' of a background meeting missing one of them ('وكان الزعيمان قد التقيا مساء الأربعاء … حيث تناولا عشاء بحضور …'; Kim Jong Un's meetings with Pompeo and Ri at that dinner held only while «كيم يونغ تشول» was misread as «كيم», Kim Jong Un, and are gaps again since branch gapfix2 reads that name whole); a summit that 'ended without agreement, after a lunch was cancelled' read as a cancelled meeting; a joint inauguration ('افتتح … مع الرئيس الأفغاني أشرف غني مبنى البرلمان') is no meeting word; a meeting that 'the announcement came after' ('وجاء الإعلان عقب اجتماع …') does not take the announcement's day; a dual possessive of a meeting ('لقاءهما الأول في هافانا في …') takes the pair's clause with a third person standing between them, and Timochenko is read as another person (G1). (Closed by general mechanisms, branch gapfix: the host or convener in a relative clause, 'قمة … دعا إليها الرئيس X', 'اجتماع … استضافه X … وجمع A وB'; a meeting named by a noun in a report, 'آخر لقاء مباشر بين الزعيمين جرى في بكين في …'; 'the two leaders' are two heads of state, not the last two people quoted, 'وكان الزعيمان قد عقدا لقاء قصيرا … في باريس'; left: the next part, 'كما التقيا في مدينة أوفا …', has no subject of its own.)",
  G4: "agreements: companies after «بين» in a witnessed signing ('شهد الرئيسان توقيع صفقات بين شركة «بوينغ» وشركتي الطيران … «فيت جيت» و«بامبو إيروايز»') are no parties ('بامبو' is read as a misspelling of Pompeo)",
  G5: "organisations: a company written right before its chief's name after «لمجموعة» ('لمجموعة فولكسفاغن أوليفر بلومه') is read into the person's name",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-06-hanoi-2019.txt › meeting Donald Trump + Mike Pompeo": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Kim Jong Un + Mike Pompeo": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Kim Jong Un + Ri Yong-ho": GAP.G3,
  "ar-04-samarkand-2022.txt › meeting Xi Jinping + Shavkat Mirziyoyev is placed in Samarkand": GAP.G1,
  "ar-05-vilnius-2023.txt › meeting Jens Stoltenberg + Recep Tayyip Erdoğan + Ulf Kristersson is dated 2023-07-10": GAP.G3,
  "ar-05-vilnius-2023.txt › meeting Joe Biden + Charles III is placed in Windsor": GAP.G2,
  "ar-06-hanoi-2019.txt › agreement بوينغ + بامبو إيروايز": GAP.G4,
  "ar-06-hanoi-2019.txt › agreement بوينغ + فيت جيت": GAP.G4,
  "ar-06-hanoi-2019.txt › finds Choe Son-hui": GAP.G1,
  "ar-06-hanoi-2019.txt › finds no one else": GAP.G1,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + Kim Jong Un + Mike Pompeo + ميك مولفاني + كيم يونغ تشول + Ri Yong-ho is dated 2019-02-27": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + Kim Jong Un + Mike Pompeo + ميك مولفاني + كيم يونغ تشول + Ri Yong-ho is placed in Hanoi": GAP.G2,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + Kim Jong Un is dated 2019-02-28": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + Kim Jong Un is placed in Hanoi": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + Ri Yong-ho": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + كيم يونغ تشول": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Donald Trump + ميك مولفاني": GAP.G1,
  "ar-06-hanoi-2019.txt › meeting Kim Jong Un + كيم يونغ تشول": GAP.G3,
  "ar-06-hanoi-2019.txt › meeting Kim Jong Un + ميك مولفاني": GAP.G1,
  "ar-07-lahore-2015.txt › meeting Narendra Modi + Ashraf Ghani": GAP.G3,
  "ar-07-lahore-2015.txt › meeting Narendra Modi + Ashraf Ghani is dated 2015-12-25": GAP.G3,
  "ar-07-lahore-2015.txt › meeting Narendra Modi + Ashraf Ghani is placed in Kabul": GAP.G3,
  "ar-07-lahore-2015.txt › meeting Narendra Modi + Nawaz Sharif is dated 2015-07-10": GAP.G3,
  "ar-07-lahore-2015.txt › meeting Narendra Modi + Nawaz Sharif is placed in Ufa": GAP.G3,
  "ar-08-asmara-2018.txt › finds يماني جبر مسقل": GAP.G1,
  "ar-08-asmara-2018.txt › finds يماني جبرآب": GAP.G1,
  "ar-08-asmara-2018.txt › meeting Abiy Ahmed + يماني جبرآب": GAP.G1,
  "ar-08-asmara-2018.txt › meeting Osman Saleh Mohammed + يماني جبرآب": GAP.G1,
  "ar-09-beijing-2022.txt › finds no one else": GAP.G1,
  "ar-09-beijing-2022.txt › finds the organisation فولكسفاغن": GAP.G5,
  "ar-09-beijing-2022.txt › finds أوليفر بلومه": GAP.G1,
  "ar-10-havana-2016.txt › finds أومبرتو دي لا كايي": GAP.G1,
  "ar-10-havana-2016.txt › meeting Juan Manuel Santos + رودريغو لوندونيو is dated 2015-09-23": GAP.G3,
};

articleSuite({ dir: join(import.meta.dirname, "gazettes"), name: "gazettes suite", artifact: "extraction-gazettes.json", knownGaps: KNOWN_GAPS });
