// The kabul suite: 10 short Dari/Persian articles written for these tests (tests/extract/kabul), retelling real
// events of 1993–2023 as Afghan and Tajik media write them (Bakhtar, BBC Dari radio, Radio Azadi, Tolo News, Hasht-e
// Subh, Ariana News, Pajhwok, Khovar in Persian script, BBC Persian's Afghan desk), with the Taliban-era statements of
// Zabihullah Mujahid and the Islamic Emirate's foreign ministry. Events: the Islamabad Accord of the mujahideen leaders
// hosted by Nawaz Sharif (1993: an oath in Mecca only planned, a leader who stayed away, the Peshawar accord of 1371 in
// background), the "6+2" meeting in Tashkent (1999: Brahimi meeting the Taliban and the United Front separately, two
// delegations in one hall with no talks, a declaration signed by eight countries), the Bonn Agreement at the Petersberg
// (2001: four signers before Brahimi and Schröder, Karzai only on a satellite phone, a handover only planned), Khalilzad
// and Zahir Shah on the eve of the Emergency Loya Jirga (2002: a postponed opening, Karzai's visit the same evening and
// his welcome at the airport in Hamal), the CASA-1000 launch in Tajikistan (2016: Khovar's dateline «دوشنبه، ۱۲ می»,
// the town that is also a weekday, «پیشوای ملت» and «جناب عالی»), TAPI's Afghan section in Herat (2018: memoranda
// signed by two ministers before two presidents, an invitation to Islamabad, the Mary ceremony of 1394 in background),
// the opening of the intra-Afghan talks in Doha (2020: Pompeo's separate meetings, a phone call with Ghani, the Doha
// agreement of Hoot 1398), Baradar and Wang Yi in Tianjin (2021: a delegation member present, «همچنین» with an envoy,
// Wang Yi and Atmar "in Dushanbe" two weeks before), the Moscow format (2021: Hanafi and Kabulov, the United States
// absent, Tom West's meeting only planned, the 2018 round with its own date), and the China–Afghanistan–Pakistan
// foreign ministers in Islamabad (2023: «دیروز» with a Solar Hijri date, an agreement announced, a meeting "before the
// trilateral" with no date, a railway memorandum still to be signed, the 2019 round in background).
// Traps: Dari usage and spellings («ملاقات کرد», «دیدار و گفتگو نمود», «جلالتمآب», «انجنیر», «داکتر», «مولوی»,
// «لوی درستیز», «صدراعظم», «رئیس الوزرا», «پشاور», «روم», «مری», «فبروری», «جولای»), Afghan solar months (حمل … حوت)
// beside Gregorian dates, foreign names as Afghan media spell them («زلمی خلیلزاد», «تامس وست», «ملا برادر», «چین
// گانگ», «ام جی اکبر», «یوئه شیائویونگ»), phone calls, planned and postponed meetings, people only quoted, background
// meetings of other years with their own dates, titles and references («همتای ترکمنستانی‌اش», «پادشاه سابق», «وزیر
// خارجه امریکا»), group meetings, delegations, signings with witnesses, memoranda only to be signed, namesakes (two
// Rabbanis, two Sharifs).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.9 R 0.875, met pairs P 0.756 R 0.5, agreements P 0.4 R 0.25, orgs R 0.75
// (74 of 301 expectations failing); after the fixes of the same branch (a lexicon form of given names only inside a
// longer Afghan name, «محمد یونس قانونی», `_given-name-forms`; an occasion held «با حضور / با اشتراک» several people
// is their meeting, `_gathering`; Dari join and onlooker phrases «در این دیدار اشتراک داشت», «در مراسم امضا حاضر
// بودند»; a presence on a day of its own joins no earlier meeting, `_joiners.otherDay`; "the three ministers agreed";
// Dari spellings «تاجکستان», «پشاور»): people P 0.957 R 0.931, met pairs P 0.85 R 0.75, agreements P 0.6 R 0.5,
// orgs R 0.75 (43 known gaps, GAP.K1–K5 below). Gap fixer of 2026-12-07 (branch fixfa): a surname of a new name that
// is a dictionary word stands for it right after an honorific («آقای قانونی»; passes/02-titles.honorific-surnames):
// met pairs P 0.85 R 0.75 → P 0.852 R 0.765 (43 → 40 known gaps). Gap fixer of 2026-12-07, second round (branch fixfa): a
// name before «از» + a group's noun at a list item's start is a person («B از گروه X»; passes/02-titles.affiliated-
// names), a town after «گروه» names the group, no place; «که» right after a signing verb opens the document's relative
// clause (passes/01-entities.signing-relative): people P 0.971 R 0.931, met pairs P 0.852 R 0.765, agreements P 0.6
// R 0.5 → people P 0.972 R 0.958, met pairs P 0.871 R 0.897, agreements P 0.8 R 0.75 (40 → 26 known gaps); initials
// spelt as Persian letter names are the name's («ام جی اکبر», passes/02-titles.spelled-initials): people P 0.986 R 0.972,
// met pairs P 0.914 R 0.941 (26 → 21 known gaps); a lone Persian title with its country between two named items of a list
// is no title of the next name and is a side as its holder (passes/02-titles.list-titles): met pairs P 0.917 R 0.971 (21 → 18).
// A theophoric given name in one word («عبدالحی», passes/02-titles.theophoric-names) and the Dari «ملل متحد» (the UN,
// passes/01-entities.dari-un): people R 0.986, orgs R 0.917 (18 → 15 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  K1: "a name is missed, cut or misread (names, passes 1-2): Afghan names whose words are dictionary words or given names no list holds, in a signer list with «از گروه X» after each ('عبدالستار سیرت از گروه روم', 'همایون جریر از گروه قبرس'), initials written as words ('ام جی اکبر' read as 'جی اکبر'); a given name in its Afghan spelling ('تامس وست'); two common words read as a name ('بار آتش‌بس', 'تعیین می‌شود'); the meetings and agreements that hang on them fail with them",
  K2: "references (pass 3): (a title with its country alone in a list after «با حضور», 'رئیس جمهور ترکمنستان', the president named in full before, is read as that person since the second gap fixer) 'the then prime minister' («صدراعظم وقت پاکستان», an apposition to the name before it) is read as the current holder; a delegation as the subject of a meeting ('هیئت طالبان همچنین با Y ملاقات کرد') is not read as its head",
  K3: "events: 'at the host's invitation' («به دعوت میزبان») read as a meeting of the two delegations of the clause; a signer told in a sentence of its own ('علاوه بر ربانی و حکمتیار، X نیز این موافقتنامه را امضا کرد') joins the signers but not the host who held the ceremony; a meeting 'before the trilateral' («پیش از نشست سه‌جانبه … دیدار کرده بود») takes the day of the sentence before it",
  K4: "agreements: a signing by a group noun ('رهبران تنظیم‌های جهادی … موافقتنامه … را امضا کردند') whose signers are named in the next sentences has no signatories; a signing in a relative clause after a clause with a future verb ('… بر اساس موافقتنامه دوحه آغاز می‌شود که … میان A و B امضا شده بود') is governed by that clause; the Bonn signers of K1",
  K5: "places and organisations: (a background meeting 'در شهر مری ترکمنستان', Mary, a town no lexicon knows, with its country after it, is placed there since branch fixfa's second session: _unknown-towns) a meeting in a town no lexicon knows ('شهر تورسون‌زاده') under a Khovar dateline with a comma ('دوشنبه، ۱۲ می.') is placed nowhere; Rome in Dari («روم», also the Persian name of Byzantium); a country after «پایتخت» ('دوشنبه، پایتخت تاجیکستان') turned into the capital, so the country itself is not among the places; «حزب اسلامی» alone is not Hezb-e Islami",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-01-islamabad-1993.txt › finds no one else": GAP.K1,
  "fa-09-moscow-2021.txt › finds تامس وست": GAP.K1,
  "fa-08-tianjin-2021.txt › meeting Abdul Ghani Baradar + یوئه شیائویونگ": GAP.K2,
  "fa-08-tianjin-2021.txt › meeting Abdul Ghani Baradar + یوئه شیائویونگ is dated 2021-07-28": GAP.K2,
  "fa-01-islamabad-1993.txt › meeting Nawaz Sharif + Sibghatullah Mojaddedi": GAP.K3,
  "fa-02-tashkent-1999.txt › no meeting Amir Khan Muttaqi + محمد یونس قانونی": GAP.K3,
  "fa-10-islamabad-2023.txt › meeting Qin Gang + Shehbaz Sharif is dated nothing (no date in the text)": GAP.K3,
  "fa-01-islamabad-1993.txt › agreement Burhanuddin Rabbani + Gulbuddin Hekmatyar": GAP.K4,
  "fa-07-doha-2020.txt › agreement Zalmay Khalilzad + Abdul Ghani Baradar": GAP.K4,
  "fa-01-islamabad-1993.txt › finds the organisation Hezb-e Islami": GAP.K5,
  "fa-04-kabul-2002.txt › finds the place Rome": GAP.K5,
  "fa-05-dushanbe-2016.txt › meeting Emomali Rahmon + Ashraf Ghani + Nawaz Sharif + Sooronbay Jeenbekov is placed in Tajikistan": GAP.K5,
  "fa-05-dushanbe-2016.txt › meeting Emomali Rahmon + Ashraf Ghani is placed in Tajikistan": GAP.K5,
  "fa-08-tianjin-2021.txt › finds the place Tajikistan": GAP.K5,
};

articleSuite({ dir: join(import.meta.dirname, "kabul"), name: "kabul suite", artifact: "extraction-kabul.json", knownGaps: KNOWN_GAPS });
