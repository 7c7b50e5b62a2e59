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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;
void GAP;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "almanac"), name: "almanac suite", artifact: "extraction-almanac.json", knownGaps: KNOWN_GAPS });
