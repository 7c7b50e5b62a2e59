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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "protocol"), name: "protocol suite", artifact: "extraction-protocol.json", knownGaps: KNOWN_GAPS });
