// Pass 2b (_english-body-chiefs.ts): "head of the <body> X Y" in English with no comma: the name right after the
// body's name is read and holds the office of the body's head; no name is read where a comma or a common word
// follows the body. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const D = "2023-03-10";
const people = (text: string) => facts(text, D).mentions.filter((m) => m.kind === "person").map((m) => m.text);

describe("pass 2b: an English body's chief named right after the body", () => {
  it("'head of the State Agency for Water Resources X Y' reads X Y with the office", () => {
    const f = facts("The head of the State Agency for Water Resources Kubanychbek Tursunbaev met the Uzbek delegation in Osh on Friday.", D);
    const m = f.mentions.find((x) => x.kind === "person" && x.text === "Kubanychbek Tursunbaev");
    expect(m).toBeDefined();
    expect(f.roles.some((r) => r.person === m!.index && r.office === "director-general")).toBe(true);
  });
  it("'chairman of the State Committee for Ecology X Y' among others' titles", () => {
    expect(people("Prime Minister Adylbek Kasymaliev and chairman of the State Committee for Ecology Dinara Sadykova took part in the talks.")).toContain("Dinara Sadykova");
  });
  it("no name after the body when a common word follows it", () => {
    expect(people("The head of the State Agency for Water Resources Management said on Friday that the canal was ready.")).toEqual([]);
  });
});
