// foldLatin (src/text/normalize.ts): a Latin-script key without its accents, as English text often writes a foreign
// name (the given-names loader adds both forms).
import { describe, expect, it } from "vitest";
import { foldLatin, normalizeKey } from "../../src/text/normalize.js";

describe("foldLatin", () => {
  it("drops combining accents and folds the letters NFD keeps whole", () => {
    expect(["Czesław", "José", "Şükrü", "Łukasz", "Søren", "Đức", "Işık", "Straße"].map((w) => foldLatin(normalizeKey(w)))).toEqual([
      "czeslaw",
      "jose",
      "sukru",
      "lukasz",
      "soren",
      "duc",
      "isik",
      "strasse",
    ]);
  });
  it("leaves a plain key and Arabic script as they are", () => {
    expect(foldLatin("kurt")).toBe("kurt");
    expect(foldLatin(normalizeKey("محمد"))).toBe(normalizeKey("محمد"));
  });
});
