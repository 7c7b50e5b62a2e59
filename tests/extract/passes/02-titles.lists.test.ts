// Pass 2 (titles, via _name-lists.ts): Persian names listed after a plural title ("وزیران …، A، B و C،") or after
// "از جمله" (among them) are people, each with no title of its own. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, people } from "./helpers.js";

const D = "2024-06-05";

describe("pass 2: names listed after a Persian plural title or 'از جمله'", () => {
  it("'وزیران نیروی سه کشور، A، B و C، … امضا کردند': the three are people and sign", () => {
    const f = facts("در پایان این اجلاس، وزیران نیروی سه کشور، بهرام ستوده، کامران نیک‌فر و ساسان مهرآیین، سندی برای ساخت یک نیروگاه مشترک امضا کردند.", D);
    const who = people(f);
    for (const n of ["بهرام ستوده", "کامران نیک‌فر", "ساسان مهرآیین"]) expect(who).toContain(n);
    expect(agreements(f).some((a) => a.who.includes("بهرام ستوده") && a.who.includes("ساسان مهرآیین"))).toBe(true);
  });
  it("'با شهرداران استان، از جمله A و B، …'", () => {
    const who = people(facts("استاندار روز شنبه با شهرداران استان، از جمله فرهاد یزدانی و مینا شاکری، گفت‌وگو کرد.", D));
    expect(who).toContain("فرهاد یزدانی");
    expect(who).toContain("مینا شاکری");
  });
  it("a list of places or common words after a plural title is no list of names", () => {
    const who = people(facts("وزیران خارجه سه کشور، ایران، ترکیه و روسیه، در آستانه دیدار کردند.", D));
    expect(who).toEqual([]);
    expect(people(facts("نمایندگان مجلس، آب و برق، را بررسی کردند.", D))).toEqual([]);
  });
});
