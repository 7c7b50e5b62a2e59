// Pass 1/5: "Separately," at a sentence's head is a sentence adverb that moves to another item of the news, not the
// distributive "separately" of meetings held apart ("met A and B separately"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2021-03-19";
const BLINKEN = P("antony-blinken");
const AUSTIN = P("lloyd-austin");
const MOTEGI = P("toshimitsu-motegi");
const KISHI = P("nobuo-kishi");

describe("'Separately,' opening a sentence", () => {
  it("leaves 'A and B met C and D' one meeting of the four", () => {
    const f = facts("Separately, Antony Blinken and Lloyd Austin met Toshimitsu Motegi and Nobuo Kishi in Tokyo on Tuesday.", D);
    expect(met(f, AUSTIN, MOTEGI)).toHaveLength(1);
    expect(met(f, AUSTIN, KISHI)).toHaveLength(1);
    expect(met(f, MOTEGI, KISHI)).toHaveLength(1);
  });
  it("while 'met A and B separately' is still two meetings", () => {
    const f = facts("Antony Blinken met Toshimitsu Motegi and Nobuo Kishi separately in Tokyo on Tuesday.", D);
    expect(met(f, BLINKEN, MOTEGI)).toHaveLength(1);
    expect(met(f, BLINKEN, KISHI)).toHaveLength(1);
    expect(met(f, MOTEGI, KISHI)).toEqual([]);
  });
});
