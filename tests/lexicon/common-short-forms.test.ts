// A person's one-word short form that is a common word of its language (tests/lexicon/_common-words.ts: how the rule
// was chosen, and the counts) must be marked `shortAmbiguous` for that language: alone, it would take the word for
// the person wherever an article uses it ("گیری", the second half of «شکل گیری», read as Eric Gairy).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon, middleDropped, shortAmbiguousIn } from "../../src/lexicon/index.js";
import { lexPersonId } from "../../src/ids.js";
import type { PersonEntry } from "../../src/lexicon/types.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokenize.js";
import { commonWordReason } from "./_common-words.js";

const DATA = join(__dirname, "../../src/lexicon/data");
const peopleFiles = readdirSync(DATA).filter((f) => f.startsWith("people") && f.endsWith(".json")).sort();

describe("the common-word rule", () => {
  it("flags Persian words made from verbs, the halves of compounds written apart, and not surnames", () => {
    for (const w of ["گیری", "کننده", "شده", "برنده", "بودن"]) expect(commonWordReason(w, "fa"), w).not.toBeNull();
    // surnames the Persian dictionary lists as words, with a noun's endings (پوتین is also "boot")
    for (const w of ["پوتین", "کریمی", "جلیلی", "اوباما", "خاتمی", "بایدن", "لاریجانی"]) expect(commonWordReason(w, "fa"), w).toBeNull();
  });

  it("flags common English words written only in lower case, and not surnames the dictionary also writes with a capital", () => {
    for (const w of ["Store", "Slim", "Cleverly", "Begin"]) expect(commonWordReason(w, "en"), w).not.toBeNull();
    // names (also written capitalised), rare words (SCOWL size 50 and over), acronyms
    for (const w of ["Brown", "Bush", "Rice", "Macron", "Maduro", "Modi", "WHO", "US"]) expect(commonWordReason(w, "en"), w).toBeNull();
  });

  it("flags Arabic stop words and verb forms, and not surnames on a triliteral root", () => {
    for (const w of ["لولا", "كان", "تستقبل", "استقبلهم", "بالعاصمة"]) expect(commonWordReason(w, "ar"), w).not.toBeNull();
    for (const w of ["بوتين", "خاتمي", "جعجع", "ألون", "أوباما"]) expect(commonWordReason(w, "ar"), w).toBeNull();
  });
});

describe("people short forms", () => {
  it("marks every one-word short form that is a common word of its language as ambiguous", () => {
    const flagged: string[] = [];
    for (const f of peopleFiles) {
      for (const p of (JSON.parse(readFileSync(join(DATA, f), "utf8")) as { entries: PersonEntry[] }).entries) {
        for (const lang of ["en", "fa", "ar"] as const) for (const s of p.short?.[lang] ?? []) {
          const why = commonWordReason(s, lang);
          if (why && !shortAmbiguousIn(p, lang)) flagged.push(`${f} ${p.id} ${lang} "${s}": ${why}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });

  it("reads shortAmbiguous as a list of languages: only those short forms are ambiguous", () => {
    const lex = getLexicon();
    const hit = (text: string, id: string) =>
      lex.personMatcher.findAll(tokenize(text)).flatMap((m) => m.values).find((v) => v.id === lexPersonId(id));
    // Donald Tusk: "Tusk" is an English word, «توسک» no Persian one
    expect(hit("Tusk", "donald-tusk")?.ambiguous).toBe(true);
    expect(hit("توسک", "donald-tusk")?.ambiguous).toBe(false);
    expect(shortAmbiguousIn({ shortAmbiguous: ["fa"] }, "fa")).toBe(true);
    expect(shortAmbiguousIn({ shortAmbiguous: ["fa"] }, "en")).toBe(false);
    expect(shortAmbiguousIn({ shortAmbiguous: true }, "ar")).toBe(true);
  });

  it("derives a middle-dropped English form unless the English short form is ambiguous", () => {
    const given = new Set(["elena", "maria"]);
    const person = (shortAmbiguous: PersonEntry["shortAmbiguous"]): PersonEntry => ({ id: "elena-maria-roth", name: "Elena Maria Roth", names: { en: ["Elena Maria Roth"] }, short: { en: ["Roth"] }, shortAmbiguous, source: "test" });
    expect(middleDropped([person(["fa"])], given).map(([form]) => form)).toEqual(["Elena Roth"]);
    expect(middleDropped([person(["en"])], given)).toEqual([]);
  });
});

describe("place and organisation names", () => {
  // They have no short forms: their one-word names are matched alone. Checked here against the stop words only: the
  // Persian verb rule flags everyday place names that are also rare verbs (رشت, Rasht: رشتن "to spin"; هلند; بالی),
  // and English ones are read only when capitalised ("Sour", Tyre; "Guardian").
  it("marks every one-word Persian or Arabic name that is a stop word as ambiguous", () => {
    const flagged: string[] = [];
    const files = readdirSync(DATA).filter((f) => /^(places|organizations)/.test(f) && f.endsWith(".json"));
    for (const f of files) {
      type Entry = { id: string; names: Partial<Record<string, string[]>>; ambiguous?: boolean; ambiguousNames?: Partial<Record<string, string[]>> };
      for (const e of (JSON.parse(readFileSync(join(DATA, f), "utf8")) as { entries: Entry[] }).entries) {
        // (the loader reads a non-English homograph by its key, in every language)
        const homographs = new Set(Object.entries(e.ambiguousNames ?? {}).filter(([l]) => l !== "en").flatMap(([, ns]) => (ns ?? []).map((n) => normalizeKey(n))));
        for (const lang of ["fa", "ar"] as const) for (const n of e.names[lang] ?? []) {
          if (commonWordReason(n, lang) === "stop word" && !e.ambiguous && !homographs.has(normalizeKey(n))) flagged.push(`${f} ${e.id} ${lang} "${n}"`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });
});
