// Pass 2: a short form of a lexicon person long out of office («عبدالناصر», Nasser's, who died in 1970), right before one
// more free word, is the given name of another man in a recent paper (_given-name-forms.longerNamesOverStaleShortForms).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const people = (text: string, date: string) => {
  const f = facts(text, date);
  return f.mentions.filter((m) => m.kind === "person").map((m) => m.lexiconId ?? m.text);
};

describe("pass 2: a stale short form before a family name is another man's given name", () => {
  it("fa, 2021: «عبدالناصر همتی» is a new name, not Gamal Abdel Nasser", () => {
    const p = people("عبدالناصر همتی اقتصاددان صبح امروز با سفیر سوئیس دیدار کرد.", "2021-11-08");
    expect(p).toContain("عبدالناصر همتی");
    expect(p).not.toContain("person/gamal-abdel-nasser");
  });
  it("fa, 1966: the same words in his own time stay Nasser", () => {
    const p = people("جمال عبدالناصر رئیس جمهور مصر دیروز در قاهره سخنرانی کرد. عبدالناصر گفت مصر مستقل می‌ماند.", "1966-04-02");
    expect(p.filter((x) => x === "person/gamal-abdel-nasser").length).toBeGreaterThanOrEqual(2);
  });
  it("fa, 2021: named in full, his short form is still his («… جمال عبدالناصر … عبدالناصر ملی کرد»)", () => {
    const p = people("کتاب تازه درباره جمال عبدالناصر منتشر شد. عبدالناصر کانال سوئز را ملی کرد.", "2021-11-08");
    expect(p.every((x) => x === "person/gamal-abdel-nasser")).toBe(true);
  });
});
