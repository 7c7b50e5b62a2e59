// The protocol suite: 15 short articles written for these tests (tests/extract/protocol), five each in English,
// Persian and Arabic, in the styles of official news agencies and government readouts, which the other suites do not
// cover: SPA, KUNA, WAM, MENA and SANA in Arabic (honorific chains such as "صاحب السمو الملكي الأمير … ولي العهد
// رئيس مجلس الوزراء", "حضرة صاحب السمو الشيخ … أمير البلاد", "خادم الحرمين الشريفين", long attendee lists after
// "حضر الاستقبال" / "حضر اللقاء", a written message handed over, cables "بعث برقية", phone calls "تلقى اتصالاً
// هاتفياً"); the Chinese MFA, the Kremlin, the White House, India's MEA and Anadolu in English ("met with", "called
// on", "The two sides exchanged views", documents exchanged in the presence of the two leaders); president.ir,
// leader.ir, Iran's MFA and IRNA in Persian ("در دیدار … که عصر امروز … برگزار شد", "نیز در این دیدار حضور داشت",
// "پیام کتبی … را تسلیم کرد"). Years 1993–2025, with period figures no lexicon holds (Arafat, Rabin, Clinton,
// Yeltsin, Jiang Zemin, Hafez al-Assad, Khatami, Farouk al-Sharaa, Albright) and their titles. Traps: cables,
// letters and messages carried by a visitor (the sender met no one), phone calls, planned meetings and visits, an
// invitation, indirect talks through a mediator, agreements signed by ministers in the presence of leaders (the
// leaders are at the signing), a signing of several leaders still to come, and a lexicon namesake of a period
// figure (Farouk al-Sharaa, not Ahmed al-Sharaa).
//
// The expectations were written from the texts before the extractor was run on them (see the commit history). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other article suites).
//
// Scores (precision/recall) when the suite was written, and after the fixes it led to (pass 5: an attendee line after
// a readout's remarks joins the meeting, 'took part in the expanded talks', 'حضر من الجانب'; pass 1: 'called on X' is a
// courtesy visit; pass 3: a message's sender past an honorific chain is no participant; pass 5: a place naming an
// accord is no venue; pass 5: a signing ceremony told over several sentences is one meeting; pass 2: 'سلطان بن …' is a
// given name, not the title Sultan):
//              people        met pairs     agreements
//   before  all  0.916/0.813   0.759/0.452   0.857/0.727
//           en   1.000/0.882   0.882/0.288   0.800/0.857
//           fa   0.862/0.862   0.577/0.652   1.000/1.000
//           ar   0.889/0.727   0.818/0.507   1.000/0.333
//   after   all  0.926/0.822   0.881/0.658   0.857/0.727
//           en   1.000/0.882   0.946/0.673   0.800/0.857
//           fa   0.862/0.862   0.667/0.696   1.000/1.000
//           ar   0.917/0.750   0.938/0.634   1.000/0.333
// (fa pair precision then counted محمد خاتمی's pairs as wrong: the expectations named him سید محمد خاتمی, as written
// for someone no lexicon knew; with the historical lexicon (people-history-mena.json) he, King Hussein and Hafez
// al-Assad are lexicon people, and the expectations name Khatami and King Hussein by their canonical names.)
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  P1: "names of period figures no lexicon holds that the name-word model refuses: a name with no title slot ('the death of Deng Xiaoping', 'King Hussein of Jordan'); the Arabic signing 'وقع رئيس الوزراء … ورئيس منظمة التحرير الفلسطينية ياسر عرفات … اتفاق غزة - أريحا' now makes the agreement of both signers, but its sides are read as the states of the signers (Palestine, not the PLO the signer heads) and the agency of the dateline ('أ ش أ')",
  P7: "a signing told across sentences or by reference: the ceremony of 'Israel and the PLO signed … in the presence of X, Y and Z' lacks the President ('Bill Clinton', P1), so its date and place checks, which start with him, fail; 'In the presence of the two leaders, an Agreement was exchanged' does not resolve 'the two leaders'; 'Prime Minister Modi and the Amir held talks' makes no event (not traced further)",
  P8: "'كما استقبل سمو الشيخ X ولي العهد حفظه الله بقصر بيان الوزير المصري بحضور سفير … لدى البلاد Y': the meeting is read now (the generic 'الوزير المصري' is the Egyptian foreign minister named before), but it takes no date from the Emir's dated reception of the same guest just before it (كما, also) (its ambassador after 'لدى البلاد' is read now)",
  P11: "a place the text does not name or no lexicon holds: the expectations read Rashtrapati Bhavan and Hyderabad House as in New Delhi, which the text never writes; أريحا in 'اتفاق غزة - أريحا'",
  P14: "a pluperfect meeting dated only by 'before that' ('پیش از آن … دیدار کرده بود') takes no date",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-03-cairo.txt › agreement Israel + Palestine Liberation Organization": GAP.P1,
  "ar-03-cairo.txt › finds the place أريحا": GAP.P11,
  "en-04-newdelhi.txt › finds the place New Delhi": GAP.P11,
  "en-04-newdelhi.txt › meeting Droupadi Murmu + Tamim bin Hamad Al Thani is placed in New Delhi": GAP.P11,
  "en-04-newdelhi.txt › meeting Narendra Modi + Mohammed bin Abdulaziz Al-Khulaifi": GAP.P7,
  "en-04-newdelhi.txt › meeting Narendra Modi + S. Jaishankar": GAP.P7,
  "en-04-newdelhi.txt › meeting Narendra Modi + Tamim bin Hamad Al Thani + Mohammed bin Abdulaziz Al-Khulaifi + S. Jaishankar is dated 2025-02-18": GAP.P7,
  "en-04-newdelhi.txt › meeting Narendra Modi + Tamim bin Hamad Al Thani + Mohammed bin Abdulaziz Al-Khulaifi + S. Jaishankar is placed in New Delhi": GAP.P7,
  "en-04-newdelhi.txt › meeting Tamim bin Hamad Al Thani + Mohammed bin Abdulaziz Al-Khulaifi": GAP.P7,
  "fa-05-muscat.txt › meeting Badr Albusaidi + استیو ویتکاف is dated 2025-04-12": GAP.P14,
};

articleSuite({ dir: join(import.meta.dirname, "protocol"), name: "protocol suite", artifact: "extraction-protocol.json", knownGaps: KNOWN_GAPS });
