// Pass 1: «که» right after a Persian signing verb opens a relative clause of the document (what it says, a clause
// break), so a person named there («به ریاست X», headed by X) is no signer. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, events, facts } from "./helpers.js";

describe("pass 1: «… را امضا کردند که …»", () => {
  it("the head of a body the document sets up is no signer nor at the signing", () => {
    const f = facts(
      "نمایندگان سه حزب روز دوشنبه در شهر ژنو توافقنامه‌ای را امضا کردند که بر اساس آن یک شورای انتقالی به ریاست اشرف غنی تشکیل می‌شود.\n\nتوافقنامه را کامران سروش، رئیس هیئت دولت، و بهروز تابان، رئیس هیئت جبهه ملی، امضا کردند.",
      "2010-04-12",
    );
    for (const e of events(f)) expect(e.who).not.toContain("person/ashraf-ghani");
    expect(agreements(f).some((a) => a.who.includes("person/ashraf-ghani"))).toBe(false);
    expect(agreements(f).some((a) => a.who.includes("کامران سروش") && a.who.includes("بهروز تابان"))).toBe(true);
  });
});
