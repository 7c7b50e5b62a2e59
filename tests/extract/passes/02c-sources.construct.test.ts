// Pass 2c: an Arabic one-word name of an organisation that is also a common word (lexicon "ambiguous": فتح
// "opening", القاعدة "the base", الشباب "the youth") right before a definite word is that word in construct or with
// its adjective, no organisation; written alone, or in its longer form, it is still the organisation. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const orgs = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId ?? m.text);
const D = "2024-05-02";

describe("pass 2c: an ambiguous one-word organisation in construct is the common word", () => {
  it("«إعادة فتح المعابر», «القاعدة الجوية», «الشباب العربي» name no organisation", () => {
    expect(orgs(facts("بحث الوزيران في عمان اليوم إعادة فتح المعابر بين البلدين.", D))).not.toContain("org/fatah");
    expect(orgs(facts("زار وزير الدفاع القاعدة الجوية في شمال البلاد اليوم.", D))).not.toContain("org/al-qaeda");
    expect(orgs(facts("افتتح الوزير اليوم منتدى الشباب العربي في القاهرة.", D))).not.toContain("org/al-shabaab");
  });
  it("«حركة فتح» and «فتح» alone after it are the movement", () => {
    const f = facts("التقى وفد من حركة فتح وفدا من حركة حماس في القاهرة اليوم. وقال متحدث باسم فتح إن اللقاء كان إيجابيا.", D);
    expect(orgs(f).filter((o) => o === "org/fatah").length).toBeGreaterThanOrEqual(2);
  });
});
