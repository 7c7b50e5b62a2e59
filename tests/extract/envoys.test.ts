// The envoys suite: 10 short Persian articles written for these tests (tests/extract/envoys), on Iran's relations
// with Europe, the Gulf, Africa, Latin America and Central and East Asia between 1997 and 2019, in the styles of IRNA,
// ISNA, Mehr, Tasnim, BBC Persian and Radio Farda: Khatami in Rome (1999: a welcome at the Quirinal "yesterday", a
// memorandum signed by the foreign ministers before two leaders, an audience with the Pope only planned), the
// Iran–Saudi security accord (Tehran 2001: interior ministers, "شاهزاده", a meeting "شامگاه دوشنبه"), Ahmadinejad in
// Harare (2010: the city only in the byline, a prime minister who was absent, a visit to Kampala only planned), the
// Tehran declaration (2010: three foreign ministers sign before three leaders, a meeting "روز یکشنبه", a US reaction),
// Abe in Tehran (2019: two meetings dated "امروز" and "دیروز", a message from someone absent, a phone call), the
// Korpeje–Kordkuy pipeline (1997: a joint inauguration, a swap deal still to be signed, a phone call), Xi in Tehran
// (2016: seventeen documents with no signer named, a 25-year programme only to be negotiated, the Leader named only
// by his title), Ahmadinejad in La Paz (2007: a minister present, a foreign minister only quoted, a visit to Caracas
// only planned), the EU3 in Tehran (2003: two meetings of five, a joint statement, a protocol still to be signed) and
// the GCC summit in Doha (2007: meetings "جداگانه" with two leaders, a security pact only proposed).
// Traps: honorifics (حجت‌الاسلام والمسلمین، شاهزاده، حضرت آیت‌الله، آقای، دکتر), names no lexicon knows (a
// president of Italy, a Turkmen president, deputies, ambassadors, spokesmen), people only quoted or mentioned.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "envoys"), name: "envoys suite", artifact: "extraction-envoys.json", knownGaps: KNOWN_GAPS });
