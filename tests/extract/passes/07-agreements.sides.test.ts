// Pass 7: the sides of a document named after "between" (_agreement-clause namedBetween), and a country written
// inside the name of a body that is a party (_parties partiesIn). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const D = "2024-03-14";

describe("pass 7: sides named after 'between'", () => {
  it("'the two sides signed a memorandum between A and B': A and B are its sides, not the states of the meeting's people (en)", () => {
    const a = agreements(facts("Prime Minister Kristalina Georgieva met Prime Minister Edi Rama in Tirana on Monday. The two sides also signed a memorandum on tourism between the Bulgaria Tourism Authority and the Albania Investment Development Agency.", D));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining(["Bulgaria Tourism Authority", "Albania Investment Development Agency"]));
    expect(a[0].who).not.toContain("place/bulgaria");
    expect(a[0].who).not.toContain("place/albania");
  });

  it("… and 'Signing it were X for … and Y for …' after it adds its signers, not the states they speak for (en)", () => {
    const a = agreements(facts("Prime Minister Kristalina Georgieva met Prime Minister Edi Rama in Tirana on Monday. The two sides also signed a memorandum on tourism between the Bulgaria Tourism Authority and the Albania Investment Development Agency. Signing it were Director General Petar Dimov for the Bulgarian side and Executive Director Arben Hoxha for the Government of Albania.", D));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining(["Petar Dimov", "Arben Hoxha"]));
    expect(a[0].who).not.toContain("place/bulgaria");
    expect(a[0].who).not.toContain("place/albania");
  });

  it("a country in the name of a body that is a party is no side of its own (fa, ar)", () => {
    const fa = agreements(facts("رئیس جمهور ایران با رئیس جمهور ارمنستان در ایروان دیدار کرد. دو طرف یادداشت تفاهمی میان اتاق بازرگانی ایران و اتاق بازرگانی ارمنستان امضا کردند.", D));
    expect(fa).toHaveLength(1);
    expect(fa[0].who).toEqual(expect.arrayContaining(["اتاق بازرگانی ایران", "اتاق بازرگانی ارمنستان"]));
    expect(fa[0].who).not.toContain("place/iran");
    expect(fa[0].who).not.toContain("place/armenia");
    const ar = agreements(facts("التقى الرئيس عبد الفتاح السيسي الملك عبدالله الثاني في عمان يوم الاثنين. ووقع الجانبان مذكرة تفاهم بين غرفة تجارة الأردن واتحاد الصناعات المصرية.", D));
    expect(ar).toHaveLength(1);
    expect(ar[0].who).toEqual(expect.arrayContaining(["غرفة تجارة الأردن", "اتحاد الصناعات المصرية"]));
    expect(ar[0].who).not.toContain("place/jordan");
    expect(ar[0].who).not.toContain("place/egypt");
  });

  it("states named as the sides are still its parties, and a company's nationality still names none (en)", () => {
    expect(agreements(facts("Egypt and Jordan signed a memorandum on power trade on Monday.", D))[0].who).toEqual(["place/egypt", "place/jordan"]);
    const a = agreements(facts("The Egyptian Electricity Holding Company and Jordan signed a memorandum on power trade on Monday.", D));
    expect(a[0].who).toContain("place/jordan");
    expect(a[0].who).not.toContain("place/egypt");
  });
});

describe("pass 7: bodies that sign are not the people of the meeting just reported", () => {
  it("'The PDM and the UFP signed a deal' after a meeting of two people gives those people no signing", () => {
    const f = facts("Opposition leader Tomas Okello met President Grace Mwale in Lusaka on Monday. The PDM and the UFP signed a deal.", "2024-06-05");
    expect(agreements(f).flatMap((a) => a.who)).not.toContain("Tomas Okello");
  });
  it("'The two sides signed a deal' still does", () => {
    const f = facts("Opposition leader Tomas Okello met President Grace Mwale in Lusaka on Monday. The two sides signed a deal.", "2024-06-05");
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining(["Grace Mwale", "Tomas Okello"]));
  });
});

describe("pass 7: a signer of no known state beside a body's signer", () => {
  it("takes no state of the report's two presidents as the other side", () => {
    const f = facts("President Paul Kagame of Rwanda met President Cyril Ramaphosa of South Africa in Kigali on Monday. Separately, the Commissioner for Trade, Ambassador Odile Marangwe, signed a memorandum with the Executive Secretary of IGAD, Mr. Tadesse Worku, on cross-border trade.", D);
    const a = agreements(f);
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining(["org/igad", "Odile Marangwe", "Tadesse Worku"]));
    expect(a[0].who).not.toContain("place/rwanda");
    expect(a[0].who).not.toContain("place/south-africa");
  });
});

describe("pass 7: the gathering a signing was held on the sidelines of is no party", () => {
  it("'… signed a deal on the sidelines of the Tidewater Energy Forum': the two companies only", () => {
    const f = facts("Petrobras Chief Executive Carla Montoya and Equinor Chairman Jon Erik Reinhardsen signed a framework agreement on Friday, on the sidelines of the Tidewater Energy Forum.", D);
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).not.toContain("Tidewater Energy Forum");
    expect(who).toEqual(expect.arrayContaining(["Carla Montoya", "Jon Erik Reinhardsen"]));
  });
});
