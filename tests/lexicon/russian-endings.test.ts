// The lexicon loader (lexicon/index.ts, russianEndingVariants) also reads an English name written "-yev" / "-yeva"
// after a vowel (the BGN/PCGN style) in the "-ev" / "-eva" style of the agencies of the former Soviet Union, which
// write the same people "Nazarbaev", "Alieva". Sentences of this test written for it.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import { russianEndingVariants } from "../../src/lexicon/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";

describe("russianEndingVariants: -yev after a vowel is also -ev", () => {
  it("drops the y of a final -yev / -yeva after a vowel, in full names and surnames alike", () => {
    expect(russianEndingVariants("Kanat Saudabayev")).toEqual(["Kanat Saudabayev", "Kanat Saudabaev"]);
    expect(russianEndingVariants("Bakiyev")).toEqual(["Bakiyev", "Bakiev"]);
    expect(russianEndingVariants("Dariga Nazarbayeva")).toEqual(["Dariga Nazarbayeva", "Dariga Nazarbaeva"]);
  });
  it("leaves other names as written: -ev after a consonant, a -yev word too short, a name in another script", () => {
    expect(russianEndingVariants("Dmitry Medvedev")).toEqual(["Dmitry Medvedev"]);
    expect(russianEndingVariants("Yevgeny Primakov")).toEqual(["Yevgeny Primakov"]);
    expect(russianEndingVariants("Ayev")).toEqual(["Ayev"]);
    expect(russianEndingVariants("نورسلطان نظربایف")).toEqual(["نورسلطان نظربایف"]);
  });
  it("an article in the -ev style finds the lexicon's -yev people", () => {
    const text = "date 2008-05-20\n\nTashkent, 20.05.2008 (UzA) - President Islam Karimov received President of Kyrgyzstan Kurmanbek Bakiev. Later Karimov had a telephone conversation with Nursultan Nazarbaev.";
    const r = processArticle(articleFromText(text, { uri: "t.txt" }) as Article);
    const names = r.people.map((p) => p.name);
    expect(names).toContain("Nursultan Nazarbayev");
    expect(names).toContain("Kurmanbek Bakiyev");
  });
});
