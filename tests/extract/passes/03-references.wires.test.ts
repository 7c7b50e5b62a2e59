// Pass 3 (references), counterparts the article names no holder of (found by the wires suite): the name
// written right after the reference gets the office; with no name, the reference names no one (the lexicon's
// holder on the day is not put in the text's mouth). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

const FIDAN = P("hakan-fidan");

describe("pass 3: a counterpart the article names no holder of", () => {
  it("fa: a name no lexicon knows right after 'همتای X خود' is the counterpart, with that office", () => {
    const f = facts("هاکان فیدان وزیر امور خارجه ترکیه روز دوشنبه با همتای مالتی خود روبرتو زاهرا دیدار کرد.", "2025-05-06");
    expect(people(f)).toContain("روبرتو زاهرا");
    expect(met(f, FIDAN, "روبرتو زاهرا")).toHaveLength(1);
    expect(f.roles.some((r) => r.office === "foreign-minister" && r.country === "place/malta" && f.mentions[r.person].text === "روبرتو زاهرا")).toBe(true);
  });
  it("ar: 'نظيره الأردني' with no Jordanian named anywhere names no one", () => {
    const f = facts("التقى وزير الخارجية التركي هاكان فيدان في أنقرة اليوم نظيره الأردني.", "2024-03-12");
    expect(people(f)).toEqual([FIDAN]);
  });
  it("an honorific that is also a title ('الأمير') does not make the office ambiguous", () => {
    const f = facts("استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم الوزير السعودي. والتقى صاحب السمو الأمير فيصل بن فرحان وزير الخارجية في الرياض اليوم نظيره الأردني.", "2024-03-12");
    expect(met(f, P("faisal-bin-farhan"), P("ayman-safadi"))).toHaveLength(1);
  });
});
