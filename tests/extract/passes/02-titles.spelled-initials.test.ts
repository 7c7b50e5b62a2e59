// Pass 2 (_spelled-initials): Persian spells a foreign name's initials as the names of Latin letters («جی دی …»),
// which are the name's when two or more stand at a list item's start before it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

describe("pass 2: initials spelt as letter names", () => {
  it("two letter names before a name read from its title are the name's", () => {
    const f = facts("اشرف غنی روز سه‌شنبه در کابل با اچ کی سینگ، معاون وزیر خارجه هند، دیدار کرد.", "2017-03-14");
    expect(people(f)).toContain("اچ کی سینگ");
    expect(met(f, "person/ashraf-ghani", "اچ کی سینگ").length).toBe(1);
  });

  it("in a list after «و» too", () => {
    const f = facts("در این نشست اشرف غنی و پی جی راوت، سفیر هند در کابل، حضور داشتند.", "2017-03-14");
    expect(people(f)).toContain("پی جی راوت");
  });

  it("one letter-name word that is a Persian word is not taken («او»: he)", () => {
    const f = facts("او کمال سینگ، سفیر هند در کابل، را به حضور پذیرفت.", "2017-03-14");
    expect(people(f)).not.toContain("او کمال سینگ");
  });
});
