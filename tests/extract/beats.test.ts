// The beats suite: 15 short articles written for these tests (tests/extract/beats), five each in English, Persian
// and Arabic, about people no lexicon knows, on the beats of domestic news rather than summit diplomacy: a treasury
// chief and a World Bank vice president, a governor and a football federation, a party's general secretary and a UN
// agency, a mayor and a development bank, an archbishop and an indigenous leader (Kenya, Nigeria, Bangladesh,
// Ukraine, Bolivia); a Dari-style governor's day with tribal elders and ulema (Balkh, Kandahar), an Iranian governor,
// Friday prayer leader and MPs, Iraqi Kurdistan's parties, an oil company chief (Venezuela); a Moroccan house
// speaker and party chief, a Palestinian governor and a mayor, tribal sheikhs and a Yazidi cleric in Erbil,
// Mauritania's opposition, and Colombia's peace negotiators. Sources in the style of Reuters, AP, AFP,
// Interfax-Ukraine, Tolo, Pajhwok, ISNA, IRNA, MAP, WAFA, Kurdistan 24 and Al Jazeera; years 2004–2024.
// Dates: Dari solar months (۲۴ میزان ۱۴۰۲، ۱۹ اسد ۱۳۸۳), Solar Hijri, lunar Hijri, weekdays and relative dates
// ("later", "Later on Wednesday", "روز بعد", "پس از آن", "في وقت لاحق", "أمس الأربعاء", "دیروز").
// Traps: names with an apostrophe (Ng'ang'a, O'Rourke), lower-case titles before a name ("World Bank vice
// president X", "Lviv mayor X"), a person named Sunday, a feminine role reference naming a participant
// ("كما التقت الوزيرة ب…", "اجتمعت رئيسة الوفد ب…"), an unnamed "رئيس الحكومة", "the two sides" / دو طرف / دو جانب /
// الجانبان / الطرفان, joiners ("who also attended the meeting", "نیز در این دیدار حضور داشت", "بحضور"),
// phone calls, planned, postponed, cancelled, requested and denied meetings, people merely named together.
//
// The expectations were written from the texts before the extractor was run on them. The format of
// FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other article suites).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "beats"), name: "beats suite", artifact: "extraction-beats.json", knownGaps: KNOWN_GAPS });
