// Pass 5 (_told-venue): the venue of a meeting told in a sentence of its own that names no one ("The talks took place
// at the X Palace in Y", «وجرت المباحثات في …», «این دیدار در … برگزار شد») is the meeting's just reported, in place
// of none or of a wider one; and the Kremlin's fronted "Taking part in the talks on the Russian side were A and B"
// joins them to it (events.json join). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2022-10-11";

describe("pass 5: the venue told after the meeting", () => {
  it("en: 'The talks took place at the Konstantinovsky Palace in St Petersburg' (over the country of a relative clause)", () => {
    const f = facts("Vladimir Putin held talks with Kassym-Jomart Tokayev, who is in Russia on a working visit. The talks took place at the Konstantinovsky Palace in St Petersburg.", D);
    expect(events(f, "meeting").map((e) => e.place)).toEqual(["place/konstantinovsky-palace"]);
  });
  it("ar: «وجرت المباحثات في قصر الإليزيه»", () => {
    const f = facts("استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الرئيس المصري عبد الفتاح السيسي. وجرت المباحثات في قصر الإليزيه.", D);
    expect(events(f, "meeting").map((e) => e.place)).toEqual(["place/elysee"]);
  });
  it("fa: «این دیدار در تهران برگزار شد»", () => {
    const f = facts("ابراهیم رئیسی امروز با ولادیمیر پوتین دیدار کرد. این دیدار در تهران برگزار شد.", D);
    expect(events(f, "meeting").map((e) => e.place)).toEqual(["place/tehran"]);
  });
  it("a plan of a place, or another event's place, gives none", () => {
    const planned = facts("Vladimir Putin held talks with Kassym-Jomart Tokayev on Tuesday. The next summit will take place in Astana.", D);
    expect(events(planned, "meeting").map((e) => e.place)).toEqual([null]);
    const other = facts("Vladimir Putin held talks with Kassym-Jomart Tokayev on Tuesday. The meeting came a day after talks in Minsk.", D);
    expect(events(other, "meeting").map((e) => e.place)).toEqual([null]);
  });
});

describe("pass 5: the Kremlin's fronted list of those taking part", () => {
  it("'Taking part in the talks on the Russian side were A and B' joins them", () => {
    const f = facts("Vladimir Putin held talks with Kassym-Jomart Tokayev on Tuesday. Taking part in the talks on the Russian side were Deputy Prime Minister Alexander Novak and Foreign Minister Sergei Lavrov.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([[P("alexander-novak"), P("kassym-jomart-tokayev"), P("sergey-lavrov"), P("vladimir-putin")]]);
  });
});
