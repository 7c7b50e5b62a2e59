// Pass 1 (entities), an English class found by the balkans suite: British and Nordic English papers write an
// intergovernmental body's acronym with one capital ("Nato", "Opec", "Asean"); it is the body, as "NATO" is. Not a
// medium's acronym a given name spells, nor a word of the dictionary. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgIds = (f: ReturnType<typeof facts>) => f.mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId ?? m.text);

describe("pass 1: an international body's acronym in the British case", () => {
  it("'joined Nato', 'Opec ministers'", () => {
    const f = facts("Sweden joined Nato in March after a long wait. Opec ministers met in Vienna on Sunday.", "2024-03-10");
    const ids = orgIds(f);
    expect(ids.some((x) => /nato$/.test(x))).toBe(true);
    expect(ids.some((x) => /opec$/.test(x))).toBe(true);
  });
  it("a given name that spells a medium's acronym stays a name ('Sana Mir')", () => {
    const f = facts("Cricketer Sana Mir met students in Lahore on Sunday.", "2024-03-10");
    expect(orgIds(f)).toEqual([]);
  });
});
