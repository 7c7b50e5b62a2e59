// Pass 2b on companies named before the post of their head (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const orgs = (text: string) => facts(text, "2025-05-08").mentions.filter((m) => m.kind === "organization").map((m) => m.text);

describe("pass 2b: a company before the post of its head", () => {
  it("'Zentrix chief executive X', 'Nordvale Mining CEO X', \"Kelora's chairman X\" name the companies", () => {
    expect(orgs("Zentrix chief executive Tunde Obi met investors in Lagos.")).toContain("Zentrix");
    expect(orgs("Nordvale Mining CEO Jonas Berg said output would rise.")).toContain("Nordvale Mining");
    expect(orgs("Kelora's CEO Ravi Menon resigned on Monday.")).toContain("Kelora");
  });
  it("the same words elsewhere in the article are the company too, so it can be a party", () => {
    const f = facts("Zentrix and Veltra Energy signed a supply agreement on Monday. Zentrix chief executive Tunde Obi and Veltra Energy CEO Ravi Menon signed it in Lagos.", "2025-05-08");
    expect(f.mentions.filter((m) => m.kind === "organization" && m.sentenceIndex === 0).map((m) => m.text)).toEqual(expect.arrayContaining(["Zentrix", "Veltra Energy"]));
    expect(agreements(f).some((a) => a.who.includes("Zentrix") && a.who.includes("Veltra Energy"))).toBe(true);
  });
  it("a country or a common word before the post is no company ('Kenyan CEO', 'The chief executive')", () => {
    expect(orgs("The chief executive Tunde Obi met investors in Lagos.")).toEqual([]);
  });
});
