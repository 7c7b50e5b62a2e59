// The wires suite: 15 short articles written for these tests (tests/extract/wires), five each in English, Persian
// and Arabic, in the styles of sources the other suites do not cover: agency wires with datelines (AP, Xinhua, AFP,
// IRNA, Tasnim, ISNA, Mehr, APS, QNA, SUNA, SPA, KUNA), a live blog with time stamps, a presidency's press release
// with bullets, and readouts ("استقبل …", "خلال استقباله", "دیدار و گفت‌وگو کرد"). Regions: the Caucasus, Central
// Asia, the Balkans, the Horn of Africa, the Maghreb, the Gulf, Southeast Asia, the Pacific, the Nordic and Baltic
// states and the Andes; years 1997–2025. Dates in Solar Hijri, lunar Hijri (alone and with the Gregorian), Gregorian
// in Persian and Arabic digits, "last Tuesday", "the 13th", "one day later", and a wire dateline with day-month
// only. Traps: phone calls, indirect talks through a mediator, planned, cancelled, denied and unscheduled meetings,
// people quoted but not meeting, titles without names ("نظيره الأردني", "وزیر امور خارجه لیتوانی"), a name the
// lexicon knows only for a later holder (Heydar / Ilham Aliyev), "در آستانه" meaning "on the eve of", honorifics
// (حجت‌الاسلام والمسلمین، آیت‌الله، صاحب السمو، معالي، الفريق أول ركن، Commodore) and compound Arabic names.
//
// The expectations were written from the texts before the extractor was run on them. The format of
// FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the articles and regions suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
};

articleSuite({ dir: join(import.meta.dirname, "wires"), name: "wires suite", artifact: "extraction-wires.json", knownGaps: KNOWN_GAPS });
