// Pass 5 (events), classes found by the eurasia suite (tests/extract/eurasia): the English services of the agencies
// of the former Soviet Union and the Balkans. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const ALIYEV = P("ilham-aliyev");
const PASHINYAN = P("nikol-pashinyan");
const MIRZOYAN = P("ararat-mirzoyan");
const BAYRAMOV = P("jeyhun-bayramov");

describe("pass 5: talks that 'continued with the participation of' people are joined by them", () => {
  const cases = [
    "Ilham Aliyev and Nikol Pashinyan met in Granada on Monday. The talks began one-on-one and later continued with the participation of Ararat Mirzoyan and Jeyhun Bayramov.",
    "Ilham Aliyev and Nikol Pashinyan held talks in Granada on Monday. After a tete-a-tete, the talks continued in an extended format with the participation of Ararat Mirzoyan and Jeyhun Bayramov.",
  ];
  for (const text of cases) {
    it(text.split(". ")[1], () => {
      const f = facts(text, D);
      const [m] = met(f, ALIYEV, PASHINYAN);
      expect(m).toBeDefined();
      expect(met(f, ALIYEV, MIRZOYAN).length).toBeGreaterThan(0);
      expect(met(f, PASHINYAN, BAYRAMOV).length).toBeGreaterThan(0);
      expect(met(f, MIRZOYAN, BAYRAMOV)[0]?.date).toBe("2025-05-05");
    });
  }
  it("not a meeting held with no one told before it to join", () => {
    const f = facts("The ministers signed a memorandum. Jeyhun Bayramov said later that the process would continue with the participation of Ararat Mirzoyan.", D);
    expect(met(f, BAYRAMOV, MIRZOYAN).length).toBe(0);
  });
});

const RECEAN = P("dorin-recean");
const VDL = P("ursula-von-der-leyen");
const MICHEL = P("charles-michel");
const SANDU = P("maia-sandu");
const ZELENSKY = P("volodymyr-zelensky");

describe("pass 5: a signing told by one side, then by the other ('the document was signed by')", () => {
  it("the lone signer of the first sentence signs at the table of the signers the next one names", () => {
    const f = facts("Prime Minister Dorin Recean signed the financing agreement in Luxembourg on Tuesday. On behalf of the Union, the document was signed by Ursula von der Leyen and Charles Michel.", D);
    expect(met(f, RECEAN, VDL)[0]?.date).toBe("2025-05-06");
    expect(met(f, RECEAN, MICHEL).length).toBe(1);
  });
  it("not a passive signing of another day, nor one after another event", () => {
    const f1 = facts("Prime Minister Dorin Recean signed the financing agreement in Luxembourg on Tuesday. The earlier loan was signed by Ursula von der Leyen and Charles Michel in 2019.", D);
    expect(met(f1, RECEAN, VDL).length).toBe(0);
    const f2 = facts("Dorin Recean signed the financing agreement on Tuesday. Maia Sandu then met Volodymyr Zelensky in Kyiv. The document was signed by Ursula von der Leyen and Charles Michel.", D);
    expect(met(f2, RECEAN, VDL).length).toBe(0);
  });
  it("a signing 'on the same occasion' joins the ceremony just told, its 'with' naming a side", () => {
    const f = facts("Ursula von der Leyen and Charles Michel signed the agreement with Moldova in Brussels on Tuesday. On the same occasion, the agreement with Ukraine was signed by Volodymyr Zelensky and Maia Sandu.", D);
    expect(met(f, VDL, ZELENSKY)[0]?.date).toBe("2025-05-06");
    expect(met(f, MICHEL, SANDU).length).toBe(1);
  });
});

const PUTIN = P("vladimir-putin");
const TOKAYEV = P("kassym-jomart-tokayev");

describe("pass 5: 'the (previous) talks of the two heads of state took place in X on D' is a meeting of its own day", () => {
  it("a background meeting told by a meeting noun and 'of the two …' is kept with its own day and place", () => {
    const f = facts("Vladimir Putin met Kassym-Jomart Tokayev in Astana on Tuesday. The previous talks of the two heads of state took place in Sochi on 17 June 2022.", D);
    const ms = met(f, PUTIN, TOKAYEV);
    expect(ms.map((m) => m.date).sort()).toEqual(["2022-06-17", "2025-05-06"]);
    expect(ms.find((m) => m.date === "2022-06-17")?.place).toBe("place/sochi");
    expect(ms.find((m) => m.date === "2025-05-06")?.place).toBe("place/astana");
  });
  it("the venue told of a meeting of another day is not the meeting just reported's", () => {
    const f = facts("Vladimir Putin met Kassym-Jomart Tokayev on Tuesday. The meeting of the two presidents took place in Sochi on 17 June 2022.", D);
    expect(met(f, PUTIN, TOKAYEV).find((m) => m.date === "2025-05-06")?.place ?? null).toBeNull();
  });
  it("the same meeting told again by its noun is no second meeting", () => {
    const f = facts("Vladimir Putin met Kassym-Jomart Tokayev on Tuesday. The meeting of the two presidents lasted three hours.", D);
    expect(met(f, PUTIN, TOKAYEV).length).toBe(1);
  });
});
