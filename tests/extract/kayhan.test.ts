// The kayhan suite: 10 short Persian news articles written for these tests (tests/extract/kayhan), retelling real
// world events of 1985–2015 far from Iran as the Persian press and agencies reported them (Kayhan, Ettela'at,
// Jomhuri-ye Eslami, Resalat, Hamshahri, IRNA, ISNA, Jam-e Jam, BBC Persian, Radio Farda): the first Reagan–Gorbachev
// meeting in Geneva (Aban 1364 / November 1985) with Carter and Brezhnev's Vienna summit of Khordad 1358 as background,
// the INF treaty signed at the White House with the Reykjavik meeting of Mehr 1365 (December 1987), the Oslo accord
// signed by Peres and Abu Mazen before Clinton, Rabin and Arafat with Christopher and Kozyrev signing as witnesses
// (Shahrivar 1372 / September 1993), the Dayton agreement initialled by Izetbegović, Milošević and Tuđman before
// Christopher, Holbrooke and Bildt (Aban 1374 / November 1995), the Good Friday agreement in Belfast (Farvardin 1377 /
// April 1998), Mandela with Gaddafi in Tripoli (Mehr 1376 / October 1997), Putin with Bush at the White House after
// Ljubljana (Aban 1380 / November 2001), the Copenhagen Accord of Obama, Wen, Lula, Singh and Zuma (Azar 1388 /
// December 2009), Hu Jintao's state visit to Washington (Dey 1389 / January 2011) and the Minsk summit of the Normandy
// four hosted by Lukashenko, its package signed by the Contact Group (Bahman 1393 / February 2015).
// Traps: foreign names transliterated in Persian and spelt variously («گورباچوف» / «گورباچف», «هو جین‌تائو» /
// «هوجینتائو», «جرج بوش» for father and son), «همتای آمریکایی خود», «دو رهبر», «سران دو کشور», «پنج رهبر», «چهار
// رهبر»; a style of Iran's Leader given to another («رهبر انقلاب لیبی»); phone calls; planned meetings and signings
// («قرار است …»); people only quoted; background meetings and signings of other years with their Solar Hijri dates;
// a treaty signed by ministers in the presence of leaders («در حضور A، B و C امضا کردند»), witnesses who countersign
// («به عنوان شاهد»), a signing told again as the time of what follows («پس از امضای قرارداد، …»); a correspondent
// in a byline; towns the lexicon holds only in English (Dayton, Belfast); «همان شب» after an arrival.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.967 R 0.952, met pairs P 0.819 R 0.728, agreements P 0.625 R 0.667, orgs R 0.9
// (50 of 297 expectations failing; one expectation then corrected: «ابومازن», Mahmoud Abbas's kunya, is his name, not
// a non-person, in fa-03). Fixes of this branch (general mechanisms, each with its unit test): a given name before a
// surname father and son share keeps both lexicon readings, and the full name names the one in office on the day
// («جرج بوش» in 2001; passes/01-entities.kayhan); a lexicon aka followed by another country is that country's ruler's
// style («رهبر انقلاب لیبی» is not Khamenei; passes/01-entities.kayhan); a Persian presence list before the verb runs on
// past its commas when the signers are named before it, who signs «به عنوان شاهد» (cues.json asWitness) signs no
// agreement of their own, and «پس از امضای قرارداد، …» after a reported signing is that one (passes/07-agreements.
// kayhan); a dateline's town the lexicon holds only in English is read by its skeleton («بلفاست -»; passes/
// 02d-facilities.kayhan); «سران دو کشور … میان A و B» is A and B only (passes/05-events.kayhan). After them: people
// P 1 R 0.968, met pairs P 0.939 R 0.765, agreements P 0.714 R 0.667, orgs R 0.9 (33 known gaps).
// Gap fixer of 2026-12-07 (branch fixfa): a comma between the names of one list is no cut between two events of the
// clause («در دیدار دوم که …، A …، B … و C … نیز حضور داشتند» joins all three; passes/05-events.list-commas); a
// relative clause of a person's part in the talks told before («که میزبان نشست بود», «که میانجی اصلی مذاکرات بود») is
// no contact of its own and its person was at them, and «پاراف کردند» (initialled) is a signing whose ceremony the
// next sentence's onlookers join (passes/05-events.role-relatives): met pairs P 0.939 R 0.765 → P 0.952 R 0.975
// (33 → 16 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  K1: "people: «جری آدامز» (Gerry Adams) after «گفتگوی مستقیم با» is not read as a name (a given name the name-word model does not know, no title before it); a correspondent in a byline («گزارش از: فرزانه رحیمی، کپنهاگ») is no person",
  K2: "meetings: people of the same occasion told in the next sentence do not join it — «در جلسه عمومی پایانی که با ریاست X و با حضور A و B برگزار شد» drops the chair (the initialling ceremony «مراسم پاراف … با حضور X و Y» and the host «که میزبان نشست بود» join since the gap fixer of 2026-12-07)",
  K3: "pair references and month dates: the sentence after a background summit, «قرار است دو رهبر امروز …», reads «دو رهبر» as the pair of that summit (Carter and Brezhnev), not the story's; the Vienna meeting «در خرداد ۱۳۵۸» is extracted with its month but the derived meeting of the pair loses it (as in ettelaat X3)",
  K4: "agreements: a background signing told as a result («… برگزار شده بود که به امضای پیمان سالت ۲ انجامید») is not read; the leaders who reach an agreement («پنج رهبر بر سر متنی … به توافق رسیدند») are not its sides (the Copenhagen one goes to the three named just before; the Minsk one, «رهبران روسیه، اوکراین، آلمان و فرانسه …», goes to the four states' leaders since branch fixfa's second session: _leaders-of)",
  K5: "places and organisations: «دیتون» (Dayton) is read in no slot — its skeleton is also Dothan's, another town of the United States, and neither is five times the other's size; a meeting «در حاشیه اجلاس» takes no place from the summit the lead places in Copenhagen; «پیمان ناتو» is not NATO",
  K6: "dates: a relative clause of a past meeting («آهرن که صبح چهارشنبه ۱۹ فروردین … با بلر دیدار کرده بود») gives no meeting; «همان شب» after an arrival told with «سه‌شنبه شب» does not date the dinner, and a welcome at the airport («مورد استقبال X قرار گرفت») takes the lead's day, joining the talks of the next day",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-01-geneva-1364.txt › finds the organisation NATO": GAP.K5,
  "fa-01-geneva-1364.txt › meeting Jimmy Carter + Leonid Brezhnev is dated 1979-06": GAP.K3,
  "fa-01-geneva-1364.txt › agreement Jimmy Carter + Leonid Brezhnev": GAP.K4,
  "fa-04-dayton-1374.txt › finds the place Dayton": GAP.K5,
  "fa-04-dayton-1374.txt › meeting Alija Izetbegović + Slobodan Milošević + Franjo Tuđman + Warren Christopher + ریچارد هالبروک + Carl Bildt is placed in Dayton": GAP.K5,
  "fa-05-belfast-1377.txt › finds جری آدامز": GAP.K1,
  "fa-05-belfast-1377.txt › meeting Tony Blair + جرج میچل": GAP.K2,
  "fa-05-belfast-1377.txt › meeting Bertie Ahern + جرج میچل": GAP.K2,
  "fa-05-belfast-1377.txt › meeting Bertie Ahern + Tony Blair is dated 1998-04-08": GAP.K6,
  "fa-08-copenhagen-1388.txt › finds فرزانه رحیمی": GAP.K1,
  "fa-08-copenhagen-1388.txt › meeting Barack Obama + Wen Jiabao + Luiz Inácio Lula da Silva + Manmohan Singh + Jacob Zuma is placed in Copenhagen": GAP.K5,
  "fa-08-copenhagen-1388.txt › agreement Barack Obama + Wen Jiabao": GAP.K4,
  "fa-09-washington-1389.txt › meeting Hu Jintao + Joe Biden is dated 2011-01-18": GAP.K6,
  "fa-09-washington-1389.txt › meeting Hu Jintao + Barack Obama is dated 2011-01-18": GAP.K6,
  "fa-09-washington-1389.txt › no meeting Joe Biden + Barack Obama": GAP.K6,
};

articleSuite({ dir: join(import.meta.dirname, "kayhan"), name: "kayhan suite", artifact: "extraction-kayhan.json", knownGaps: KNOWN_GAPS });
