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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "annals"), name: "annals suite", artifact: "extraction-annals.json", knownGaps: KNOWN_GAPS });
