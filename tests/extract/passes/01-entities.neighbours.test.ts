// Pass 1 on what the neighbours suite found (tests/extract/neighbours): a person's short form that is the epithet of a
// named month («ماه مبارک رمضان», «شهر رمضان المبارك») is no name (_candidates.monthEpithet). Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 1: a month's epithet", () => {
  it("«در ماه مبارک رمضان» names no Mubarak", () => {
    const f = facts("وزیران خارجه مصر و اردن در ماه مبارک رمضان دو بار در تماس تلفنی گفت‌وگو کردند.", "2023-04-20");
    expect(people(f).filter((p) => /mubarak/.test(p))).toEqual([]);
  });
  it("«في شهر رمضان المبارك» names no Mubarak", () => {
    const f = facts("اتصل وزير الخارجية المصري بنظيره الأردني في شهر رمضان المبارك.", "2023-04-20");
    expect(people(f).filter((p) => /mubarak/.test(p))).toEqual([]);
  });
  it("«حسنی مبارک» is still Hosni Mubarak", () => {
    const f = facts("حسنی مبارک رئیس‌جمهوری مصر در ماه رمضان با ملک عبدالله دوم دیدار کرد.", "2005-10-20");
    expect(people(f)).toContain("person/hosni-mubarak");
  });
});
