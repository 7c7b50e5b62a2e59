// Pass 2 on a Persian construction the bulletins suite found (tests/extract/bulletins): a foreign name no lexicon
// knows, read before its title («X، مدیر کل …»), does not take the Persian dictionary word of the clause before it
// («گفتگوهای محرمانه هیتوشی تاناکا، …» is هیتوشی تاناکا, not «محرمانه هیتوشی تاناکا»). Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2024-03-14";

describe("pass 2: a transliterated name before its title stops at the dictionary word before it", () => {
  it("a noun of the clause before two unknown words is not the name's («با کمک X Y، معاون …»)", () => {
    const f = facts("این توافق با کمک ورنر هویر، معاون پیشین بانک اروپایی، به دست آمد.", D);
    expect(people(f)).toEqual(["ورنر هویر"]);
  });
  it("an adjective of the clause before an unknown word and a lexicon name part («مذاکرات فشرده X تاناکا، …»)", () => {
    const f = facts("این سفر پس از مذاکرات فشرده هیروشی تاناکا، مشاور وزیر خارجه ژاپن، ممکن شد.", D);
    expect(people(f)).toEqual(["هیروشی تاناکا"]);
  });
  it("a Persian name of three words led by a given name is read whole", () => {
    const f = facts("محمدرضا نعمت‌زاده، وزیر صنعت، در این نشست سخن گفت.", D);
    expect(people(f).some((p) => p.includes("محمدرضا") || p.startsWith("person/"))).toBe(true);
  });
});
