// Pass 2b (organisations) and its helpers, classes found by the columns suite (tests/extract/columns). Sentences
// written for these tests (other bodies, other places).
import { describe, expect, it } from "vitest";
import { facts, people, places } from "./helpers.js";

const D = "2019-10-02";
const orgs = (text: string) => facts(text, D).mentions.filter((m) => m.kind === "organization").map((m) => m.text);

describe("pass 2b: a collective noun's possessive inside a body's name", () => {
  it("'the People's Bank of China', 'the Workers' Party', 'the Women's League'", () => {
    const o = orgs("Officials of the People's Bank of China met the Workers' Party of Brazil in Lima. The Women's League protested.");
    expect(o).toEqual(expect.arrayContaining(["People's Bank of China", "Workers' Party of Brazil", "Women's League"]));
    expect(o).not.toContain("Bank of China");
  });
  it("a country's possessive stays outside ('Norway's Central Bank')", () => {
    expect(orgs("Norway's Central Bank raised rates.")).not.toContain("Norway's Central Bank");
  });
});

describe("pass 2b: a quoted phrase in lower case after a title is no body's name", () => {
  it("'to send the bill to the Turkish Parliament \"as soon as possible\"'", () => {
    const o = orgs('Speaker Numan Kurtulmus promised to send the bill to the Turkish Parliament "as soon as possible," his office said.');
    expect(o.some((x) => /soon/.test(x))).toBe(false);
  });
});

describe("pass 2b: a monument named after a person, its head in lower case after 'the'", () => {
  it("'laid a wreath at the Lenin mausoleum' names no person", () => {
    const f = facts("Narendra Modi laid a wreath at the Mahatma Gandhi memorial in Oslo on Monday.", D);
    expect(people(f).some((p) => /gandhi/i.test(p))).toBe(false);
    expect(places(f).some((p) => /memorial/i.test(p))).toBe(true);
  });
  it("'a statue of X' still names X", () => {
    const f = facts("Narendra Modi unveiled a statue of Mahatma Gandhi in Oslo on Monday.", D);
    expect(people(f).some((p) => /gandhi/i.test(p))).toBe(true);
  });
});
