// Pass 2 (titles, via _roles.ts and _descriptors.ts): a person no office title names, introduced by a noun of
// occupation or standing (roles.json: WordNet's noun.person nouns in English, a hand list in Arabic and Persian) or
// by a title set off by commas, whose first word may be a dictionary word. Sentences and names written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2024-06-05"; // a Wednesday

describe("pass 2: English names after a role noun", () => {
  it("a role noun in lower case before a name whose first word is a dictionary word", () => {
    expect(people(facts("The veteran economist Lark Rosenqvist criticised the budget.", D))).toContain("Lark Rosenqvist");
    expect(people(facts("Opposition activist Wren Kalundu was released on bail.", D))).toContain("Wren Kalundu");
    // a second capital inside a word (Mc, De) and a noun of WordNet's businessperson or contestant trees
    expect(people(facts("The property tycoon Cove McAllister bought the hotel.", D))).toContain("Cove McAllister");
    expect(people(facts("The boxer Rook DeMarco won the title.", D))).toContain("Rook DeMarco");
  });
  it("a title or role set off by commas, with its portfolio, carries the name's first word", () => {
    const f = facts("Fiji's minister for trade, Zed Karlung, met Kari Olsen in Suva on Monday.", D);
    expect(people(f)).toContain("Zed Karlung");
    expect(met(f, "Zed Karlung", "Kari Olsen").length).toBeGreaterThan(0);
    expect(people(facts("The lawyer for the family, Rich Okonjo, said the case was closed.", D))).toContain("Rich Okonjo");
  });
  it("'chair' (the presiding officer, not the furniture WordNet ranks first) after a chain of nouns", () => {
    expect(people(facts("Rebel negotiating panel chair Tobin Haskerud initialled the text.", D))).toContain("Tobin Haskerud");
    expect(people(facts("The board chair Velma Ostrander resigned on Monday.", D))).toContain("Velma Ostrander");
    expect(people(facts("She took the chair on Monday and opened the debate.", D))).toEqual([]);
  });
  it("the pilgrim's honorific 'Al Haj' is no word of the name; 'Al' alone still opens one", () => {
    const who = people(facts("Front chair Al Haj Rasul Demberi met Sheikh Nasser Al Thani in Doha.", D));
    expect(who).toContain("Rasul Demberi");
    expect(who).not.toContain("Al Haj Rasul Demberi");
  });
  it("a role noun before common words, a place or a body names no one", () => {
    expect(people(facts("The lawyer said that the trial had ended.", D))).toEqual([]);
    expect(people(facts("The envoy, Washington said, would arrive on Friday.", D))).toEqual([]);
    expect(people(facts("The diplomat Grant Street building was closed.", D))).toEqual([]);
  });
});

describe("pass 2: Arabic and Persian names after a profession noun (roles.json)", () => {
  it("Arabic: a diplomat with a demonym, the conjunction glued to the noun", () => {
    const who = people(facts("بحضور وزير الخارجية الليبي صالح عمران والدبلوماسي السويدي كارل لوندبيرغ الذي يتولى الوساطة.", D));
    expect(who).toContain("كارل لوندبيرغ");
  });
  it("Persian: a diplomat with a demonym", () => {
    expect(people(facts("دیپلمات سوئدی کارل لوندبرگ روز دوشنبه گفت که گفت‌وگوها ادامه دارد.", D))).toContain("کارل لوندبرگ");
  });
  it("the noun with no name after it names no one", () => {
    expect(people(facts("وقال الدبلوماسي إن المحادثات مستمرة.", D))).toEqual([]);
  });
});
