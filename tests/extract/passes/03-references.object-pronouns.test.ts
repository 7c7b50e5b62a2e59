// Pass 3's English object pronouns of a meeting (_object-pronouns) and a country's name as the adjective of a
// counterpart ("his New Zealand counterpart X"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const D = "2019-05-10"; // a Friday
const MORRISON = P("scott-morrison");
const ARDERN = P("jacinda-ardern");
const MELONI = P("giorgia-meloni");

describe("pass 3: 'B received him' is a meeting with the person the story follows", () => {
  it("one subject: 'A arrived on Thursday. B received him …'", () => {
    const f = facts("Prime Minister Jacinda Ardern arrived in Sydney on Thursday. Prime Minister Scott Morrison received him at Kirribilli House on Friday.", D);
    // (the lexicon makes Ardern a woman, so "him" is no one here)
    expect(met(f, ARDERN, MORRISON)).toEqual([]);
    const g = facts("Prime Minister Jacinda Ardern arrived in Sydney on Thursday. Prime Minister Scott Morrison received her at Kirribilli House on Friday.", D);
    expect(met(g, ARDERN, MORRISON).map((e) => e.date)).toEqual(["2019-05-10"]);
  });

  it("two subjects: 'B and C welcomed her at the palace'", () => {
    const f = facts("Italian Prime Minister Giorgia Meloni landed in Wellington on Thursday. Jacinda Ardern and the Governor-General, Dame Cindy Kiro, welcomed her at Government House on Friday.", D);
    expect(met(f, MELONI, ARDERN).map((e) => e.date)).toEqual(["2019-05-10"]);
  });

  it("'held talks with her', 'met with her'", () => {
    for (const verb of ["held talks with her", "met with her"]) {
      const f = facts(`Italian Prime Minister Giorgia Meloni arrived in Canberra on Thursday. Scott Morrison ${verb} in the cabinet room on Friday.`, D);
      expect(met(f, MELONI, MORRISON).map((e) => e.date), verb).toEqual(["2019-05-10"]);
    }
  });

  it("'her' before a noun is a possessive: 'met her counterpart' names no one by the pronoun", () => {
    const f = facts("Italian Prime Minister Giorgia Meloni arrived in Canberra on Thursday. Scott Morrison met her foreign minister on Friday.", D);
    expect(met(f, MELONI, MORRISON)).toEqual([]);
  });

  it("the pronoun is never the clause's own subject", () => {
    const f = facts("Scott Morrison flew to Auckland on Thursday. Scott Morrison received him on Friday.", D);
    expect(f.events.filter((e) => e.kind === "meeting")).toEqual([]);
  });
});

describe("pass 3: a country's name as the adjective of a counterpart", () => {
  it("'X and his New Zealand counterpart Y signed …': Y is read as a person, and both sign", () => {
    const f = facts("Trade Minister Dan Tehan and his New Zealand counterpart Damien O'Connor signed a memorandum on customs cooperation in Canberra on Friday.", D);
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining(["Dan Tehan", "Damien O'Connor"]));
    expect(met(f, "Dan Tehan", "Damien O'Connor")).toHaveLength(1);
  });
});

describe("pass 3: an object pronoun after a comma is the subject of the clause before it", () => {
  it("'A had signed … with B, and C met him …': A met C, not B", () => {
    const f = facts("Prime Minister Shinzo Abe had signed the trade pact with Prime Minister Jacinda Ardern in Tokyo in 2018, and Scott Morrison met him in Osaka in June 2019.", D);
    expect(met(f, P("shinzo-abe"), MORRISON)).toHaveLength(1);
    expect(met(f, ARDERN, MORRISON)).toEqual([]);
  });
});
