// Pass 5 (_event-dates): a contact told with "also" whose only date is that of a relative clause's trip ("Ms X, who
// arrived on Saturday on a three-day visit, also held talks with Y") takes the day of the contact told just before,
// not the arrival's. Without "also", the arrival's day stays ("X, who arrived on Friday, was received by Y"). And
// "the two foreign ministers" who sign after a meeting of three are the two who hold that office (07-agreements).
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { agreements, events, facts, P } from "./helpers.js";

const D = "2023-09-11";

describe("pass 5: 'also' over the day of a relative clause's trip", () => {
  it("en: the talks are of the day of the meeting told before", () => {
    const f = facts(
      "Prime Minister Anthony Albanese on Monday met visiting Indian External Affairs Minister Subrahmanyam Jaishankar in Canberra. Mr Jaishankar, who arrived in Australia on Saturday on a four-day visit, also held talks with Foreign Minister Penny Wong.",
      D,
    );
    const talks = events(f, "meeting").filter((e) => e.who.includes(P("penny-wong")));
    expect(talks.map((e) => e.date)).toEqual(["2023-09-11"]);
  });
  it("en: without 'also' the arrival's day dates the reception", () => {
    const f = facts("Mr Jaishankar, who arrived in Canberra on Saturday, was received by Foreign Minister Penny Wong.", D);
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2023-09-09"]);
  });
});

describe("pass 7: 'the two foreign ministers' of a meeting of three", () => {
  it("en: the two who hold the office sign, not the prime minister", () => {
    const f = facts(
      "Prime Minister Anthony Albanese met Indian External Affairs Minister Subrahmanyam Jaishankar and Foreign Minister Penny Wong in Canberra on Monday. The two foreign ministers later signed a memorandum on migration.",
      D,
    );
    const signed = agreements(f).map((a) => a.who);
    expect(signed).toHaveLength(1);
    expect(signed[0]).toContain(P("penny-wong"));
    expect(signed[0]).toContain(P("subrahmanyam-jaishankar"));
    expect(signed[0]).not.toContain(P("anthony-albanese"));
  });
});
