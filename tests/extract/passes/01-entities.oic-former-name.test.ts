// Pass 1 (lexicon, organizations.json): the Organisation of Islamic Cooperation under its name until 2011, the
// Organisation of the Islamic Conference (سازمان کنفرانس اسلامی، منظمة المؤتمر الإسلامي), is the same body. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgs = (f: ReturnType<typeof facts>) => f.mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId ?? m.text);

describe("pass 1: the OIC under its former name", () => {
  it("Persian «سازمان کنفرانس اسلامی»", () => {
    expect(orgs(facts("دبیرکل سازمان کنفرانس اسلامی روز دوشنبه در تهران با وزیر امور خارجه دیدار کرد.", "2005-05-02"))).toContain("org/oic");
  });
  it("Arabic «منظمة المؤتمر الإسلامي» and English 'Organisation of the Islamic Conference'", () => {
    expect(orgs(facts("وصل الأمين العام لمنظمة المؤتمر الإسلامي إلى الرباط أمس.", "2005-05-02"))).toContain("org/oic");
    expect(orgs(facts("The Organisation of the Islamic Conference opened its summit in Dakar on Thursday.", "2008-03-13"))).toContain("org/oic");
  });
});
