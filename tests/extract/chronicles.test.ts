// The chronicles suite: 15 short articles written for these tests (tests/extract/chronicles), five each in English,
// Persian and Arabic, retelling real events in regions, sources and years the other suites do not cover: Southern
// Africa (the Lusaka Protocol on Angola, 1994; Zimbabwe's power-sharing deal, Harare 2008), West Africa (the Gambian
// crisis, Banjul 2017), Latin America (the Peru–Ecuador peace treaty, Brasília 1998; Obama and Raúl Castro, Panama
// 2015; Venezuela's government and opposition, Mexico City 2021), East Asia (the inter-Korean summit, Pyongyang
// 2000; Trump and Kim Jong Un, Singapore 2018), Oceania (the Solomon Islands–China pact, Honiara 2022), Eastern
// Europe and the Soviet Union (Poland's round table, Warsaw 1989; Rafsanjani and Gorbachev, Moscow 1989; the Black
// Sea grain deal, Istanbul 2022; Erdoğan and Putin, St Petersburg 2016) and South Asia (Khatami and Vajpayee, New
// Delhi 2003; Modi in Lahore, 2015). Sources: Reuters, AP and BBC News; BBC Persian, Euronews Persian, Hamshahri and
// Kayhan; Al Jazeera, Al Jazeera Net, Asharq Al-Awsat, Al-Ahram and Anadolu Arabic. Years 1989–2022.
// Most people are in no lexicon (ministers, negotiators, spokesmen, advisers: Manuvakola, de Trazegnies, Park
// Jie-won, Seselja, Kiszczak, Kubrakov, Tsvangirai, Blyde, Janjua), named once with a title and then by surname,
// several with no title at all; two Koreans both called "Mr Kim"; a lexicon namesake (Gustavo / Daniel Noboa).
// Dates: an article dated in Solar Hijri ("date: 1368-04-02"), Solar Hijri days ("۳۰ خرداد", "۵ بهمن", "۳۱ تیر"),
// a lunar Hijri date beside the weekday ("أمس الاثنين (15 رمضان 1429)", "أمس (الجمعة) الموافق 14 ربيع الأول 1437"),
// "Wednesday last week", "دیروز (پنجشنبه)", "روز یکشنبه … و روز دوشنبه …", "في السادس من الشهر نفسه", "دو روز پیش
// از آن، پنجشنبه شب", and dateline cities (LUSAKA, HONIARA, WARSAW, بانجول، هراري، لاهور، مكسيكو سيتي، مسکو).
// Traps: phone calls, leaders absent from a signing ("stayed away", "did not attend", "لم يحضر"), planned meetings
// and a planned parade, people quoted but not meeting, meetings told only with titles ("با رهبر کره شمالی … با
// رئیس جمهوری آمریکا"), an envoy who looks on (present, no signatory), two parties signing the same deal separately
// and not meeting each other (Kubrakov and Shoigu), a surprise visit "not announced in advance", and agreements not
// reached or only hoped for (notAgreements).
//
// The expectations were written from the texts before the extractor was run on them. The format of
// FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other article suites).
// One expectation was corrected after the first run, as a reading error: fa-01 had Lee Hsien Loong's two meetings
// placed in Singapore, which the text does not say (their place is now null, not checked). Where an expectation
// fails for several reasons, its ledger entry names the first: an unextracted person (C6, C7; C2 and C3 were fixed by the role nouns of roles.json, _roles.ts) before a lost event.
// Merged into main after the Persian/Arabic name work (faar-names), which fixed 10 entries; class C5 (Korean names in
// Persian script) is gone with them. On main at the merge: people P 0.99 / R 0.85, met pairs 0.95 / 0.51, agreements
// 0.64 / 0.50 (English met pairs 0.86 / 0.19). Class C1 (English names with no title) was fixed on main by
// _bare-names.ts (English people R 0.77 -> 0.97); the entries it left were relabelled by their next cause (C12), and C12 (one signing ceremony told over several sentences) was fixed by _ceremony.ts.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  C6: "a name written with dotted initials in Persian (\"ای. پی. جی. عبدالکلام\") is not extracted",
  C7: "an unknown second name coordinated after a known one in an appositive pair (\"مستشاري الأمن القومي، أجيت دوفال وناصر خان جنجوعة\", \"وكيلا وزارتي الخارجية، سوبرامانيام جايشانكار وعزاز أحمد تشودري\") is dropped, and the nominal meeting of the pair (\"بعد لقاء …\") with it",
  C9: "common Arabic spellings of cities are missing from the places lexicon (كابول beside كابل, كراكاس beside كاراكاس, سانت بطرسبورغ beside سانت بطرسبرغ)",
  C11: "participants given by anaphora are not resolved: \"greeted his guest\", \"the two men held talks / signed\", \"الرجلان قد التقيا\", \"با همین دو نفر امضا کرد\" (with the same two people)",
  C14: "a building that speaks for its occupant (\"the White House said in a statement\") is taken as the meeting's place instead of the dateline city",
  C15: "a meeting place given as a venue inside a city (\"في القصر الرئاسي ببانجول\", \"در هتل کاپلا در جزیره سنتوسای سنگاپور\") is an unresolved venue of its own, or nothing, not placed within the city that follows it",
  C16: "a visit told without a meeting verb (\"flew to Honiara on Wednesday last week and asked Sogavare not to sign\") is read as a meeting now (_trip-contact.ts), but \"Wednesday last week\" is read as the Wednesday of the publication's own week",
  C17: "two weekdays distributed over two objects (\"روز یکشنبه با X و روز دوشنبه با Y دیدار کرده بود\") make one meeting of all three on the later day",
  C18: "\"the two leaders\" (دو رهبر) as signers lose one leader when a phrase about \"the two countries\" (هیئت‌های دو کشور) comes between them and the verb",
  C23: "(closed by branch gapfix6: the slash of «13 أغسطس/آب 2021» no longer ends the lead's signing phrase, so the lead's signing is read and the retelling takes its day) a signing the lead dates (\"وقّعت … مساء أمس الجمعة 13 أغسطس … مذكرة تفاهم\") told again in the next sentence with its signers and witnesses and no date of its own (\"ووقع المذكرة … X … Y، … بحضور Z\") makes a meeting that does not take the lead's date (the features suite's F16)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-04-lahore-2015.txt › finds the place Kabul": GAP.C9,
  "ar-04-lahore-2015.txt › finds عزاز أحمد تشودري": GAP.C7,
  "ar-04-lahore-2015.txt › meeting Ajit Doval + ناصر خان جنجوعة is dated 2015-12-06": GAP.C7,
  "ar-05-mexico-2021.txt › finds the place Caracas": GAP.C9,
  "en-03-pyongyang-2000.txt › meeting Park Jie-won + Song Ho-gyong is dated 2000-04-08": GAP.C11,
  "en-03-pyongyang-2000.txt › meeting Park Jie-won + Song Ho-gyong is placed in Beijing": GAP.C11,
  "en-04-honiara-2022.txt › meeting Kurt Campbell + Manasseh Sogavare + Daniel Kritenbrink is placed in Honiara": GAP.C14,
  "en-04-honiara-2022.txt › meeting Zed Seselja + Manasseh Sogavare is dated 2022-04-13": GAP.C16,
  "fa-01-singapore-1397.txt › agreement Donald Trump + Kim Jong Un": GAP.C18,
  "fa-01-singapore-1397.txt › meeting Donald Trump + Kim Jong Un + Mike Pompeo is placed in Singapore": GAP.C15,
  "fa-01-singapore-1397.txt › meeting Lee Hsien Loong + Kim Jong Un is dated 2018-06-10": GAP.C17,
  "fa-02-istanbul-1401.txt › meeting Sergei Shoigu + Recep Tayyip Erdoğan": GAP.C11,
  "fa-03-newdelhi-1381.txt › finds ای. پی. جی. عبدالکلام": GAP.C6,
};

articleSuite({ dir: join(import.meta.dirname, "chronicles"), name: "chronicles suite", artifact: "extraction-chronicles.json", knownGaps: KNOWN_GAPS });
