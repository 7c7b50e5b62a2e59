// Pass 5 (events), a class found by the deals suite (tests/extract/deals): a handshake is an in-person contact, so
// a meeting ("shook hands with", «با … دست داد», «صافح»), while a refused handshake is a denied one and the «از دست
// داد» of loss is no handshake. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 5: a handshake is a meeting", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan shook hands with Fuad Hussein in Ankara on Monday."],
    ["en", "Hakan Fidan and Fuad Hussein shook hands in Ankara on Monday."],
    ["fa", "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دست داد."],
    ["fa", "هاکان فیدان و فؤاد حسین روز دوشنبه در آنکارا مصافحه کردند."],
    ["ar", "صافح هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين."],
    ["ar", "تصافح هاكان فيدان وفؤاد حسين في أنقرة يوم الاثنين."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text.slice(0, 40)}…`, () => {
      const m = met(facts(text, D), FIDAN, HUSSEIN);
      expect(m).toHaveLength(1);
      expect(m[0].date).toBe("2025-05-05");
      expect(m[0].place).toBe("place/ankara");
    });
  }

  it("a refused handshake is no meeting", () => {
    const f = facts("Hakan Fidan refused to shake hands with Fuad Hussein on Monday.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(0);
  });

  it("«از دست داد» (lost) is no handshake, though «با» comes before it", () => {
    // «با فؤاد حسین … دست داد» lies within the gap's reach; the object marker «را» shows another verb
    const f = facts("هاکان فیدان با فؤاد حسین اعتبارش را از دست داد.", D);
    expect(events(f, "meeting")).toHaveLength(0);
  });
});
