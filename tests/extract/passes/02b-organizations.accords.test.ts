// Pass 2b (organisations), the classes the accords suite (tests/extract/accords) found missing: a movement named in
// apposition after "movement" or "militia" (en), the definite Arabic head الجبهة and a day word that ends a name,
// a city's municipality and its bodies,
// and a development bank's Arabic name in its own word order. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgs = (text: string) => facts(text, "2024-03-04").mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId ?? m.text);

describe("pass 2b: organisations of the accords suite's classes", () => {
  it("English: a movement's name after 'movement' or 'militia' in apposition", () => {
    expect(orgs("The government signed a ceasefire with the armed movement Kivu Front on Monday.")).toContain("Kivu Front");
    expect(orgs("Leaders of the former militia Sangaris met the prime minister in Bangui.")).toContain("Sangaris");
  });

  it("Arabic: the definite head الجبهة names a front; 'اليوم' (today) ends the name", () => {
    const o = orgs("وقعت الحكومة والجبهة الوطنية اليوم اتفاقا لوقف إطلاق النار.");
    expect(o).toContain("الجبهة الوطنية");
    expect(o.some((x) => x.includes("اليوم"))).toBe(false);
  });

  it("a city's municipality and its bodies (شهرداری X، سازمان … شهرداری X، اداره … شهرداری X، بلدية X)", () => {
    const fa = orgs("تفاهم‌نامه همکاری فرهنگی میان سازمان فرهنگی هنری شهرداری شیراز و اداره فرهنگ شهرداری کربلا امضا شد.");
    expect(fa).toEqual(expect.arrayContaining(["سازمان فرهنگی هنری شهرداری شیراز", "اداره فرهنگ شهرداری کربلا"]));
    expect(orgs("شهرداری شیراز و شهرداری کربلا تفاهم‌نامه همکاری امضا کردند.")).toEqual(expect.arrayContaining(["شهرداری شیراز", "شهرداری کربلا"]));
    expect(orgs("وقعت بلدية دبي وبلدية إسطنبول مذكرة تفاهم.")).toEqual(expect.arrayContaining(["بلدية دبي", "بلدية إسطنبول"]));
    // "اداره" is also the running of something: no organisation of a country
    expect(orgs("اداره کشور ایران در این شرایط دشوار است.")).toEqual([]);
  });

  it("Arabic: the African and Asian development banks in their own word order (البنك الأفريقي للتنمية)", () => {
    expect(orgs("وقعت الوزارة اتفاقية منحة مع البنك الأفريقي للتنمية.")).toContain("org/afdb");
    expect(orgs("وقعت الوزارة اتفاقية قرض مع البنك الآسيوي للتنمية.")).toContain("org/adb");
  });
});
