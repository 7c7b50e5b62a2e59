// Pass 2 (titles, _foreign-names.placeAsGivenName for English; offices.json governor-general): right after a title, a
// one-word city that is also a given name of the lists (Mary, Victoria) before a capitalised word no pass
// read is the given name of the name the title introduces; "Governor-General", with or without its hyphen, is one
// title. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people, places } from "./helpers.js";

const D = "2024-05-07";

describe("pass 2: a city that is a given name, right after an English title", () => {
  it("'Minister Mary Adeyemi' is a person, not the city of Turkmenistan; 'President Victoria Okonjo' not the Seychelles' capital", () => {
    const f = facts("Trade Minister Mary Adeyemi opened the fair in Lagos on Tuesday. President Victoria Okonjo spoke at the close.", D);
    expect(people(f)).toEqual(expect.arrayContaining(["Mary Adeyemi", "Victoria Okonjo"]));
    expect(places(f)).not.toContain("place/mary");
    expect(places(f)).not.toContain("place/victoria-seychelles");
  });
  it("a city after a title and a preposition stays the city", () => {
    const f = facts("The ambassador in Florence Monday said the consulate would reopen.", D);
    expect(people(f)).not.toContain("Florence Monday");
  });
});

describe("pass 2: Governor-General", () => {
  it("with or without the hyphen, the title introduces the name after it", () => {
    const f = facts("On Tuesday the Prime Minister called on Governor-General Mary Okafor. He later met Governor General Ruth Bello.", D);
    expect(people(f)).toEqual(expect.arrayContaining(["Mary Okafor", "Ruth Bello"]));
    expect(f.roles.filter((r) => r.office === "governor-general")).toHaveLength(2);
  });
});
