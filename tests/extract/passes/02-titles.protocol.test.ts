// Pass 2 (titles), a class found by the protocol suite (tests/extract/protocol): a word that is both a ruler's title
// and a given name (سلطان) before the nasab particle بن is the name; Persian سید opens a name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

const D = "2025-05-07";

describe("pass 2: 'سلطان بن …' is a given name, not the title Sultan", () => {
  it("after an honorific and before the nasab: the whole name is read and joins the meeting", () => {
    const f = facts("التقى هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين. وحضر اللقاء معالي الدكتور سلطان بن سعيد المنصوري.", D);
    expect(people(f)).toContain("سلطان بن سعيد المنصوري");
    expect(met(f, P("hakan-fidan"), "سلطان بن سعيد المنصوري")).toHaveLength(1);
  });
  it("the ruler written with the article stays the title: 'السلطان هيثم بن طارق'", () => {
    const f = facts("استقبل السلطان هيثم بن طارق في مسقط يوم الاثنين هاكان فيدان.", D);
    expect(met(f, P("haitham-bin-tariq"), P("hakan-fidan"))).toHaveLength(1);
    expect(people(f).some((p) => p.startsWith("بن "))).toBe(false);
  });
});

describe("pass 2: Persian سید is the first word of a new name, not a courtesy title (_names.ts)", () => {
  it("before a title: 'حجت‌الاسلام سید حسن موسوی امام جمعه …'", () => {
    const who = people(facts("حجت‌الاسلام سید حسن موسوی امام جمعه شیراز روز دوشنبه با سفیر ژاپن دیدار کرد.", D));
    expect(who).toContain("سید حسن موسوی");
    expect(who).not.toContain("حسن موسوی");
  });
  it("after a title: 'استاندار فارس سیده زهرا کاظمی'", () => {
    expect(people(facts("استاندار فارس سیده زهرا کاظمی روز دوشنبه با سفیر ژاپن دیدار کرد.", D))).toContain("سیده زهرا کاظمی");
  });
});
