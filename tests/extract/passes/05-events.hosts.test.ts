// Passes 3, 5 and 7 on a signing ceremony told over two sentences: a signer whose given name is also a speech verb
// ("Said") is no speaker set aside; the host named in a relative clause ("X, who hosted the ceremony, …") is at the
// ceremony but signs nothing; a place inside the quoted title of the document ('"… Peace in Moldova"') is no venue.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, events, facts, met } from "./helpers.js";

const D = "2024-03-11"; // a Monday
const SIGNED = "Interior Minister Pavel Dornescu and Deputy Prime Minister Said Karimzade signed a ceasefire accord in Kazan on Monday.";

describe("a signer whose given name is a speech verb", () => {
  it("'… and Deputy Prime Minister Said Karimzade signed …': both signers met", () => {
    const f = facts(SIGNED, D);
    expect(met(f, "Pavel Dornescu", "Said Karimzade")).toHaveLength(1);
  });
  it("a real speech verb still sets its speaker aside", () => {
    const f = facts("Governor Emil Varga said Interior Minister Pavel Dornescu and Deputy Prime Minister Olek Karimzade signed a ceasefire accord in Kazan on Monday.", D);
    expect(met(f, "Emil Varga", "Pavel Dornescu")).toEqual([]);
  });
});

describe("the host of the ceremony, named in a relative clause", () => {
  const HOSTED = `${SIGNED} Governor Emil Varga, who hosted the ceremony, stood between the two men as they signed the "Treaty on Lasting Peace in Moldova" and then joined their hands.`;
  it("is at the ceremony", () => {
    const f = facts(HOSTED, D);
    expect(met(f, "Emil Varga", "Said Karimzade")).not.toEqual([]);
  });
  it("signs nothing", () => {
    const f = facts(HOSTED, D);
    expect(agreements(f).some((a) => a.who.includes("Emil Varga"))).toBe(false);
    expect(agreements(f).some((a) => a.who.includes("Pavel Dornescu") && a.who.includes("Said Karimzade"))).toBe(true);
  });
  it("a host of the talks (not of the ceremony or the document) who signs is a signer", () => {
    const f = facts("Governor Emil Varga, who hosted the talks, signed a ceasefire accord with Interior Minister Pavel Dornescu in Kazan on Monday.", D);
    expect(agreements(f).some((a) => a.who.includes("Emil Varga") && a.who.includes("Pavel Dornescu"))).toBe(true);
  });
  it("one who joins the ceremony in a later sentence is no signer of 'they signed'", () => {
    const f = facts(`${HOSTED} Ambassador Lena Brandt, the envoy who chaired the talks, also attended.`, D);
    expect(met(f, "Lena Brandt", "Said Karimzade")).not.toEqual([]);
    expect(agreements(f).some((a) => a.who.includes("Lena Brandt"))).toBe(false);
  });
  it("the country inside the quoted title is no venue", () => {
    const f = facts(HOSTED, D);
    expect(events(f, "meeting").map((e) => e.place)).not.toContain("place/moldova");
  });
});
