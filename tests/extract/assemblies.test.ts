// The assemblies suite: 10 short Arabic news articles written for these tests (tests/extract/assemblies), retelling
// real multilateral gatherings of 1997–2023 and the bilateral meetings held on their margins, as the Arab agencies,
// papers and broadcasters report them (SPA/واس, MENA/أ ش أ with Al-Ahram, WAM/وام, BBC Arabic, Asharq Al-Awsat,
// KUNA/كونا, QNA/قنا, Al Jazeera, UN News in Arabic): the first Arab–China summit in Riyadh with Xi's meetings on its
// margins and the Saudi–Chinese partnership signed the day before (2022), COP27's leaders' summit in Sharm el-Sheikh
// (2022), COP28 in Dubai (2023), the UN General Assembly week in New York with Trump's, Sisi's and Netanyahu's
// meetings (2017), the Arab League summit in Jeddah with Assad's return and Zelensky's visit (2023), the GCC summit
// in AlUla and its declaration (2021), the OPEC and non-OPEC ministerial meeting in Vienna with the Saudi–Russian
// statement signed at the G20 in Hangzhou (2016), the OIC's extraordinary summit on Jerusalem in Istanbul (2017), the
// OIC summit in Tehran (1997), and the Arab League summit in Algiers attended by the UN Secretary-General (2022).
// Traps: people only attending a session, chairing it, addressing it or reading its communiqué (no meeting unless
// the text says they met), «التقى … كلاً من A وB وC، كلاً على حدة» (each met the subject, not each other), «بحضور»
// at a signing, «استقبل» and «كان في استقباله», a declaration adopted («إعلان الرياض», «إعلان جدة», «إعلان إسطنبول»)
// versus an agreement or a statement signed, planned meetings and next summits, phone calls, a photograph posted by
// one leader, background meetings of earlier dates («عشية افتتاح القمة», «غداة لقاء», «في السادس من الشهر الجاري»),
// Hijri and Gregorian dates in an SPA dateline, agency datelines («دبي في 1 ديسمبر / وام /», «العلا - 5 - 1 (كونا)
// --»), the two ministers named by «الوزيران», honorific chains («صاحب السمو الملكي … ولي العهد رئيس مجلس الوزراء»),
// Egyptian spellings («جوتيريش», «السكرتير العام»), and people no lexicon holds (ministers, envoys, a spokesman).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

void GAP;
articleSuite({ dir: join(import.meta.dirname, "assemblies"), name: "assemblies suite", artifact: "extraction-assemblies.json", knownGaps: KNOWN_GAPS });
