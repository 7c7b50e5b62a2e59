// Pass 3 (and 5) on a delegation named again: «این هیئت» (this delegation) is the one who led the delegation or the
// group told before; «هیئت ایرانی» with no "headed by" is the one person of that country named before; «دو هیئت» (the
// two delegations) are the sides of the meeting just told; and who was "at both meetings" («در هر دو دیدار») joins
// the two meetings told last. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2024-03-14"; // a Thursday
const TOUR =
  "رجب طیب اردوغان، رئیس جمهور ترکیه، و شماری از رهبران اروپایی روز سه‌شنبه در مسکو با ولادیمیر پوتین دیدار کردند. این هیئت روز پیش از آن در کی‌یف با ولودیمیر زلنسکی دیدار کرده بود. امانوئل ماکرون و اولاف شولتس در هر دو دیدار حضور داشتند.";

describe("«این هیئت»: the leader of the group told before", () => {
  it("the group's leader met the other side of the delegation's meeting", () => {
    const f = facts(TOUR, D);
    expect(met(f, "person/recep-tayyip-erdogan", "person/volodymyr-zelensky")).toHaveLength(1);
  });
  it("who were at both meetings joined both", () => {
    const f = facts(TOUR, D);
    expect(met(f, "person/emmanuel-macron", "person/vladimir-putin")).toHaveLength(1);
    expect(met(f, "person/olaf-scholz", "person/volodymyr-zelensky")).toHaveLength(1);
  });
  it("two people coordinated with the group: no one", () => {
    const f = facts("رجب طیب اردوغان و امانوئل ماکرون و شماری از رهبران اروپایی روز سه‌شنبه در مسکو با ولادیمیر پوتین دیدار کردند. این هیئت روز پیش از آن در کی‌یف با ولودیمیر زلنسکی دیدار کرده بود.", D);
    expect(met(f, "person/recep-tayyip-erdogan", "person/volodymyr-zelensky")).toEqual([]);
  });
});

describe("«هیئت ایرانی» with no head named", () => {
  it("is the one Iranian named before", () => {
    const f = facts("عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه وارد مسکو شد. هیئت ایرانی روز سه‌شنبه با سرگئی لاوروف دیدار کرد.", D);
    expect(met(f, "person/abbas-araghchi", "person/sergey-lavrov")).toHaveLength(1);
  });
});

describe("«دو هیئت»: the sides of the meeting just told", () => {
  it("meet again on a day and in a place of their own", () => {
    const f = facts("رجب طیب اردوغان روز دوشنبه در آنکارا با ولادیمیر پوتین دیدار کرد. دو هیئت روز سه‌شنبه در استانبول نیز دیدار کردند.", D);
    expect(met(f, "person/recep-tayyip-erdogan", "person/vladimir-putin").map((e) => e.date).sort()).toEqual(["2024-03-11", "2024-03-12"]);
  });
});
