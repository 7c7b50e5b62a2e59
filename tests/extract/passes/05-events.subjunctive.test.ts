// Pass 5 (_subjunctive.ts): a Persian meeting verb in the present subjunctive («مذاکره کند», «دیدار و گفتگو کنند»,
// «ملاقات نماید») is a meeting to come, however far the «قرار است» or «تا» that governs it stands before it; the
// indicative past and present («مذاکره کرد», «گفتگو می‌کند») stay meetings. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const ZARIF = P("mohammad-javad-zarif");
const LAVROV = P("sergey-lavrov");

describe("pass 5: a Persian subjunctive meeting verb is a plan", () => {
  it("«قرار است» with a place and a long title between it and «مذاکره کند»", () => {
    const f = facts("محمدجواد ظریف امروز تهران را به مقصد مسکو ترک می‌کند و قرار است در آنجا با سرگئی لاوروف وزیر امور خارجه فدراسیون روسیه مذاکره کند.", "2019-12-29");
    expect(met(f, ZARIF, LAVROV)).toEqual([]);
    expect(events(f, "planned").some((e) => e.who.includes(ZARIF) && e.who.includes(LAVROV))).toBe(true);
  });

  it("«دیدار و گفتگو کنند» and «ملاقات نماید», spelt without the ZWNJ", () => {
    const a = facts("قرار است محمدجواد ظریف هفته آینده در ژنو با سرگئی لاوروف دیدار و گفتگو کنند.", "2019-12-29");
    expect(met(a, ZARIF, LAVROV)).toEqual([]);
    const b = facts("محمدجواد ظریف پس از ورود به مسکو قرار است در وزارت خارجه روسیه با سرگئی لاوروف ملاقات نماید.", "2019-12-29");
    expect(met(b, ZARIF, LAVROV)).toEqual([]);
  });

  it("the indicative stays a meeting: «مذاکره کرد», «گفتگو می‌کند»", () => {
    expect(met(facts("محمدجواد ظریف دیروز در مسکو با سرگئی لاوروف وزیر امور خارجه روسیه مذاکره کرد.", "2019-12-29"), ZARIF, LAVROV)).toHaveLength(1);
    expect(met(facts("محمدجواد ظریف امروز در مسکو با سرگئی لاوروف دیدار و گفتگو می‌کند.", "2019-12-29"), ZARIF, LAVROV)).toHaveLength(1);
  });
});
