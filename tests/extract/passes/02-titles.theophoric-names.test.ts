// Pass 2 (_name-tokens.compoundGivenName): a theophoric given name written as one word, «عبد» + «ال» + a divine name
// (عبدالحی، عبدالقدیر), is a name word though a dictionary knows the spelling, so a name of it and a dictionary word
// before a title is read. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2: «عبدال…» given names", () => {
  it("«عبدالقدیر روشن، سخنگوی …» is a name before its title", () => {
    const f = facts("عبدالقدیر روشن، سخنگوی وزارت معارف، دیروز به خبرنگاران گفت که مکاتب باز می‌شوند.", "2022-03-14");
    expect(people(f)).toContain("عبدالقدیر روشن");
  });

  it("two dictionary words before a title are still no name", () => {
    const f = facts("پیام روشن سخنگوی وزارت معارف دیروز منتشر شد.", "2022-03-14");
    expect(people(f)).not.toContain("پیام روشن");
  });
});
