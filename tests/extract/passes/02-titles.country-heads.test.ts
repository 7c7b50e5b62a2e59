// Pass 2 (titles): the Arabic head of state in the construct state with a country ("رئيس تشيلي X") is a title
// before an unknown name, as "الرئيس التشيلي X" is.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts, people } from "./helpers.js";

const rolesOf = (f: ArticleFacts, text: string) => f.roles.filter((r) => f.mentions[r.person].text === text).map((r) => `${r.office}@${r.country ?? ""}`);

describe("pass 2: رئيس + country", () => {
  it("an unknown name after رئيس + country is that country's president", () => {
    const f = facts("وصل رئيس تشيلي غابرييل ماتورانا إلى ليما أمس.");
    expect(people(f)).toContain("غابرييل ماتورانا");
    expect(rolesOf(f, "غابرييل ماتورانا")).toContain("president@place/chile");
  });

  it("also a two-word country and the conjunction glued to the noun", () => {
    const f = facts("والتقى الوزير بنظيره ثم استقبله ورئيس جنوب أفريقيا سيزوي نكوسي في بريتوريا.");
    expect(people(f)).toContain("سيزوي نكوسي");
  });

  it("a body's chief (رئيس + organisation) stays no head of state", () => {
    const f = facts("وصل رئيس الشركة غابرييل ماتورانا إلى ليما أمس.");
    expect(rolesOf(f, "غابرييل ماتورانا")).not.toContain("president@");
  });
});
