// Names typed by users: the lexicon candidates for any script or spelling, from indexes built once.
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/lexicon/index.js";
import { nameQuery } from "../../src/resolve/lookup.js";

describe("resolve/lookup", () => {
  it("finds a lexicon person by a spelling no lexicon form has exactly, through the consonant skeleton", () => {
    const lex = getLexicon();
    const shaibani = [...lex.people.values()].find((p) => Object.values(p.names).flat().some((n) => typeof n === "string" && /Shaibani/.test(n)));
    expect(shaibani).toBeDefined();
    for (const typed of ["Shaybani", "al-Shaybany", "الشیبانی"]) expect(nameQuery(typed, "person").lexiconIds, typed).toContain(`person:${shaibani!.id}`);
    expect(nameQuery("Zzyzx Qwrtp", "person").lexiconIds).toEqual([]);
  });
});
