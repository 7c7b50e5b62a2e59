// Pass 6 (specificity): a site no lexicon knows ("the Merdeka Palace") is more specific than a country a later report of
// the same meeting names ("… the rights of Indonesian workers in Malaysia"): merging the two keeps the site.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 6: a site is kept over a country of a later report", () => {
  it("en: a courtesy call at a palace, then 'the two leaders later held talks … in Malaysia'", () => {
    const f = facts("JAKARTA, Jan 9 - Prime Minister Anwar Ibrahim paid a courtesy call on President Joko Widodo at the Merdeka Palace today. The two leaders later held talks on the rights of Indonesian workers in Malaysia.", "2023-01-10");
    const places = met(f, P("anwar-ibrahim"), P("joko-widodo")).map((e) => e.place);
    expect(places).not.toContain("place/malaysia");
    expect(places.length).toBeGreaterThan(0);
  });
});
