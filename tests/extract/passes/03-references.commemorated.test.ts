// Pass 3 (markGenitives): a person after a noun of commemoration (cues.json genitive: "the statue of", "the tomb of",
// «آرامگاه», «ضريح», «ذكرى») is not there, past a title and its modifier ("the statue of former President X"): no
// side of the contact the sentence tells. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-05-10";
const pairs = (f: ReturnType<typeof facts>) => events(f, "meeting").map((e) => e.who);

describe("pass 3: who is commemorated is no side", () => {
  it("en: 'laid a wreath at the statue of former President X' after a meeting", () => {
    const f = facts("Ilham Aliyev met Emmanuel Macron in Baku on Friday and later laid a wreath at the statue of former President Heydar Aliyev.", D);
    expect(pairs(f)).toEqual([[P("emmanuel-macron"), P("ilham-aliyev")]]);
  });
  it("fa: «با حضور در آرامگاه X» beside a meeting", () => {
    const f = facts("الهام علی‌اف روز جمعه در باکو با امانوئل ماکرون دیدار کرد و سپس با حضور در آرامگاه حیدر علی‌اف ادای احترام کرد.", D);
    expect(pairs(f)).toEqual([[P("emmanuel-macron"), P("ilham-aliyev")]]);
  });
  it("ar: «عند ضريح X» in the meeting's own clause", () => {
    const f = facts("التقى الرئيس إلهام علييف الرئيس الفرنسي إيمانويل ماكرون يوم الجمعة في باكو عند ضريح الرئيس الراحل عبد الكريم الفلاحي.", D);
    expect(pairs(f)).toEqual([[P("emmanuel-macron"), P("ilham-aliyev")]]);
  });
});
