// Pass 2 (_affiliated-names): a Persian list names a person by the side they come from, «از» + a group's head noun
// (cues.json affiliationHead, orgHead) after the name instead of a title. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, people, places } from "./helpers.js";

describe("pass 2: «X از گروه Y» in a list", () => {
  it("signers named by their group after a titled first signer are all read", () => {
    const f = facts(
      "سند آتش‌بس را دیروز در ژنو فرهاد نیک‌پی، رئیس هیئت دولت، کامران سروش از گروه شمال و بهروز تابان از جناح مستقل امضا کردند.",
      "2010-04-12",
    );
    expect(people(f)).toEqual(expect.arrayContaining(["فرهاد نیک‌پی", "کامران سروش", "بهروز تابان"]));
    expect(agreements(f).some((a) => a.who.includes("کامران سروش") && a.who.includes("بهروز تابان"))).toBe(true);
  });

  it("a party noun does it too, and a town that names the group is no place of the clause", () => {
    const f = facts("در این نشست نادر آرین، وزیر خارجه، و کامران سروش از گروه هرات شرکت داشتند.", "2010-04-12");
    expect(people(f)).toContain("کامران سروش");
    expect(places(f)).not.toContain("place/herat");
  });

  it("common words before «از گروه» are no name", () => {
    const f = facts("تیم ملی از گروه دوم مسابقات به مرحله بعد رفت و بازیکنان جوان از حزب حمایت کردند.", "2010-04-12");
    expect(f.mentions.filter((m) => m.kind === "person" && m.confidence > 0)).toEqual([]);
  });

  it("a name inside a clause, not at a list item's start, is not read by it", () => {
    const f = facts("خبر استعفای کامران سروش از گروه شمال دیروز منتشر شد.", "2010-04-12");
    expect(people(f)).not.toContain("استعفای کامران سروش");
  });
});
