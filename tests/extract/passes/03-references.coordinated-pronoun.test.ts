// Pass 3 (references, _subjects.ts): an English subject pronoun at the head of its sentence coordinated with a person
// named right after "and" ("He and First Lady X later joined …", "She and Minister Y met …") stands for the subject
// before it and is a side of the event beside that person, though the clause names others. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 3: 'He and X' as a coordinated subject", () => {
  it("'He and First Lady X later joined A and B for a dinner' puts him at the dinner", () => {
    const f = facts(
      "President Joe Biden arrived in Hiroshima on Thursday. He and First Lady Jill Biden later joined Prime Minister Fumio Kishida and Yuko Kishida for a private dinner.",
      "2023-05-20",
    );
    expect(met(f, P("joe-biden"), P("fumio-kishida")).length).toBeGreaterThan(0);
    expect(met(f, P("joe-biden"), "Jill Biden").length).toBeGreaterThan(0);
  });
  it("'She and Foreign Minister X met Y' puts her at the meeting", () => {
    const f = facts(
      "Prime Minister Jacinda Ardern flew to Tokyo on Sunday. She and Foreign Minister Winston Peters met Prime Minister Shinzo Abe on Monday.",
      "2019-09-02",
    );
    expect(met(f, P("jacinda-ardern"), P("shinzo-abe")).length).toBeGreaterThan(0);
  });
  it("a pronoun with no one after its 'and' is left to the other rules", () => {
    const f = facts("President Joe Biden arrived in Ottawa on Thursday. He and the delegation toured the city before Tam Ribbeck met Lorna Vaskell.", "2023-03-24");
    expect(met(f, P("joe-biden"), "Lorna Vaskell")).toEqual([]);
  });
});
