// Pass 2d on what the kayhan suite found (tests/extract/kayhan): the town of a Persian dateline that the lexicon holds
// only by its English name is read by its skeleton among the places of the countries the article names, and places
// the meetings the story tells there. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, places } from "./helpers.js";

describe("pass 2d: a transliterated town in the dateline", () => {
  it("«بلفاست - ایرنا:» is Belfast when the article names the United Kingdom", () => {
    const f = facts("بلفاست - ایرنا: جان میجر نخست‌وزیر انگلیس دیروز با جان بروتن نخست‌وزیر ایرلند دیدار و گفتگو کرد.", "1995-02-23");
    expect(places(f)).toContain("place/belfast");
    expect(events(f, "meeting").map((e) => e.place)).toContain("place/belfast");
  });
  it("no town of a country the article does not name", () => {
    const f = facts("بلفاست - ایرنا: وزیران خارجه دو کشور دیروز در دیداری گفتگو کردند.", "1995-02-23");
    expect(places(f)).not.toContain("place/belfast");
  });
});
