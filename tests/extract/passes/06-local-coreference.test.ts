// Pass 6 (local coreference): one article, one report per meeting. Reports of the same meeting in the
// lead and the body merge; "today" and "Thursday" in the same article are one day; an undated meeting
// takes the day of the participant's dated visit to the same place in the article.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 6: one report per meeting", () => {
  it("a meeting told with a month ('in March') is not the same people's meeting of a day outside that month", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. Fidan had hosted Hussein in March, when they agreed on a water commission.", "2025-05-06");
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date).sort()).toEqual(["2025-03-01", "2025-05-05"]);
    const same = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. Fidan and Hussein met in Ankara in May to discuss water.", "2025-05-06");
    expect(met(same, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("the lead and the body of one meeting are one report (en)", () => {
    const f = facts(
      "Hakan Fidan met Fuad Hussein in Ankara on Monday. During the meeting, Fidan and Hussein discussed water sharing. Fidan said after meeting Hussein that relations were strong.",
      "2025-05-06",
    );
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });

  it("the lead and the body of one meeting are one report (fa)", () => {
    const f = facts("هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. فیدان در این دیدار با حسین درباره آب گفت‌وگو کرد.", "2025-05-06");
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });

  it("'today, Thursday' and a bare 'Thursday' are the same day without a publication date (ar)", () => {
    const f = facts("التقى هاكان فيدان، اليوم الخميس، فؤاد حسين في أنقرة. وكان فيدان قد بحث مع حسين يوم الخميس ملف المياه.");
    const ms = met(f, FIDAN, HUSSEIN);
    expect(ms).toHaveLength(1);
    expect(ms[0].date).toBeNull();
  });

  it("'today' and 'Thursday' resolve to one date with a publication date", () => {
    const f = facts("التقى هاكان فيدان، اليوم الخميس، فؤاد حسين في أنقرة. وكان فيدان قد بحث مع حسين يوم الخميس ملف المياه.", "2025-05-08");
    const ms = met(f, FIDAN, HUSSEIN);
    expect(ms.map((m) => m.date)).toEqual(["2025-05-08"]);
  });

  it("two meetings on different known days stay apart", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on 3 May 2025. Fidan met Hussein again in Baghdad on 20 May 2025.");
    expect(met(f, FIDAN, HUSSEIN).map((m) => m.date).sort()).toEqual(["2025-05-03", "2025-05-20"]);
  });

  it("an undated meeting takes the day of the dated visit to the same place", () => {
    const f = facts("Iraqi Foreign Minister Fuad Hussein travelled to Ankara on 12 May 2025. In Ankara, Hussein met Hakan Fidan.");
    expect(met(f, FIDAN, HUSSEIN).map((m) => m.date)).toEqual(["2025-05-12"]);
  });

  it("the visit itself is not a meeting", () => {
    const f = facts("Iraqi Foreign Minister Fuad Hussein travelled to Ankara on 12 May 2025.");
    expect(events(f, "meeting")).toEqual([]);
  });
});

describe("pass 6: dating an undated meeting from the article", () => {
  it("a participant's remark about 'today' dates the meeting reported before it", () => {
    const f = facts("Hakan Fidan held talks with Fuad Hussein in Ankara. The two discussed water. \"Today we are signing a water accord,\" Fidan said.", "2025-05-06");
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-06"]);
    // someone else's "today" is no evidence
    const g = facts("Hakan Fidan held talks with Fuad Hussein in Ankara. \"Today is a day of mourning,\" Ali Zaidi said.", "2025-05-06");
    expect(met(g, FIDAN, HUSSEIN).map((e) => e.date)).toEqual([null]);
  });

  it("a meeting 'immediately after' an event the article just dated is on that day (fa)", () => {
    const f = facts("هاکان فیدان صبح چهارشنبه در نشست وزیران سخنرانی کرد. فیدان بلافاصله پس از پایان سخنرانی با فؤاد حسین دیدار کرد.", "2025-05-09");
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-07"]);
  });
});
