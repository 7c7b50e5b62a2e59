// The parties, state companies and intergovernmental groups of organizations-parties.json: found by name in each
// script (and by the acronym the press writes), generic party names shared by several countries either listed
// only in a country-qualified form or marked ambiguous, and the common-word names left out.
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];

describe("organizations-parties.json", () => {
  it("finds a governing or opposition party by name in English, Persian and Arabic, and by its acronym", () => {
    for (const name of ["PML-N", "مسلم لیگ نواز", "حزب الرابطة الإسلامية جناح نواز"]) expect(ids(name), name).toEqual(["org/pml-n"]);
    for (const name of ["Republican People's Party", "CHP", "حزب جمهوری‌خواه خلق", "حزب الشعب الجمهوري"]) expect(ids(name), name).toEqual(["org/chp"]);
    for (const name of ["African National Congress", "ANC", "کنگره ملی آفریقا", "المؤتمر الوطني الأفريقي"]) expect(ids(name), name).toEqual(["org/anc"]);
    for (const name of ["Ennahda", "جنبش النهضه", "حركة النهضة"]) expect(ids(name), name).toEqual(["org/ennahda"]);
  });

  it("finds national oil companies and intergovernmental groups", () => {
    for (const name of ["Sonatrach", "سوناطراک", "سوناطراك"]) expect(ids(name), name).toEqual(["org/sonatrach"]);
    for (const name of ["SOCAR", "شرکت ملی نفت آذربایجان", "شركة النفط الحكومية الأذربيجانية"]) expect(ids(name), name).toEqual(["org/socar"]);
    for (const name of ["Group of 77", "G77", "گروه ۷۷", "مجموعة الـ77"]) expect(ids(name), name).toEqual(["org/g77"]);
    expect(lex.organizations.get("g77")?.kind).toBe("international");
    expect(lex.organizations.get("sonatrach")?.country).toBe("algeria");
  });

  it("lists a name several countries' parties share only with its country, or marks the entry ambiguous", () => {
    for (const name of ["Democratic Party", "Socialist Party", "Workers' Party", "People's Party", "National Liberation Front", "الحزب الديمقراطي", "الحزب الجمهوري", "حزب دموکرات"]) expect(ids(name), name).toEqual([]);
    for (const id of ["us-democratic-party", "us-republican-party", "uk-labour-party", "uk-conservative-party", "dpp-taiwan"]) expect(lex.organizations.get(id)?.ambiguous, id).toBe(true);
    // Turkey's AKP keeps حزب العدالة والتنمية; Morocco's PJD has its own country-qualified form
    expect(ids("حزب العدالة والتنمية")).toEqual(["org/akp"]);
    expect(ids("حزب العدالة والتنمية المغربي")).toEqual(["org/pjd-morocco"]);
  });

  it("leaves out one-word names that are common words and acronyms other things share", () => {
    for (const name of ["المستقبل", "الأمة", "الوفد", "النهضة", "PPP", "BNP", "APC", "NDC", "PAN", "KIA", "Renaissance", "Lega"]) expect(ids(name), name).toEqual([]);
  });
});
