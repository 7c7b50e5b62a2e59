// Pass 6 (leadSigningPlace): the signers told right after a signing sign where it was signed, a place of its own
// clause, not one of the relative clause that says what the document does. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

describe("pass 6: the place of the signing told before", () => {
  it("a country in the document's relative clause is no place of the signing", () => {
    const f = facts(
      "نمایندگان سه حزب روز دوشنبه موافقتنامه‌ای را امضا کردند که بر اساس آن انتخابات در عراق برگزار می‌شود.\n\nموافقتنامه را کامران سروش، رئیس هیئت دولت، و بهروز تابان، رئیس هیئت جبهه ملی، امضا کردند.",
      "2010-04-12",
    );
    const e = events(f, "meeting").find((x) => x.who.includes("کامران سروش"));
    expect(e).toBeDefined();
    expect(e!.place).not.toBe("place/iraq");
  });

  it("the city of the signing's own clause still is", () => {
    const f = facts(
      "نمایندگان سه حزب روز دوشنبه در ژنو موافقتنامه‌ای را امضا کردند.\n\nموافقتنامه را کامران سروش، رئیس هیئت دولت، و بهروز تابان، رئیس هیئت جبهه ملی، امضا کردند.",
      "2010-04-12",
    );
    expect(events(f, "meeting").find((x) => x.who.includes("کامران سروش"))?.place).toBe("place/geneva");
  });
});
