// Pass 2b (places named after people) and the given name before a lone surname (02-titles, _surnames): a facility
// named after a martyr («بندر شهید …», «فرودگاه شهید …»), found by the bazaar suite. Sentences written for this test.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const people = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "person" && m.confidence > 0).map((m) => m.text);
const sites = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "place" && m.via === "descriptor").map((m) => m.text);

describe("pass 2b: a facility named after a martyr (fa)", () => {
  it("a head noun that is also a given name (بندر, Bandar) before «شهید» opens a place, not a person", () => {
    const f = facts("نخستین کشتی حامل گندم روز گذشته در بندر شهید کلانتری پهلو گرفت.");
    expect(people(f)).toEqual([]);
    expect(sites(f).some((s) => s.startsWith("بندر شهید"))).toBe(true);
  });

  it("the namesake after «شهید» is no person of the article (فرودگاه شهید X, بندر شهید X)", () => {
    const a = facts("محموله صادراتی از بندر شهید رجایی به مقصد بمبئی بارگیری شد.");
    expect(people(a)).toEqual([]);
    expect(sites(a)).toContain("بندر شهید رجایی");
    const b = facts("هیئت تجاری در فرودگاه بین‌المللی شهید مدنی تبریز مورد استقبال قرار گرفت.");
    expect(people(b)).toEqual([]);
  });

  it("a person of that given name, or a minister named Shahid, is still a person", () => {
    expect(people(facts("بندر بن سلطان دیروز با وزیر خارجه دیدار کرد."))).not.toEqual([]);
    expect(people(facts("عبدالله شهید وزیر امور خارجه مالدیو با همتای خود گفت‌وگو کرد."))).toContain("عبدالله شهید");
  });
});
