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
// First run (before any fix): (not run yet).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

void GAP;
articleSuite({ dir: join(import.meta.dirname, "communiques"), name: "communiques suite", artifact: "extraction-communiques.json", knownGaps: KNOWN_GAPS });
