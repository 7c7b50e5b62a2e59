// The almanac suite: 10 short Arabic news articles written for these tests (tests/extract/almanac), retelling real
// events of 1975–2002 as the Arab press and agencies of the time wrote them (Al-Thawra and INA of Baghdad, Saba,
// KUNA, SANA/Al-Baath, Al-Ahram/MENA, As-Safir, WAFA, An-Nahar, Petra): the Algiers Agreement of Saddam Hussein and
// the Shah under Boumediene at the OPEC summit (1975), the Iraqi–Syrian charter of joint national action signed by
// al-Bakr and Hafez al-Assad in Baghdad (1978), the Aden agreement of Ali Abdullah Saleh and Ali Salem al-Beidh on
// the draft unity constitution with the Kuwait summit of 1979 behind it (1989), the Jeddah talks of Sheikh Saad
// al-Abdullah and Izzat Ibrahim on the eve of the invasion of Kuwait with Mubarak's shuttle of 24 July (1990), the
// Damascus Declaration of the GCC, Egyptian and Syrian foreign ministers (1991), the Sharm el-Sheikh memorandum of
// Arafat and Barak before Mubarak, King Abdullah II and Albright with the Wye River signing behind it (1999), the
// Beirut summit and the Arab Peace Initiative with Izzat Ibrahim's embrace of Crown Prince Abdullah (2002), the
// Hebron Protocol agreed by Arafat and Netanyahu at Erez with King Hussein's mediation (1997), the Baghdad summit
// against Camp David and the delegation Sadat would not receive (1978), and King Hussein's first visit to Hafez
// al-Assad since 1979 (1985).
// Traps: long chains of titles («السيد الرئيس المناضل … رئيس الجمهورية الأمين العام للقيادة القومية», «الأخ العقيد
// … القائد العام للقوات المسلحة الأمين العام للمؤتمر الشعبي العام», «حضرة صاحب الجلالة الملك الحسين المعظم», «صاحب
// السمو الملكي الأمير … ولي العهد نائب رئيس مجلس الوزراء رئيس الحرس الوطني»), the leader named by his post alone
// («السيد النائب», «الأخ الرئيس», «سمو ولي العهد», «جلالته», «أبو عمار»), Hijri dates beside Gregorian and both
// month systems (تشرين الأول, يوليو, آذار), WAFA's «15-1-1997», «أمس» and «أول من أمس» against the paper's date,
// «الجانبان» / «الزعيمان» / «الرئيسان», people only quoted, cables, phone calls and letters, messages carried by an
// envoy (the envoy meets the recipient, the sender meets no one), a delegation a president refused to receive,
// meetings only planned («تقرر أن يجتمع وزيرا خارجية البلدين …», «من المنتظر أن يلتقي …»), background meetings of
// other years with their own dates (Kuwait 1979, Wye River 1998, Mubarak's tour of 24 July 1990), signings with
// witnesses who sign only as witnesses, a declaration signed by eight ministers one of them without a name, a
// regent who stays home, absent leaders named beside present ones, and names no lexicon holds (Izzat Ibrahim,
// Selim al-Hoss, the negotiators of 1999).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.963 R 0.929, met pairs P 0.75 R 0.841, agreements P 0.8 R 0.667, orgs R 0.944
// (59 of 406 expectations failing). After the fixes of the same branch (a clause of absence, «…، فيما غاب X», and «غاب
// عن القمة X»; phone calls in the plural, «أجرى اتصالات هاتفية مع A وB»; «صباح أمس» / «صباح الأربعاء» is the morning,
// no Al-Sabah): people P 0.963 R 0.929, met pairs P 0.833 R 0.833, agreements P 0.8 R 0.667, orgs R 0.944 (57 known
// gaps; pair recall lost one lucky match, X5). Two more fixes lifted it to people P 0.988 R 0.94, met pairs P 0.871
// R 0.871, agreements P 1 R 0.778, but were withdrawn before the commit for what the full run showed (X9, X10).
// Gap fixer of 2026-12-07 (branch fixar; tests in passes/05-events.participants-of, 02d-facilities.named-hotel,
// 01-entities.country-words, 02-titles.distributive, 03-references.kunya-aka, 05-events.next-weekday,
// 05-events.reported-pair): "the ministers taking part in the meeting" («الوزراء المشاركين في الاجتماع») are the people
// of the meeting told last (X5 closed); an indefinite building head before a new name («بفندق X») is a site, no
// person; a country adjective («الأردني») is no misspelt family name of a person named in full; Arafat's kunya «أبو
// عمار» is his lexicon aka (X10 closed, with the quoted kunya after his full name a reference to it, not a second
// naming). Before: people P 0.963 R 0.929, met pairs P 0.833 R 0.833, agreements P 0.8 R 0.667, orgs R 0.944 (57
// known gaps); after: people P 0.988 R 0.94, met pairs P 0.922 R 0.902, agreements P 1 R 0.778, orgs R 0.944 (39).
// Branch fixar (2026-12-07): a family name written like an indefinite demonym after a given name («دينيس روس», «دنيس
// روس»: «روس», Russians) is the name's (_demonym-surnames): people R 0.964, met pairs R 0.917 (35 known gaps).
//
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "a name is missed or misread: «عزة إبراهيم» (Izzat Ibrahim; «عزة» is in no given-names list) right before another title or honorific («عزة إبراهيم للأمير عبد الله»: read after a comma only); a foreign negotiator's name no lexicon holds before a long title («وجلعاد شير ممثل رئيس الوزراء الإسرائيلي»; Dennis Ross, «دينيس روس», whose family name is also the plural of Russian, is read since branch fixar: _demonym-surnames); «نظام السادات» (Sadat's regime: the short form after a genitive head); the meetings of these people fail with them",
  X2: "dates: a background meeting dated by a month alone («في مارس 1979», «في تشرين الثاني الماضي») gets no date or the paper's day, and the Kuwait summit of a named statement («بيان الكويت الذي صدر … عن قمة A وB») is placed in Tripoli, a place of the sentence's other accord; a meeting «على هامش القمة» with no day of its own takes the summit's closing day",
  X3: "a tour told in one sentence («قام يوم الثلاثاء 24 يوليو بجولة شملت بغداد والكويت وجدة، التقى خلالها A وB وخادم الحرمين الشريفين»): one meeting of all, placed in the last city, so the hosts of different cities meet each other and a king named by his style alone («خادم الحرمين الشريفين», named in full earlier) is not among them",
  X4: "a host who opens a meeting and leaves the delegations to it («وافتتح الاجتماع الأمير X، ثم ترك الوفدين يواصلان محادثاتهما») and a delegation member («وضم الوفد العراقي Y») do not join the meeting just told",
  X6: "agreements: «أعلن … عن اتفاق بين العراق وإيران … في ختام اجتماع عقده A مع B» (an agreement of two countries announced, the leaders only at the meeting) has no parties; a background signing told with a verbal noun and «بين» («توقيع مذكرة واي ريفر في البيت الأبيض في 23 أكتوبر 1998 بين A وB») is no agreement",
  X7: "places: a meeting «عند حاجز إيرز شمال قطاع غزة» takes the town of the agreement's topic in the sentence («إعادة انتشار القوات … في مدينة الخليل»: Hebron); «زار غزة» is read as the Gaza Strip, not the city",
  X9: "a short form after a title word: «والأمير عبد الله» after «ولي العهد السعودي الأمير عبد الله بن عبد العزيز» is read as a new person «عبد الله» (the article also names «الملك عبد الله الثاني»), so the crown prince is at no meeting of the summit; a helper that read the given name after the title word that led the full name (this branch) also took «السيد محمد ولد مولود» for «السيد محمد ولد الشيخ الغزواني» (tidings) and was withdrawn",
  X8: "organisations: a channel named in guillemets after its head noun («قناة «الجزيرة»») is not read",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-algiers-1975.txt › agreement Saddam Hussein + Mohammad Reza Pahlavi": GAP.X6,
  "ar-02-baghdad-1978.txt › finds Anwar Sadat": GAP.X1,
  "ar-03-aden-1989.txt › meeting Ali Abdullah Saleh + Abdul Fattah Ismail + Jaber Al-Ahmad Al-Sabah is dated 1979-03": GAP.X2,
  "ar-03-aden-1989.txt › meeting Ali Abdullah Saleh + Abdul Fattah Ismail + Jaber Al-Ahmad Al-Sabah is placed in Kuwait": GAP.X2,
  "ar-04-jeddah-1990.txt › meeting Hosni Mubarak + Fahd of Saudi Arabia": GAP.X3,
  "ar-04-jeddah-1990.txt › meeting Hosni Mubarak + Fahd of Saudi Arabia is dated 1990-07-24": GAP.X3,
  "ar-04-jeddah-1990.txt › meeting Hosni Mubarak + Fahd of Saudi Arabia is placed in Jeddah": GAP.X3,
  "ar-04-jeddah-1990.txt › meeting Hosni Mubarak + Jaber Al-Ahmad Al-Sabah is placed in Kuwait": GAP.X3,
  "ar-04-jeddah-1990.txt › meeting Hosni Mubarak + Saddam Hussein is placed in Baghdad": GAP.X3,
  "ar-04-jeddah-1990.txt › meeting عزة إبراهيم + Abdullah of Saudi Arabia": GAP.X4,
  "ar-04-jeddah-1990.txt › meeting عزة إبراهيم + Saadoun Hammadi": GAP.X4,
  "ar-04-jeddah-1990.txt › no meeting Saddam Hussein + Jaber Al-Ahmad Al-Sabah": GAP.X3,
  "ar-06-sharm-1999.txt › agreement Yasser Arafat + Benjamin Netanyahu": GAP.X6,
  "ar-06-sharm-1999.txt › finds جلعاد شير": GAP.X1,
  "ar-06-sharm-1999.txt › meeting جلعاد شير + دينيس روس": GAP.X1,
  "ar-06-sharm-1999.txt › meeting صائب عريقات + جلعاد شير": GAP.X1,
  "ar-06-sharm-1999.txt › meeting صائب عريقات + جلعاد شير + دينيس روس is dated 1999-09-04": GAP.X1,
  "ar-06-sharm-1999.txt › meeting صائب عريقات + دينيس روس": GAP.X1,
  "ar-07-beirut-2002.txt › finds no one else": GAP.X9,
  "ar-07-beirut-2002.txt › finds the organisation Al Jazeera": GAP.X8,
  "ar-07-beirut-2002.txt › finds عزة إبراهيم": GAP.X1,
  "ar-07-beirut-2002.txt › meeting Abdullah of Saudi Arabia + Amr Moussa": GAP.X9,
  "ar-07-beirut-2002.txt › meeting Bashar al-Assad + Abdullah of Saudi Arabia": GAP.X9,
  "ar-07-beirut-2002.txt › meeting Émile Lahoud + Abdullah of Saudi Arabia": GAP.X9,
  "ar-07-beirut-2002.txt › meeting عزة إبراهيم + Abdullah of Saudi Arabia": GAP.X1,
  "ar-07-beirut-2002.txt › meeting عزة إبراهيم + Abdullah of Saudi Arabia is dated 2002-03-28": GAP.X1,
  "ar-07-beirut-2002.txt › meeting عزة إبراهيم + Abdullah of Saudi Arabia is placed in Beirut": GAP.X1,
  "ar-07-beirut-2002.txt › meeting عزة إبراهيم + Sabah Al-Ahmad Al-Jaber Al-Sabah": GAP.X1,
  "ar-07-beirut-2002.txt › meeting عزة إبراهيم + Sabah Al-Ahmad Al-Jaber Al-Sabah is dated 2002-03-28": GAP.X1,
  "ar-07-beirut-2002.txt › meeting عزة إبراهيم + Sabah Al-Ahmad Al-Jaber Al-Sabah is placed in Beirut": GAP.X1,
  "ar-08-gaza-1997.txt › meeting Hussein of Jordan + Yasser Arafat is placed in Gaza City": GAP.X7,
  "ar-08-gaza-1997.txt › meeting Yasser Arafat + Benjamin Netanyahu + دنيس روس is placed in Gaza Strip": GAP.X7,
  "ar-09-baghdad-1978.txt › meeting Elias Sarkis + Hafez al-Assad + سليم الحص is dated nothing (no date in the text)": GAP.X2,
  "ar-10-damascus-1985.txt › meeting Zaid al-Rifai + Abdul Rauf al-Kasm is dated 1985-11": GAP.X2,
  "ar-10-damascus-1985.txt › meeting Zaid al-Rifai + Abdul Rauf al-Kasm is placed in Jeddah": GAP.X2,
};

articleSuite({ dir: join(import.meta.dirname, "almanac"), name: "almanac suite", artifact: "extraction-almanac.json", knownGaps: KNOWN_GAPS });
