// The regions suite: 15 short news articles written for these tests (tests/extract/regions), five in English and
// Persian, five in Arabic, about regions and years the other suites do not cover: an African Union summit and ECOWAS,
// Brazil–Colombia and EU–Mercosur, India–Japan and India–Brazil, Russia–China, ASEAN, the EU Council with Ukraine, the
// SCO in Astana, Korea–Japan, Mexico–Guatemala, the G20 in Osaka (2019), a UN envoy in Dhaka, and a deal between two
// telecom companies. Real people, wire-service datelines, titles such as "Prime Cabinet Secretary", "Chancellor",
// "Vice-President", "President-elect", "Crown Prince", "chief executive", names with particles and initials, and
// Persian/Arabic transliterations of non-Middle-Eastern names. The traps are those of the other suites: video links,
// planned, postponed, cancelled and denied meetings, an invitation, phone calls, quotes and page chrome.
//
// The expectations were written from the texts before the extractor was run on them. The format of
// FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the articles suite).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails. */
const GAP = {} as const satisfies Record<string, string>;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};
void GAP;

articleSuite({ dir: join(import.meta.dirname, "regions"), name: "regions suite", artifact: "extraction-regions.json", knownGaps: KNOWN_GAPS });
