// _dateline.readDateline: a wire's dateline may name a region before its country ("BALI, Indonesia (AP) —"): the
// report comes from there, and a meeting the story places nowhere else is held there. Only in the wire's capitals and
// before the country the region lies in. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2022-11-16";
const XI = P("xi-jinping");
const ALBANESE = P("anthony-albanese");

describe("a region as a wire's dateline", () => {
  it("'BALI, Indonesia (AP) —' places a meeting told nowhere else", () => {
    const f = facts("BALI, Indonesia (AP) — Xi Jinping met Anthony Albanese on Tuesday for their first formal talks in six years.", D);
    expect(met(f, XI, ALBANESE).map((e) => e.place)).toEqual(["place/bali"]);
  });
  it("not a region written in running text, nor one before a country it does not lie in", () => {
    expect(met(facts("Bali, Indonesia (AP) — Xi Jinping met Anthony Albanese on Tuesday.", D), XI, ALBANESE).map((e) => e.place)).toEqual([null]);
    expect(met(facts("BALI, Australia (AP) — Xi Jinping met Anthony Albanese on Tuesday.", D), XI, ALBANESE).map((e) => e.place)).not.toContain("place/bali");
  });
});
