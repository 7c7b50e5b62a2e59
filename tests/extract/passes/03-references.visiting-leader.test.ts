// Pass 3 (_guests): "the visiting leader", "the visitor", "the guest" next to an event word is the visitor of the visit
// told last, as "his guest" is. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2005-04-21";

describe("pass 3: the visiting leader is the visitor", () => {
  it("en: 'The visiting leader first met X' after an arrival", () => {
    const f = facts("Afghan President Hamid Karzai arrived in Islamabad on Wednesday for a two-day visit. The visiting leader first met Prime Minister Shaukat Aziz.", D);
    expect(met(f, P("hamid-karzai"), P("shaukat-aziz"))).toHaveLength(1);
  });
  it("en: 'the guest' after an arrival", () => {
    const f = facts("Afghan President Hamid Karzai arrived in Islamabad on Wednesday. Prime Minister Shaukat Aziz received the guest at the airport.", D);
    expect(met(f, P("hamid-karzai"), P("shaukat-aziz"))).toHaveLength(1);
  });
  it("no visitor told: no one", () => {
    const f = facts("The visiting leader first met Prime Minister Shaukat Aziz.", D);
    expect(f.events.filter((e) => e.kind === "meeting")).toEqual([]);
  });
});
