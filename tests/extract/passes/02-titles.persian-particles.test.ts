// Pass 2 (_names.newNameBefore, cues.json nameParticle fa): Persian writes the Romance particles of a foreign name
// apart («د», «لا», «دا», «دل»), a run of them before the surname (not before a given name), never a
// name's first word. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2: «د لا» inside a Persian name before its title", () => {
  it("«خوان د لا روسا، سفیر …» is read whole", () => {
    const f = facts("خوان د لا روسا، سفیر اسپانیا در تهران، دیروز به خبرنگاران گفت که گفتگوها ادامه دارد.", "2016-09-26");
    expect(people(f)).toContain("خوان د لا روسا");
  });

  it("a particle among common words makes no name", () => {
    const f = facts("مردم با دل و جان از سخنگوی وزارت حمایت کردند و لا به لا رئیس جمهور را تشویق کردند.", "2016-09-26");
    expect(people(f).some((p) => p.includes("لا") || p.includes("دل"))).toBe(false);
  });
});
