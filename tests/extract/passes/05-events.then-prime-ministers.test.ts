// Pass 5 (events), English classes found by the balkans suite: the date of a relative clause about a document
// ("…, which A and B signed in Riga on August 1, 2017") is the one that starts there, though the comma of the date
// closes the clause; and BTA's spelling "Borissov" is Boyko Borisov. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people, P } from "./helpers.js";

const D = "2022-02-15"; // a Tuesday

describe("pass 5: the day of a relative clause about a signed document", () => {
  it("'…, which prime ministers A and B signed in Riga on August 1, 2017'", () => {
    const f = facts("The two countries' ties rest on the Treaty of Friendship, which prime ministers Krisjanis Karins and Juri Ratas signed in Riga on August 1, 2017.", D);
    expect(met(f, P("krisjanis-karins"), P("juri-ratas")).map((e) => e.date)).toEqual(["2017-08-01"]);
  });
});

describe("lexicon: 'Boyko Borissov', the spelling of the Bulgarian government's English", () => {
  it("is Boyko Borisov", () => {
    expect(people(facts("Prime Minister Boyko Borissov opened the summit in Sofia on Tuesday.", "2018-05-17"))).toContain(P("boyko-borisov"));
  });
});
