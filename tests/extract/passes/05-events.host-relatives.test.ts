// Pass 5 (_host-relatives.ts): ", who hosted the meeting" / ", who chaired the summit" puts its person at the meeting
// its noun names, told before it or in the sentence after ("The summit … was attended by A and B"); a clause with a
// day of its own ("who hosted the talks in 2019") joins nothing. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const SCHOLZ = P("olaf-scholz");
const MACRON = P("emmanuel-macron");
const MELONI = P("giorgia-meloni");
const WANG = P("wang-yi");
const D = "2025-05-22";

describe("', who hosted the meeting': the host was at it", () => {
  it("joins the meeting told before, though the clause's main verb reads no one else", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron held talks in Rome on Tuesday. The delegations were welcomed by Prime Minister Giorgia Meloni, who hosted the meeting.", D);
    expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
    expect(met(f, MELONI, MACRON)).toHaveLength(1);
  });
  it("joins the summit its noun names in the sentence after", () => {
    const f = facts("Giorgia Meloni, who chaired the summit on behalf of her government, spoke first on Tuesday. The summit in Rome was attended by Olaf Scholz, Emmanuel Macron and Wang Yi.", D);
    expect(met(f, MELONI, WANG)).toHaveLength(1);
    expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
  });
  it("a clause with a day of its own joins nothing", () => {
    const dated = facts("Olaf Scholz and Emmanuel Macron held talks in Rome on Tuesday. Giorgia Meloni, who hosted the talks in 2019, was not there.", D);
    expect(met(dated, MELONI, SCHOLZ)).toEqual([]);
  });
});
