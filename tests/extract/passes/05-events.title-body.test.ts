// Pass 5: a place written as the body of a title ("Kremlin aide X", "White House Indo-Pacific coordinator X") says
// whom the person works for, not where the meeting was; a place the text puts the meeting in still is. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2024-03-14";

describe("pass 5: the body of a title is no venue", () => {
  it("a site or a city right before a title, its portfolio between", () => {
    for (const text of [
      "Kremlin aide Yuri Ushakov met Hakan Fidan on Monday.",
      "White House Middle East coordinator Brett McGurk met Hakan Fidan on Monday.",
      "Ankara Mayor Mansur Yavas met Fuad Hussein on Monday.",
    ]) expect(events(facts(text, D), "meeting").map((e) => e.place)).toEqual([null]);
  });
  it("a place the text puts the meeting in is kept", () => {
    expect(events(facts("In Moscow Foreign Minister Sergei Lavrov met Hakan Fidan on Monday.", D), "meeting").map((e) => e.place)).toEqual(["place/moscow"]);
    expect(events(facts("Kremlin aide Yuri Ushakov met Hakan Fidan in Ankara on Monday.", D), "meeting").map((e) => e.place)).toEqual(["place/ankara"]);
  });
});
