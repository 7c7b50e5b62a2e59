// The annals suite: 18 short articles written for these tests (tests/extract/annals), six each in English, Persian
// and Arabic, retelling real diplomatic events from regions, decades and sources the other suites do not cover: the
// Nordic countries (Reagan and Gorbachev at Reykjavik, 1986; the Norway–Russia Barents Sea treaty, Murmansk 2010), the
// Baltics (the Russian pull-out from Estonia, Moscow 1994, with Latvia's accord and Clinton in Riga), the Balkans (the
// Prespa agreement, 2018; the Serbia–Kosovo Brussels agreement, 2013), the Caucasus (Iran's Karabakh mediation,
// Tehran 1992; the trilateral Karabakh statement, 2020), Central Asia (the Tajik peace accord, Moscow 1997), the Horn
// of Africa (Abiy in Asmara, 2018; the Ethiopia–Eritrea Algiers agreement, 2000), Central and East Africa (the Arusha
// accords on Rwanda, 1993), the Caribbean (the Carter–Jonassaint agreement, Port-au-Prince 1994), South-East Asia (the
// Aceh peace accord, Helsinki 2005; the Bangsamoro agreement, Manila 2014), the Gulf in the 1970s–80s (the Shah and
// Saddam Hussein at Algiers, 1975; Velayati and Tariq Aziz in Geneva, 1988; the Kuwait–Iraq talks in Jeddah on the
// eve of the invasion, 1990) and the Maghreb (the Arab Maghreb Union treaty, Marrakesh 1989). Sources: AP, Reuters
// and AFP; BBC Persian, Euronews Persian, IRNA, Kayhan and Ettela'at; MAP, KUNA, APS, Asharq Al-Awsat, Al Jazeera Net
// and Anadolu Arabic. Years 1975–2020.
// Most people are period figures in no lexicon (Reagan, Gorbachev, Shultz, Nitze, Akhromeyev, Carter, Cedras,
// Jonassaint, Meri, Ulmanis, Brazauskas, Nuri, Merrem, Awaluddin, Malik Mahmud, Ahtisaari, the Shah, Boumediene,
// Khalatbari, Ter-Petrosyan, Habyarimana, Kanyarengwe, Mwinyi, Pérez de Cuéllar, Eliasson, Hassan II, Bendjedid, Ben
// Ali, Ould Taya, Izzat Ibrahim, Meles, Annan, Albright, Coronel-Ferrer, Iqbal, Murad, Ashton), named once with a
// title and then by surname, several with no given name at all ("President Reagan", "President Clinton"), by a bare
// honorific ("شاهنشاه", "جلالة الملك"), or with a lexicon name in another transliteration (Imomali Rakhmonov for
// Emomali Rahmon, نجيب عبد الرزاق for Najib Razak, إسياس for أسياس); a lexicon figure in an earlier office
// (Bouteflika as Algeria's foreign minister in 1975, Osman Saleh, Velayati).
// Dates: articles dated in Solar Hijri ("date: 1353-12-16", "1371-02-18", "1372-05-14", "1367-06-04", "1389-06-24"),
// Solar Hijri days ("شامگاه پنجشنبه ۱۵ اسفند", "روز ۲۴ اسفند", "۲۹ مرداد"), lunar Hijri beside the weekday ("أمس
// الجمعة 10 رجب 1409 الموافق 17 فبراير 1989", "أمس الخميس (26 جمادى الأولى 1435)", "اليوم الثلاثاء 24 ربيع الأول
// 1442 هـ"), "دیروز (پنجشنبه)", "on Saturday night", "in April", "last December", and dateline cities (REYKJAVIK,
// HELSINKI, PORT-AU-PRINCE, ASMARA, MOSCOW, الجزیره for Algiers, آروشا، ژنو، مراكش، جدة، الجزائر، مانيلا، بروكسل، باكو).
// Traps: a phone call (Clinton to Carter), a video link (Putin and Aliyev), a statement signed by three leaders who did
// not meet, a president who stayed away from the signing (Ivanov), ministers signing in the presence of leaders,
// mediators and hosts who attend, patrons and mediators who do not (King Fahd, Anthony Lake), planned meetings
// (Khalatbari and Hammadi in Tehran; Shelton and Cedras; the next Kuwaiti–Iraqi round in Baghdad), talks that ended
// with no agreement (Reykjavik, Jeddah, Geneva) or an agreement only hoped for, background meetings dated by month or
// not at all (Aquino and Murad in Tokyo, Rakhmonov and Nuri "last December", Clinton and Yeltsin in Naples), and a
// rejecting rival (Nur Misuari).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other article suites).
// Two expectations were corrected after the first run, as reading errors: en-06 expected the place Tallinn, whose only
// sentence had been cut from the text before the run; ar-05 expected a meeting of Dačić and Thaçi on 2 April from
// "وكانت جولة من المحادثات قد انتهت في الثاني من الشهر الجاري دون اتفاق", which names no participant. Where an
// expectation fails for several reasons, its ledger entry names the first: an unextracted person before a lost event.
// First run (before any fix): people P 0.93 / R 0.80, met pairs 0.88 / 0.43, agreements 0.59 / 0.53.
// Gap fixer of 2026-12-07 (branch fixen, 'saw' a person is a meeting, _saw.ts): met pairs P 0.99 R 0.896 → P 0.99 R 0.904
// (33 → 31 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  N2: "a meeting told with no meeting verb the extractor reads: \"ended their two-day meeting\", \"the two leaders first sat down\", \"joined them for the final session\", \"experts led by X and Y worked until dawn on a text\", a joint announcement during a visit (\"در جریان سفر … به اسلو اعلام کرده بودند\"); since the gap fixer of 2026-12-07 \"the issue came up again when he saw Yeltsin at the … summit in Naples days later\" is a meeting ('saw' a person, _saw.ts), placed in Naples, but it takes the day of the clause before it (\"in Riga on July 6\"): \"days later\" gives no day and does not keep the day of the first clause away",
  N4: "a city that stands for a government (\"signed for the government in Jakarta\") is taken as the meeting's place instead of the dateline city",
  N7: "the people of one ceremony told in separate sentences or phrases (the signers; the host \"who hosted the ceremony\"; \"witnessed the memorandum\"; \"مراسم امضا با حضور X برگزار شد\"; talks that \"با حضور X آغاز شد\") are not joined into one meeting",
  N10: "an honorific chain before the Shah (\"اعلیحضرت همایون محمدرضا شاه پهلوی\") is read as the name \"همایون محمدرضا\", and the title alone (\"شاهنشاه آریامهر\", \"شاهنشاه\") is not resolved to him; his meeting and agreement are lost",
  N11: "a mediator named in a relative clause about the meeting (\"در این ملاقات که با میانجیگری هواری بومدین … انجام شد\") is not joined to it",
  N12: "Persian spellings of cities are missing from the places lexicon (الجزیره for Algiers, آروشا for Arusha)",
  N14: "a Persian- or Arabic-script name no lexicon knows is not read after its title when its given name is in no given-name list or its surname is a common word (متیو نیمتز، الشاذلي بن جديد، ميريام كورونيل فيرير، مهاجر إقبال، تنكو عبد الغفار، نور ميسواري)",
  N16: "a background meeting told only with titles (\"وكان الرئيس الفلبيني قد التقى زعيم الجبهة … في طوكيو\") is not resolved to the named people",
  N17: "signings told as \"ووقع بوتين وعلييف البيان كل من مكتبه، فيما وقعه … باشينيان\" (each in his office; the document as an object pronoun) give no agreement",
  N18: "a title that names an organ (\"نائب رئيس مجلس قيادة الثورة عزة إبراهيم\") does not introduce the unknown name after it; the meeting is lost with it",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-marrakesh-1989.txt › meeting الحسن الثاني + الشاذلي بن جديد + Muammar Gaddafi + زين العابدين بن علي + معاوية ولد سيدي أحمد الطايع is placed in Marrakesh": GAP.N14,
  "ar-02-jeddah-1990.txt › meeting سعد العبدالله السالم الصباح + عزة إبراهيم is placed in Jeddah": GAP.N18,
  "ar-04-manila-2014.txt › agreement ميريام كورونيل فيرير + مهاجر إقبال": GAP.N14,
  "ar-04-manila-2014.txt › finds مهاجر إقبال": GAP.N14,
  "ar-04-manila-2014.txt › finds نور ميسواري": GAP.N14,
  "ar-04-manila-2014.txt › meeting Benigno Aquino III + مراد إبراهيم is placed in Tokyo": GAP.N16,
  "ar-04-manila-2014.txt › meeting مهاجر إقبال + Benigno Aquino III": GAP.N14,
  "ar-04-manila-2014.txt › meeting مهاجر إقبال + Najib Razak": GAP.N14,
  "ar-04-manila-2014.txt › meeting مهاجر إقبال + تنكو عبد الغفار تنكو محمد": GAP.N14,
  "ar-04-manila-2014.txt › meeting مهاجر إقبال + مراد إبراهيم": GAP.N14,
  "ar-04-manila-2014.txt › meeting ميريام كورونيل فيرير + مهاجر إقبال": GAP.N14,
  "ar-04-manila-2014.txt › meeting ميريام كورونيل فيرير + مهاجر إقبال + Benigno Aquino III + مراد إبراهيم + Najib Razak + تنكو عبد الغفار تنكو محمد is dated 2014-03-27": GAP.N14,
  "ar-04-manila-2014.txt › meeting ميريام كورونيل فيرير + مهاجر إقبال + Benigno Aquino III + مراد إبراهيم + Najib Razak + تنكو عبد الغفار تنكو محمد is placed in Manila": GAP.N14,
  "ar-06-baku-2020.txt › agreement Ilham Aliyev + Nikol Pashinyan": GAP.N17,
  "ar-06-baku-2020.txt › agreement Ilham Aliyev + Vladimir Putin": GAP.N17,
  "en-01-reykjavik-1986.txt › meeting Paul Nitze + Sergei Akhromeyev": GAP.N2,
  "en-01-reykjavik-1986.txt › meeting Paul Nitze + Sergei Akhromeyev is dated 1986-10-11": GAP.N2,
  "en-01-reykjavik-1986.txt › meeting Paul Nitze + Sergei Akhromeyev is placed in Reykjavik": GAP.N2,
  "en-01-reykjavik-1986.txt › meeting Reagan + Mikhail Gorbachev is dated 1986-10-11": GAP.N2,
  "en-02-helsinki-2005.txt › meeting Hamid Awaluddin + Malik Mahmud + Martti Ahtisaari is placed in Helsinki": GAP.N4,
  "en-06-moscow-1994.txt › meeting Clinton + Boris Yeltsin is dated nothing (no date in the text)": GAP.N2,
  "fa-01-murmansk-1389.txt › meeting Dmitry Medvedev + Jens Stoltenberg is dated nothing (no date in the text)": GAP.N2,
  "fa-01-murmansk-1389.txt › meeting Dmitry Medvedev + Jens Stoltenberg is placed in Oslo": GAP.N2,
  "fa-03-algiers-1353.txt › agreement محمدرضا شاه پهلوی + صدام حسین": GAP.N10,
  "fa-03-algiers-1353.txt › finds the place Algiers": GAP.N12,
  "fa-03-algiers-1353.txt › meeting صدام حسین + هواری بومدین": GAP.N11,
  "fa-03-algiers-1353.txt › meeting محمدرضا شاه پهلوی + صدام حسین + هواری بومدین is placed in Algiers": GAP.N10,
  "fa-03-algiers-1353.txt › meeting محمدرضا شاه پهلوی + هواری بومدین": GAP.N10,
  "fa-06-geneva-1367.txt › meeting Ali Akbar Velayati + خاویر پرز دکوئیار": GAP.N7,
  "fa-06-geneva-1367.txt › meeting خاویر پرز دکوئیار + یان الیاسون": GAP.N7,
  "fa-06-geneva-1367.txt › meeting طارق عزیز + خاویر پرز دکوئیار": GAP.N7,
};

articleSuite({ dir: join(import.meta.dirname, "annals"), name: "annals suite", artifact: "extraction-annals.json", knownGaps: KNOWN_GAPS });
