// Pass 5: the venue of an event — a country after 'in the' / 'at the', a place that names a gathering (it yields to
// the place where the gathering was held), and English 'the war in X' (the topic, not the venue)
// (src/extract/passes/_event-facts.ts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 5: a country is the venue after 'in the' / 'at the' as after 'in'", () => {
  it("the Netherlands, the United Arab Emirates, the Vatican", () => {
    expect(met(facts("Sergey Lavrov met Wang Yi in the Netherlands on Thursday.", "2024-07-04"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/netherlands"]);
    expect(met(facts("Sergey Lavrov met Wang Yi in the United Arab Emirates on Thursday.", "2024-07-04"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/united-arab-emirates"]);
    expect(met(facts("Pope Francis received Wang Yi at the Vatican on Thursday.", "2024-07-04"), P("pope-francis"), P("wang-yi")).map((e) => e.place)).toEqual(["place/vatican"]);
  });
  it("a country with no preposition before it is still no venue", () => {
    expect(met(facts("Sergey Lavrov, the envoy of the Netherlands, met Wang Yi on Thursday.", "2024-07-04"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual([null]);
  });
});

describe("pass 5: a place that names a gathering yields to the place where it was held", () => {
  it("fa «نشست سه‌جانبه آستانه در تهران», en 'the Astana talks in Tehran': Tehran", () => {
    for (const text of [
      "سرگئی لاوروف روز پنجشنبه در حاشیه نشست سه‌جانبه آستانه در تهران با وانگ یی دیدار کرد.",
      "Sergey Lavrov met Wang Yi on the sidelines of the Astana talks in Tehran on Thursday.",
    ]) expect(met(facts(text, "2024-07-04"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place), text).toEqual(["place/tehran"]);
  });
  it("with no other place, the gathering's own city stays («على هامش مؤتمر مدريد»)", () => {
    const f = facts("التقى سيرغي لافروف وانغ يي على هامش مؤتمر مدريد يوم الخميس.", "2024-07-04");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/madrid"]);
  });
});

describe("pass 5: English 'the war in X' names the topic, not the venue", () => {
  it("a signing 'aimed at ending the war in X' stays in the dateline's city", () => {
    const f = facts("DOHA — Sergey Lavrov and Wang Yi signed an agreement on Thursday aimed at ending the war in Afghanistan.", "2024-07-04");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/doha"]);
  });
  it("a country after 'in' with no topic noun is still the venue", () => {
    expect(met(facts("Sergey Lavrov met Wang Yi in Afghanistan on Thursday.", "2024-07-04"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/afghanistan"]);
  });
});

describe("pass 5: a place after a title and 'of' is who the person is (_no-venue.ofTitle)", () => {
  it("'The Governor of Lagos State, X, received Y': no meeting in Lagos State", () => {
    const f = facts("The Governor of Lagos State, Obi Tanko, on Monday received Sergey Lavrov.", "2024-07-04");
    expect(met(f, "Obi Tanko", P("sergey-lavrov")).map((e) => e.place)).toEqual([null]);
  });
  it("a place written as the venue stays", () => {
    const f = facts("The Governor of Lagos State, Obi Tanko, on Monday received Sergey Lavrov in Ikeja.", "2024-07-04");
    expect(met(f, "Obi Tanko", P("sergey-lavrov")).map((e) => e.place)).toEqual(["place/ikeja"]);
  });
  it("a building after a statesman's name ('Sir Kashim Ibrahim House') is a venue, not a person", () => {
    const f = facts("Obi Tanko received Sergey Lavrov at Sir Kashim Ibrahim House on Monday.", "2024-07-04");
    expect(met(f, "Obi Tanko", P("sergey-lavrov")).map((e) => e.place)).toEqual(["Kashim Ibrahim House"]);
  });
});

describe("pass 5: Persian «به X» with no trip word is where something goes, no venue", () => {
  it("«… روی تمدید خط لوله به افغانستان توافق کردند» places nothing in Afghanistan", () => {
    const f = facts("هاکان فیدان و فؤاد حسین روز دوشنبه روی تمدید خط لوله به افغانستان توافق کردند.", "2024-07-04");
    expect(f.events.filter((e) => e.place !== undefined && f.mentions[e.place].lexiconId === "place/afghanistan")).toEqual([]);
  });
  it("a building after «موسوم به» (called) is still the venue", () => {
    const f = facts("فؤاد حسین روز سه‌شنبه در ساختمانی موسوم به کاخ نیاوران با هاکان فیدان گفتگو کرد.", "2024-07-04");
    expect(met(f, P("hakan-fidan"), P("fuad-hussein")).map((e) => e.place)).toEqual(["place/niavaran"]);
  });
  it("a trip's «به X» still places what is told on the trip", () => {
    const f = facts("هاکان فیدان در سفر به بغداد روز دوشنبه با فؤاد حسین دیدار کرد.", "2024-07-04");
    expect(met(f, P("hakan-fidan"), P("fuad-hussein")).map((e) => e.place)).toEqual(["place/baghdad"]);
  });
});

describe("pass 5: a place inside an organisation's name names the body (_no-venue.insideOrganization)", () => {
  it("'on the sidelines of the Shanghai Cooperation Organization summit': no meeting in Shanghai", () => {
    const f = facts("Sergey Lavrov met Wang Yi on the sidelines of the Shanghai Cooperation Organization summit on Thursday.", "2024-07-04");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).not.toContain("place/shanghai");
  });
  it("an organisation that is where they met keeps its town ('در دانشگاه زوریخ')", () => {
    const f = facts("سرگئی لاوروف روز شنبه در دانشگاه زوریخ با وانگ یی دیدار کرد.", "2024-07-04");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/zurich"]);
  });
});

describe("pass 5: remote talks named by a noun are calls", () => {
  it("'held a trilateral video meeting with A and B' is no meeting", () => {
    const f = facts("Sergey Lavrov held a trilateral video meeting with Wang Yi and Hakan Fidan on Thursday.", "2024-07-04");
    expect(met(f, P("sergey-lavrov"), P("wang-yi"))).toEqual([]);
    expect(f.events.filter((e) => e.kind === "call")).toHaveLength(1);
  });
});

describe("pass 5: a place in what a signed document is about is no venue (_no-venue.documentComplement)", () => {
  const D = "2024-07-04";
  it("'signed a memorandum granting access to the sea through the port of X': not at X", () => {
    const f = facts("President William Ruto and President Yoweri Museveni signed a memorandum granting Uganda access to the sea through the port of Mombasa on Thursday.", D);
    expect(met(f, P("william-ruto"), P("yoweri-museveni")).map((e) => e.place)).toEqual([null]);
  });
  it("'signed an agreement on a railway to X in Y': at Y; 'signed it in X': at X", () => {
    const f = facts("President William Ruto and President Yoweri Museveni signed an agreement on a railway to Mombasa in Kampala on Thursday.", D);
    expect(met(f, P("william-ruto"), P("yoweri-museveni")).map((e) => e.place)).toEqual(["place/kampala"]);
    const g = facts("President William Ruto and President Yoweri Museveni signed an agreement in Mombasa on Thursday.", D);
    expect(met(g, P("william-ruto"), P("yoweri-museveni")).map((e) => e.place)).toEqual(["place/mombasa"]);
  });
});

describe("pass 5: a 'where' clause that names its own venue", () => {
  it("'arrived from Kenya, where he met X in Mombasa on Tuesday': at Mombasa; with none of its own, in Kenya", () => {
    const own = facts("President Yoweri Museveni arrived in Kampala from Kenya, where he met President William Ruto in Mombasa on Tuesday.", "2024-07-04");
    expect(met(own, P("william-ruto"), P("yoweri-museveni")).map((e) => e.place)).toEqual(["place/mombasa"]);
    const none = facts("President Yoweri Museveni arrived in Kampala from Kenya, where he met President William Ruto on Tuesday.", "2024-07-04");
    expect(met(none, P("william-ruto"), P("yoweri-museveni")).map((e) => e.place)).toEqual(["place/kenya"]);
  });
});
