// Pass 2 (names beside a lexicon surname, _relatives), a class found by the caucasus suite (tests/extract/caucasus):
// a relative who shares the family name of someone the article names in full. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people, P } from "./helpers.js";

const D = "2025-05-07";
const PUTIN = P("vladimir-putin");
const MIRZIYOYEV = P("shavkat-mirziyoyev");

describe("pass 2: another given name before the surname of a person named in full is someone else", () => {
  it("fa: «سعیده میرضیایف», the president's daughter, is not Shavkat Mirziyoyev", () => {
    const f = facts("ولادیمیر پوتین روز دوشنبه با شوکت میرضیایف دیدار کرد. سعیده میرضیایف، دختر رئیس‌جمهور ازبکستان، نیز حضور داشت.", D);
    expect(people(f)).toEqual(expect.arrayContaining([PUTIN, MIRZIYOYEV, "سعیده میرضیایف"]));
  });
  it("fa: a common word before the surname is no given name («اگر روزی میرضیایف …»: one day)", () => {
    const f = facts("ولادیمیر پوتین روز دوشنبه با شوکت میرضیایف دیدار کرد. یک کارشناس گفت اگر روزی میرضیایف به مسکو برود، روابط بهتر می‌شود.", D);
    expect(people(f).sort()).toEqual([MIRZIYOYEV, PUTIN].sort());
  });
  it("fa: the person's own given name, or a title, before the surname is that person", () => {
    const f = facts("ولادیمیر پوتین روز دوشنبه با شوکت میرضیایف دیدار کرد. آقای میرضیایف گفت روابط دو کشور خوب است. شوکت میرضیایف افزود تجارت رشد می‌کند.", D);
    expect(people(f).sort()).toEqual([MIRZIYOYEV, PUTIN].sort());
  });
});
