// Pass 2c on what the neighbours suite found (tests/extract/neighbours): the outlet a reporter writes for, after a
// source phrase and the reporter's noun («به گزارش خبرنگار اعزامی ایرنا، …»: cues.json words reporterNoun), is the
// report's source, never a side of the agreement the sentence tells. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

describe("pass 2c: «به گزارش خبرنگار اعزامی X»", () => {
  it("the outlet is a source and no party of «… به امضای وزیران دو کشور رسید»", () => {
    const f = facts("حسن روحانی روز دوشنبه در بغداد با برهم صالح رئیس‌جمهوری عراق دیدار کرد. به گزارش خبرنگار اعزامی ایرنا، در پایان این دیدار سه سند همکاری با حضور دو رئیس‌جمهور به امضای وزیران دو کشور رسید.", "2019-03-12");
    const irna = f.mentions.filter((m) => m.kind === "organization" && /ایرنا/.test(m.text));
    expect(irna.map((m) => m.via)).toEqual(["source"]);
    const parties = f.agreements.flatMap((a) => a.parties.map((i) => f.mentions[i].text));
    expect(parties.filter((t) => /ایرنا/.test(t))).toEqual([]);
  });
});
