// Pass 1: a lexicon style (aka) is a title phrase whole — it keeps its lead title word, and its last word is no family
// name of the person elsewhere in the article (_misspellings). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

describe("pass 1: the words of a style", () => {
  it("«انقلاب» after «رهبر معظم انقلاب» is the revolution, not the Leader", () => {
    const f = facts(
      "نشست وزیران صبح امروز با پیام رهبر معظم انقلاب اسلامی آغاز شد. امیر قطر که برای نخستین بار پس از پیروزی انقلاب اسلامی به تهران آمده است، در این دیدار با حسن روحانی گفتگو کرد.",
      "2017-05-10",
    );
    const revolution = f.mentions.filter((m) => m.kind === "person" && m.text === "انقلاب");
    expect(revolution).toEqual([]);
    expect(met(f, "person/hassan-rouhani", "person/ali-khamenei")).toEqual([]);
  });
});
