// Pass 2 (new names): words of North African protocol copy that are no names. Sentences written for these tests.
//   - the banquet or reception of «أقام» opens its object, no name after a title (cues.json talksObject: مأدبة، حفل);
//   - the noun of a compound preposition after «على» (على شرف، على هامش، على رأس) is no given name before a lexicon
//     surname that is also a common word («على شرف الضيف»: in honour of the guest, not a "Sharaf al-Deif").
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2023-05-10";

describe("no name in «أقام … مأدبة … على شرف …»", () => {
  it("«الذي أقام على إثره جلالة الملك مأدبة عشاء على شرف ضيفه»: the banquet is no name after the king's title", () => {
    const f = facts("وحضر هذا اللقاء، الذي أقام على إثره جلالة الملك مأدبة عشاء على شرف ضيفه، وزير الخارجية ناصر بوريطة.", D);
    expect(people(f)).toEqual(["person/nasser-bourita"]);
  });
  it("«على شرف الضيف»: in honour of the guest, no given name «شرف» before the surname «الضيف»", () => {
    const f = facts("وحضر المأدبة، التي أقامها جلالة الملك على شرف الضيف، وزير الخارجية ناصر بوريطة.", D);
    expect(people(f).filter((p) => p.includes("شرف"))).toEqual([]);
  });
  it("a given name before the same surname outside such a phrase is still read («التقى الوزير شرف الضيف»)", () => {
    expect(people(facts("والتقى الوزير شرف الضيف في الرباط.", D))).toContain("شرف الضيف");
  });
});
