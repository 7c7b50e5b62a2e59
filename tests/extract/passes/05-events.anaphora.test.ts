// Pass 5 (with pass 3): people of an event given by reference. "The two men / leaders", «این دو»، «الرجلان» with no
// meeting reported near are the two people named last together; three named there is ambiguous (no one). "His
// guest", «مهمان خود»، «ضيفه» is the visitor of the visit just told. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, events, met, facts, P } from "./helpers.js";

const D = "2024-06-03"; // a Monday
const EBRARD = P("marcelo-ebrard");
const KLAVEREN = P("alberto-van-klaveren");
const LULA = P("lula-da-silva");
const BORIC = P("gabriel-boric");

describe("pass 5: 'the two men' are the pair named last together", () => {
  it("en: two named in the sentence before sign together", () => {
    const f = facts("Marcelo Ebrard and Alberto van Klaveren spoke at a forum in Lima on Tuesday. The two men later signed a trade accord.", D);
    expect(met(f, EBRARD, KLAVEREN)).toHaveLength(1);
    expect(agreements(f)[0]?.who).toEqual(expect.arrayContaining([EBRARD, KLAVEREN]));
  });
  it("three named there: no one", () => {
    const f = facts("Marcelo Ebrard, Alberto van Klaveren and Luis Almagro spoke at a forum in Lima on Tuesday. The two men later signed a trade accord.", D);
    expect(events(f, "meeting")).toEqual([]);
  });
  it("ar: الرجلان after two named together", () => {
    const f = facts("تحدث مارسيلو إبرارد وألبرتو فان كلافيرين في منتدى في ليما يوم الثلاثاء. ثم اجتمع الرجلان في اليوم التالي.", D);
    expect(met(f, EBRARD, KLAVEREN)).toHaveLength(1);
  });
  it("fa: «این دو» after two named together", () => {
    const f = facts("جو بایدن و امانوئل ماکرون روز سه‌شنبه در مجمعی در پاریس سخنرانی کردند. این دو سپس با یکدیگر دیدار کردند.", D);
    expect(met(f, P("joe-biden"), P("emmanuel-macron"))).toHaveLength(1);
  });
});

describe("pass 3: 'his guest' is the visitor just told", () => {
  it("en", () => {
    const f = facts("Brazilian President Lula da Silva arrived in Santiago on Monday. Chilean President Gabriel Boric was waiting at the airport and greeted his guest with a long handshake.", D);
    expect(met(f, LULA, BORIC)).toHaveLength(1);
  });
  it("ar: ضيفه", () => {
    const f = facts("وصل الرئيس البرازيلي لولا دا سيلفا إلى سانتياغو يوم الاثنين. واستقبل الرئيس التشيلي غابرييل بوريتش ضيفه في المطار.", D);
    expect(met(f, LULA, BORIC)).toHaveLength(1);
  });
  it("fa: مهمان خود", () => {
    const f = facts("لولا دا سیلوا، رئیس‌جمهور برزیل، روز دوشنبه وارد سانتیاگو شد. گابریل بوریچ در فرودگاه از مهمان خود استقبال کرد.", D);
    expect(met(f, LULA, BORIC)).toHaveLength(1);
  });
});

describe("pass 5: a joiner in the passive", () => {
  it("'X was joined at the talks by Y' adds Y to the meeting just reported", () => {
    const f = facts("Chilean President Gabriel Boric met Brazilian President Lula da Silva in Brasilia on Monday. Boric was joined at the talks by his foreign minister, Alberto van Klaveren.", D);
    expect(met(f, LULA, KLAVEREN)).toHaveLength(1);
  });
  it("'He was joined by Y' too", () => {
    const f = facts("Gabriel Boric met Lula da Silva in Brasilia on Monday. He was joined by Foreign Minister Alberto van Klaveren.", D);
    expect(met(f, LULA, KLAVEREN)).toHaveLength(1);
  });
});

describe("pass 5 and 7: 'with the two men' after a signing with two", () => {
  it("is that pair, not everyone at the ceremony before", () => {
    const f = facts("In the presence of Joe Biden, Marcelo Ebrard signed the accord with Gabriel Boric and Lula da Silva in Lima on Friday. Alberto van Klaveren signed a separate protocol with the two men.", D);
    expect(met(f, KLAVEREN, BORIC)).toHaveLength(1);
    expect(met(f, KLAVEREN, LULA)).toHaveLength(1);
    expect(met(f, KLAVEREN, EBRARD)).toEqual([]);
    const second = agreements(f).find((a) => a.who.includes(KLAVEREN));
    expect(second?.who).not.toContain(EBRARD);
  });
});

describe("pass 5: a trip on which the traveller addresses someone", () => {
  it("'flew to X and asked Y not to sign' is a meeting of the two there", () => {
    const f = facts("Chilean Foreign Minister Alberto van Klaveren flew to Brasilia on Wednesday and asked Lula da Silva not to sign the deal.", D);
    expect(met(f, KLAVEREN, LULA)).toHaveLength(1);
  });
  it("ar: وصل … وحث Y", () => {
    const f = facts("وصل وزير الخارجية التشيلي ألبرتو فان كلافيرين إلى برازيليا يوم الأربعاء وحث الرئيس البرازيلي لولا دا سيلفا على عدم التوقيع.", D);
    expect(met(f, KLAVEREN, LULA)).toHaveLength(1);
  });
  it("a phone call after the trip, or words to reporters, are no meeting", () => {
    expect(events(facts("Alberto van Klaveren flew to Brasilia on Wednesday. He later phoned Lula da Silva and asked him not to sign.", D), "meeting")).toEqual([]);
    expect(events(facts("Alberto van Klaveren flew to Brasilia on Wednesday and told reporters that Lula da Silva would not sign.", D), "meeting")).toEqual([]);
  });
});

describe("pass 5: 'the two men' after a question that names them", () => {
  it("en: the pair of the question, not an older meeting of others", () => {
    const f = facts("Asaad al-Shaibani met Ayman Safadi in Amman on Monday. Did Hakan Fidan and Fuad Hussein meet? No. The two men have not met since March.", "2024-03-14");
    expect(events(f, "meeting").map((e) => e.who)).toEqual([["person/asaad-al-shaibani", "person/ayman-safadi"]]);
    expect(events(f, "denied").map((e) => e.who)).toEqual([["person/fuad-hussein", "person/hakan-fidan"]]);
  });
});

describe("pass 7: 'the two sides' after a line that names two signers", () => {
  it("en: the sides of the meeting just reported, not the two signers named in the line before", () => {
    const f = facts(
      "Hakan Fidan held talks with Fuad Hussein in Ankara on Monday. Once the talks were over, a memorandum on trade was signed; Mariana Oyarzun signed it for the Turkish side, while Tomas Quiroga signed it for the Iraqi side. In addition, the two sides inked a memorandum on water.",
      "2024-03-14",
    );
    const water = agreements(f).filter((a) => a.who.includes(P("hakan-fidan")));
    expect(water.map((a) => a.who.filter((w) => w.startsWith("person/")))).toEqual([[P("fuad-hussein"), P("hakan-fidan")]]);
  });
});
