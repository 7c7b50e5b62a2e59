// The communiques suite: 10 short Arabic news articles written for these tests (tests/extract/communiques),
// retelling real events of 1987–2024 in and around the Maghreb and the Sahel as the North African state agencies and
// papers write them (MAP, APS and Echorouk, TAP, JANA/LANA and Libya al-Ahrar, AMI): the founding treaty of the Arab
// Maghreb Union signed in Marrakech by five heads of state (1989) with the Zeralda meeting (1988) and the Hassan II –
// Chadli border meeting with King Fahd (1987) behind it; the Libyan Political Agreement signed in Skhirat before the UN
// envoy and Morocco's foreign minister, with the rejecting speakers' meeting in Valletta two days before (2015); the
// Mali peace agreement initialled in Algiers under Lamamra's mediation, the Azawad coordination holding back (2015);
// Kais Saied opening the Libyan Political Dialogue Forum at Gammarth, with Merkel's separate talks with Sarraj and
// Haftar in Berlin (2020); Draghi received by Tebboune and the Sonatrach–Eni gas deal signed before them (2022);
// Pedro Sánchez received by Mohammed VI for an iftar and a joint declaration, after a letter and a phone call (2022);
// Macron received by Ould Abdel Aziz and meeting the G5 Sahel presidents during the AU summit in Nouakchott (2018);
// the Italy–Libya friendship treaty signed by Gaddafi and Berlusconi in Benghazi, after the 1998 Dini–Muntasir joint
// communiqué (2008); the Morocco–Nigeria gas pipeline declaration signed before Mohammed VI and Buhari in Rabat (2018);
// the first Tunisia–Algeria–Libya consultative meeting at Carthage, agreed in Algiers in March (2024).
// Styles and traps: datelines «الرباط – (و م ع) –», «تونس (وات) -», «بنغازي (أوج) -», «نواكشوط – الوكالة …:»;
// Maghreb month names (Moroccan «دجنبر، نونبر، ماي»; Algerian/Tunisian «جانفي، فيفري، جويلية، أفريل») and the
// Jamahiriya's months («30 هانيبال», «4 ناصر»); protocol titles and honorifics («صاحب الجلالة الملك محمد السادس، نصره
// الله»، «جلالته»، «فخامة السيد»، «الأخ قائد الثورة»، «خادم الحرمين الشريفين»); French-derived spellings («برلوسكوني»
// where the lexicon has «برلسكوني», «لودريان», «ديسكالزي»); a king's audience («استقبل … بالقصر الملكي») and a
// president's; signings with witnesses («بحضور», «حضر مراسم التوقيع», «أشرف … على مراسم التوقيع»), a treaty signed by
// five, an agreement initialled by one side while another asks for time, a joint declaration; phone calls and letters;
// planned meetings (a next summit, a visit «من المنتظر أن يلتقي»), a dialogue forum's opening, an AU summit's speakers
// only quoted, background meetings of other years with their own dates, «كلا على حدة» and «دون أن يجمع الرجلين أي لقاء»,
// a namesake (Omar al-Mukhtar's son), titles without names, a former Tunisian minister now a UN representative.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.97 R 0.985, met pairs P 0.838 R 0.753, agreements P 0.833 R 0.583, orgs R 0.778
// (68 of 334 expectations failing). After the fixes of the same branch («جلالة الملك» among several kings is the one
// the article styled «جلالة»; «جلالة الملك والرئيس X» gives X no king's title; a reference after «إلى جانب» is a
// side; a date naming a revolution dates nothing, «الفاتح من» is the first of the month; a denial does not reach past
// «، وكان …»; «على حدة» separate meetings and «دون أن يجمع الرجلين» the two others; a gathering's own day in a sentence
// of several days; «رئيس الجمهورية» alone and the subject of «ترأس»; «ضيفه» after a visit in a relative clause;
// «مأدبة» and «على شرف» no names; «أشرف … على مراسم التوقيع» watches): people P 1 R 0.985, met pairs P 0.94 R 0.888,
// agreements P 0.833 R 0.583, orgs R 0.778 (41 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  M1: "people: a person named only as the genitive of a kinship noun and an honorific epithet is not read ('نجل شيخ الشهداء عمر المختار': the son is found, the father is not)",
  M2: "places: towns the lexicon does not hold or holds with no Arabic name ('طبرق' Tobruk; Skhirat, 'بمدينة الصخيرات', is read since branch fixfa's second session: a word after a city noun is a town, _unknown-towns); 'وسط مالي' (central Mali) after a town no lexicon knows is not read as Mali; a contact told by a gathering ('قبل انطلاق المؤتمر') takes the gathering's day from the sentence before but not its place (the Berlin conference), and falls back on the dateline (Tunis)",
  M3: "events: a meeting of a group named by a number ('اللقاء المغاربي الأول الذي جمع القادة الخمسة يوم 10 يونيو 1988', 'خلال لقاء جمعهم يوم 2 مارس': the object pronoun of جمع) gets no people, so no date; a ceremony presided by a mediator in a relative clause ('في حفل أشرف عليه … لعمامرة') is no meeting of its day (closed by branch suite-horn: the opening of a forum 'بحضور' someone, 'أشرف … على افتتاح أشغال ملتقى … بحضور … وليامز': the one who performs the act before the presence words is at it, _gathering); a signing presided in one sentence ('أشرف الرئيس تبون وضيفه على مراسم التوقيع') and signed in the next ('ووقع الاتفاق عن سوناطراك … حكار، وعن إيني … ديسكالزي') are two events, the signers' with no day and the destination of the gas ('نحو إيطاليا') as its place; talks widened to include ministers ('قبل أن تتوسع المباحثات لتشمل X وY') add no one; a joint announcement during a visit of another year ('الزيارة التي قام بها جلالة الملك إلى أبوجا يوم 2 دجنبر 2016، حيث أعلن جلالته والرئيس بوهاري') is no meeting of that day; 'قد التقى، لدى وصوله إلى بنغازي، السيد X' (the verb cut from its object by a time clause) makes no meeting",
  M4: "dates: the months of the Jamahiriya's calendar ('4 ناصر 1998': July) are not read, so the 1998 joint communiqué signed in Rome has no date and no signers' meeting; a month-only date ('في جانفي 2014') is not given to the meeting as a month",
  M5: "agreements: a joint declaration adopted after talks ('توجت باعتماد إعلان مشترك') is no agreement word ('اتفق القادة الثلاثة على' is read since the integration of the third stop of 2026-12-06: the three leaders are the heads told before); a document signed in a relative clause past its place and date ('البيان المشترك الذي وقعه في روما يوم … X وY') is not read; a party no lexicon knows written in quotes ('حركات \"أرضية الجزائر\"') is no party, and the mediator who presided the initialling in a relative clause ('في حفل أشرف عليه … لعمامرة') is taken for one",
  M6: "organisations: bodies no lexicon knows ('المؤتمر الوطني العام', 'تنسيقية حركات الأزواد', 'المكتب الوطني للهيدروكاربورات والمعادن') and a company's quoted name after a generic head ('المجمع الإيطالي \"إيني\"') are not read",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-marrakech-1989.txt › meeting Chadli Bendjedid + Hassan II of Morocco + Zine El Abidine Ben Ali + Muammar Gaddafi + Maaouya Ould Sid'Ahmed Taya is dated 1988-06-10": GAP.M3,
  "ar-02-skhirat-2015.txt › finds the organisation المؤتمر الوطني العام": GAP.M6,
  "ar-02-skhirat-2015.txt › finds the place Tobruk": GAP.M2,
  "ar-03-algiers-2015.txt › agreement Abdoulaye Diop + أرضية الجزائر": GAP.M5,
  "ar-03-algiers-2015.txt › finds the organisation تنسيقية حركات الأزواد": GAP.M6,
  "ar-03-algiers-2015.txt › meeting Abdoulaye Diop + Ramtane Lamamra + Mongi Hamdi is dated 2015-03-01": GAP.M3,
  "ar-03-algiers-2015.txt › meeting Ibrahim Boubacar Keïta + Abdelaziz Bouteflika is dated 2014-01": GAP.M4,
  "ar-03-algiers-2015.txt › no agreement Ramtane Lamamra + Abdoulaye Diop": GAP.M5,
  "ar-04-tunis-2020.txt › meeting Angela Merkel + Fayez al-Sarraj is placed in Berlin": GAP.M2,
  "ar-04-tunis-2020.txt › meeting Angela Merkel + Khalifa Haftar is placed in Berlin": GAP.M2,
  "ar-05-algiers-2022.txt › finds the organisation إيني": GAP.M6,
  "ar-05-algiers-2022.txt › meeting توفيق حكار + Abdelmadjid Tebboune": GAP.M3,
  "ar-05-algiers-2022.txt › meeting توفيق حكار + Mario Draghi": GAP.M3,
  "ar-05-algiers-2022.txt › meeting توفيق حكار + كلاوديو ديسكالزي + Abdelmadjid Tebboune + Mario Draghi is dated 2022-04-11": GAP.M3,
  "ar-05-algiers-2022.txt › meeting توفيق حكار + كلاوديو ديسكالزي + Abdelmadjid Tebboune + Mario Draghi is placed in Algiers": GAP.M3,
  "ar-05-algiers-2022.txt › meeting كلاوديو ديسكالزي + Mario Draghi": GAP.M3,
  "ar-06-rabat-2022.txt › agreement Mohammed VI of Morocco + Pedro Sánchez": GAP.M5,
  "ar-07-nouakchott-2018.txt › finds the place Mali": GAP.M2,
  "ar-08-benghazi-2008.txt › agreement Lamberto Dini + Umar Mustafa al-Muntasir": GAP.M5,
  "ar-08-benghazi-2008.txt › finds عمر المختار": GAP.M1,
  "ar-08-benghazi-2008.txt › meeting Lamberto Dini + Umar Mustafa al-Muntasir": GAP.M4,
  "ar-08-benghazi-2008.txt › meeting Lamberto Dini + Umar Mustafa al-Muntasir is dated 1998-07-04": GAP.M4,
  "ar-08-benghazi-2008.txt › meeting Lamberto Dini + Umar Mustafa al-Muntasir is placed in Rome": GAP.M4,
  "ar-08-benghazi-2008.txt › meeting Silvio Berlusconi + محمد عمر المختار": GAP.M3,
  "ar-08-benghazi-2008.txt › meeting Silvio Berlusconi + محمد عمر المختار is dated 2008-08-30": GAP.M3,
  "ar-08-benghazi-2008.txt › meeting Silvio Berlusconi + محمد عمر المختار is placed in Benghazi": GAP.M3,
  "ar-09-rabat-2018.txt › finds the organisation المكتب الوطني للهيدروكاربورات والمعادن": GAP.M6,
  "ar-09-rabat-2018.txt › meeting Mohammed VI of Morocco + Geoffrey Onyeama": GAP.M3,
  "ar-09-rabat-2018.txt › meeting Mohammed VI of Morocco + Muhammadu Buhari is dated 2016-12-02": GAP.M3,
  "ar-09-rabat-2018.txt › meeting Mohammed VI of Morocco + Muhammadu Buhari is placed in Abuja": GAP.M3,
  "ar-09-rabat-2018.txt › meeting Mohammed VI of Morocco + Nasser Bourita": GAP.M3,
  "ar-09-rabat-2018.txt › meeting Muhammadu Buhari + Geoffrey Onyeama": GAP.M3,
  "ar-09-rabat-2018.txt › meeting Muhammadu Buhari + Nasser Bourita": GAP.M3,
  "ar-10-carthage-2024.txt › meeting Kais Saied + Abdelmadjid Tebboune + Mohamed al-Menfi is dated 2024-03-02": GAP.M3,
  "ar-10-carthage-2024.txt › meeting Kais Saied + Abdelmadjid Tebboune + Mohamed al-Menfi is placed in Algiers": GAP.M3,
};

articleSuite({ dir: join(import.meta.dirname, "communiques"), name: "communiques suite", artifact: "extraction-communiques.json", knownGaps: KNOWN_GAPS });
