// The horn suite: 10 short Arabic news articles written for these tests (tests/extract/horn), retelling real events
// of 1972–2024 in Sudan, South Sudan, Chad, Somalia, Djibouti, Eritrea, Ethiopia and the Comoros as the Arabic press
// and agencies of the region write them (SUNA's «الخرطوم 22-4-1997 (سونا) -», Sudan Tribune's Arabic site, Al-Sudani's
// «الخرطوم: السوداني», Djibouti's ADI, the Somali agency SONNA in Arabic, Radio Dabanga, Al Jazeera Net): the
// Comprehensive Peace Agreement signed by Taha and Garang in Nairobi before Bashir, Kibaki, Museveni and Powell, with
// the Naivasha protocols of the week before (2005); the Khartoum Peace Agreement with Riek Machar's and Kerubino's
// factions and the Political Charter of 1996 (1997); Abdiqasim Salad Hassan sworn in at Arta (2000); the Doha Document
// for Peace in Darfur signed by Amin Hassan Omar and Tijani Sese before four heads of state, with two witnesses who
// sign (2011); the political agreement and constitutional declaration signed by Hemedti and Ahmed Rabie before Abiy,
// Kiir and the AU, and their initialling of 4 August (2019); the Juba peace agreement and the Hamdok–Hilu declaration
// of Addis Ababa (2020); the Eritrea–Ethiopia–Somalia tripartite summit in Asmara with Farmaajo's visits and Abiy's
// stop in Mogadishu (2018); the Jeddah declaration of the army and the RSF, their leaders absent and called by
// Blinken (2023); Bashir received by Déby in N'Djamena, Déby's visit to Khartoum and the normalisation accord (2010);
// Azali Assoumani taking the AU chair from Macky Sall in Addis Ababa (2023).
// Traps: long nasab chains («عمر حسن أحمد البشير», «علي عثمان محمد طه», «جون قرنق دي مبيور», «عبد القاسم صلاد حسن»,
// «محمد عبد الله محمد فرماجو», «جبريل إبراهيم محمد»), nicknames («حميدتي» alone, «الشهير بـ"حميدتي"»), military ranks
// («الفريق أول ركن», «المشير», «اللواء», «العقيد», «القائد»), «السيد», «مولانا», «الأستاذ», «د.», council titles («رئيس
// مجلس السيادة الانتقالي», «نائب رئيس المجلس العسكري الانتقالي»), rebel movements and their leaders, Arabic spellings
// of African names and places («جوبا», «أنجمينا», «مقديشو», «أسمرا», «عرتا», «نيفاشا», «غزالي عثماني»), Hijri dates
// beside Gregorian ones, «يوم أمس السبت» under the next day's paper, weekdays, background signings and visits of other
// days, initialling before signing, witnesses of a signing (some of whom sign as witnesses), people only quoted or
// absent, phone calls, planned swearing-ins and trips, an agreement between two armed forces with no named signer, and
// an accord between two states named by «البلدان».
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.881 R 0.843, met pairs P 0.843 R 0.344, agreements P 0.727 R 0.636, orgs
// R 0.857 (128 of 347 expectations failing). After the fixes of the same branch (general mechanisms, tests in
// passes/05-events.horn, 02-titles.horn and 01-entities.horn: a signing ceremony told on in a sentence whose only
// places are a country in a title or a body's name; «وجرى التوقيع بحضور X»; the one who
// performs an act before «بحضور» is at it; no new name beside an Arabic title in the indefinite accusative, «رئيسا
// لـ…»; the Arabic transliterated particles دي، دا، ديل، فان in a name; N'Djamena's Arabic spellings in the lexicon):
// people P 0.909 R 0.857, met pairs P 0.95 R 0.608, agreements P 0.818 R 0.727, orgs R 0.857 (88 known gaps).
// Branch gapfix3 (tests in passes/07-agreements.adjuncts, 02-titles.horn, 05-events.horn): a quoted title opening
// with its document noun after a sign verb ('وقعت A وB "وثيقة …"، في حفل حضره …'); a definite given name after a
// rank («اللواء الزبير …») with a weak short form inside its nasab; the sign verb with an object clitic (وقعه) is a
// signing; a chair handed over (سلّم/تسلّم … رئاسة، مطرقة) is a meeting; «وكان X قد تسلم» is a pluperfect, no
// possibility: people P 0.924 R 0.871, met pairs P 0.989 R 0.752, agreements P 1 R 0.818, orgs R 0.857 (63 known gaps).
// Branch gapfix6 (tests in passes/05-events.horn, 02-titles.horn, 02-titles.gazettes, 01-entities.horn): the signers
// of a contrast clause's own signing sign at the same table («…، في حين وقعه شاهدين C وD», _signings.contrastSigners);
// a country adjective between a rank or honorific and a new name («الجنرال الكيني X»); the slash between a date's two
// month names («18 فبراير/شباط 2023») is part of the adjunct between a light verb and its noun, so a handover and a
// signing told across it are read; a title modifier after an Arabic title's complement («… بالوكالة X»). Before (the
// main line as this branch started): people P 0.924 R 0.871, met pairs P 0.989 R 0.752, agreements P 1 R 0.818, orgs
// R 0.857 (61 known gaps); after: people P 0.925 R 0.886, met pairs P 0.991 R 0.912, agreements P 1 R 0.909, orgs
// R 0.857 (37 known gaps). Branch fixar (third session; test in passes/01-entities.subdivision-bare): a subdivision's
// Arabic name without its head noun («عرتا» of «إقليم عرتا») where its country is named: the Arta meeting is placed
// (36 known gaps; figures unchanged). Then (test in passes/05-events.background-pair): a pluperfect signing of «الرجلان»
// with a day of its own is a background signing; «منتجع» before a resort's name (cues cityNoun); «بعد جولات من المحادثات»
// is a process (cues longSpan): the Naivasha signing is dated; a new name's dictionary-word surname after «مع» that
// follows an event word is that name (test in passes/02-titles.with-surname): met pairs R 0.912 → 0.92, agreements R
// 0.909 → 1 (31 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  H1: "a name is missed, cut or misread: a name runs into the object of the verb after it ('جون قرنق الاتفاقية'); 'مولانا السيد محمد عثمان الميرغني' cut to 'محمد عثمان'; a Somali name of four words cut at three ('حسين محمد فارح عيديد'); a name after a possessive noun ('منافسه عبد الله أحمد عدو'), after 'بقيادة' ('عبد الواحد محمد نور') or after a mediator's long title and 'المستشار' ('توت قلواك') is not read; the given name «علي» is read as the preposition على ('علي أحمد كرتي' read as 'أحمد كرتي'); a family name that is a preposition ('مولي في') (a region after 'رئيس إقليم', 'بونتلاند', is no person since branch fixar: _complement.placeNamed); the meetings of these people fail with them. And the title 'مساعدة وزير الخارجية الأميركي' (the assistant secretary) is taken for the Secretary himself, so Blinken is put at the Jeddah talks",
  H2: "events: a signing 'with' factions listed one after another ('مع فصائل جنوبية، في مقدمتها حركة … بقيادة A، ومجموعة … بقيادة B') is read as one signing with each, so A and B are not at one ceremony; an initialling told after 'بعد جولة مفاوضات' is read as a visit ('جولة', a round of talks, taken for a tour), so it is no meeting; a meeting of a month ('قد تسلم الرئاسة الدورية في فبراير من العام الماضي', read with its month) is derived with no date, as resolve/coref dates meetings by the day only",
  H3: "places: a venue no lexicon holds ('باستاد نيايو الوطني في العاصمة الكينية نيروبي' leaves the ceremony with no place; 'عرتا', Arta in Djibouti, is read since branch fixar's third session as the Arta region, a subdivision's Arabic name without its head noun, lexicon/subdivision-bare.ts; the place found is named 'Arta Region', so 'finds the place Arta' still fails); 'من مقره في أسمرا' after a leader's name is not read as Asmara",
  H4: "places: Naivasha is no place of the lexicon ('في منتجع نيفاشا' is read as a town no lexicon holds since branch fixar's third session, but it is no 'Naivasha'). (The Naivasha signing of 'وكان الرجلان قد وقّعا … في الحادي والثلاثين من ديسمبر الماضي' is dated since that branch: a pluperfect signing of 'the two men' with a day of its own is a background signing, _background-pair; a resort's name after «منتجع» is a town; «بعد جولات من المحادثات» is a process, no meeting of September 2003; the background signing of Hamdok with al-Hilu, «قد وقع مع الحلو … إعلانا مشتركا», is read since that branch too: a new name's dictionary-word surname after «مع» that follows an event word is that name, _with-surname)",
  H5: "organisations: IGAD written by its Arabic name and Arabic acronym ('الهيئة الحكومية للتنمية (إيقاد)'); the SPLM-North written 'الحركة الشعبية لتحرير السودان - شمال' is read as the SPLM",
  H6: "agreements: an initialling that names no one ('وكانت الأطراف قد وقعت بالأحرف الأولى … في 31 أغسطس') takes everyone at the day's ceremony, witnesses included, as its signers",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-nairobi-2005.txt › finds the organisation IGAD": GAP.H5,
  "ar-01-nairobi-2005.txt › meeting Ali Osman Taha + جون قرنق دي مبيور + Omar al-Bashir + Mwai Kibaki + Yoweri Museveni + Colin Powell + لازاروس سومبيوو is placed in Nairobi": GAP.H3,
  "ar-01-nairobi-2005.txt › meeting Ali Osman Taha + جون قرنق دي مبيور is placed in Naivasha": GAP.H4,
  "ar-02-khartoum-1997.txt › finds no one else": GAP.H1,
  "ar-02-khartoum-1997.txt › finds the place Asmara": GAP.H3,
  "ar-02-khartoum-1997.txt › finds جون قرنق": GAP.H1,
  "ar-02-khartoum-1997.txt › finds محمد عثمان الميرغني": GAP.H1,
  "ar-02-khartoum-1997.txt › meeting Riek Machar + Omar al-Bashir": GAP.H2,
  "ar-02-khartoum-1997.txt › meeting Riek Machar + كاربينو كوانين بول": GAP.H2,
  "ar-03-arta-2000.txt › finds no one else": GAP.H1,
  "ar-03-arta-2000.txt › finds the place Arta": GAP.H3,
  "ar-03-arta-2000.txt › finds حسين محمد فارح عيديد": GAP.H1,
  "ar-03-arta-2000.txt › finds عبد الله أحمد عدو": GAP.H1,
  "ar-06-juba-2020.txt › finds the organisation الحركة الشعبية لتحرير السودان - شمال": GAP.H5,
  "ar-06-juba-2020.txt › finds توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › finds عبد الواحد محمد نور": GAP.H1,
  "ar-06-juba-2020.txt › meeting Abdalla Hamdok + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › meeting Abdel Fattah al-Burhan + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › meeting Mohamed Hamdan Dagalo + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › meeting Salva Kiir + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › meeting الهادي إدريس يحيى + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › meeting جبريل إبراهيم محمد + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › meeting مني أركو مناوي + توت قلواك": GAP.H1,
  "ar-06-juba-2020.txt › no agreement Salva Kiir + Mohamed Hamdan Dagalo": GAP.H6,
  "ar-08-jeddah-2023.txt › finds مولي في": GAP.H1,
  "ar-08-jeddah-2023.txt › meeting Faisal bin Farhan + مولي في": GAP.H1,
  "ar-08-jeddah-2023.txt › meeting Faisal bin Farhan + مولي في is dated 2023-05-06": GAP.H1,
  "ar-08-jeddah-2023.txt › meeting Faisal bin Farhan + مولي في is placed in Jeddah": GAP.H1,
  "ar-09-ndjamena-2010.txt › finds Ali Karti": GAP.H1,
  "ar-09-ndjamena-2010.txt › finds no one else": GAP.H1,
  "ar-10-addis-ababa-2023.txt › meeting Macky Sall + Félix Tshisekedi is dated 2022-02": GAP.H2,
};

articleSuite({ dir: join(import.meta.dirname, "horn"), name: "horn suite", artifact: "extraction-horn.json", knownGaps: KNOWN_GAPS });
