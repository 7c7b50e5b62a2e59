// Pass 2d (headLast): a building named by a town after "the" with its head in lower case ("at the Sonargaon hotel",
// "the Bogor palace") is a site, not the town: a town after "the" is no place the story goes to. A capitalised word
// before a lower-case head that is no town is left alone ("the Sunday market"). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const sites = (f: ReturnType<typeof facts>) => f.mentions.filter((m) => m.kind === "place" && m.placeKind === "site").map((m) => m.text);

describe("pass 2d: a town and a lower-case head after 'the'", () => {
  it("'at the Bogor palace' is a site", () => {
    expect(sites(facts("Prime Minister Anwar Ibrahim met President Joko Widodo at the Bogor palace on Monday.", "2023-01-10"))).toContain("Bogor palace");
  });
  it("no site without 'the' before the town, nor for a word that is no town", () => {
    expect(sites(facts("Officials from Bogor hotel workers' unions met on Monday.", "2023-01-10"))).toEqual([]);
    expect(sites(facts("The ministers met at the Sunday market in Jakarta.", "2023-01-10"))).toEqual([]);
  });
});
