// Pass 7 on what the kayhan suite found (tests/extract/kayhan): a Persian presence list before the verb runs on past
// its commas when the signers are named before it; who signs "as witnesses" and a signing told as the time of what
// follows report no agreement of their own. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

describe("pass 7: a Persian presence list before the verb", () => {
  it("«A و B در حضور C، D و E امضا کردند»: C, D and E sign nothing", () => {
    const f = facts(
      "پیمان همکاری را ایگور ایوانف وزیر امور خارجه روسیه و جک استراو وزیر امور خارجه انگلیس در حضور ولادیمیر پوتین رئیس جمهوری روسیه، تونی بلر نخست‌وزیر انگلیس و کوفی عنان دبیرکل سازمان ملل امضا کردند.",
      "2003-06-25",
    );
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).toContain("person/igor-ivanov");
    expect(who).not.toContain("person/tony-blair");
    expect(who).not.toContain("person/kofi-annan");
  });
});

describe("pass 7: signings that report no agreement of their own", () => {
  it("who signs «به عنوان شاهد» witnesses the treaty just reported", () => {
    const f = facts(
      "رئیسان جمهوری دو کشور دیروز در کاخ الیزه معاهده صلح را امضا کردند. ژاک شیراک و کوفی عنان نیز به عنوان شاهد پای این معاهده را امضا کردند.",
      "1996-11-10",
    );
    expect(agreements(f).filter((a) => a.who.includes("person/kofi-annan"))).toEqual([]);
  });
  it("\"as witnesses\" in English too", () => {
    const f = facts("The two presidents signed the peace accord in Paris on Monday. Jacques Chirac and Kofi Annan signed it as witnesses.", "1996-11-10");
    expect(agreements(f).filter((a) => a.who.includes("person/kofi-annan"))).toEqual([]);
  });
  it("«پس از امضای قرارداد، A و B …» is the agreement already reported", () => {
    const f = facts(
      "وزیران خارجه بوسنی و کرواسی روز دوشنبه در ژنو قرارداد آتش‌بس را امضا کردند. پس از امضای قرارداد، کوفی عنان و ژاک شیراک در کنفرانس مطبوعاتی شرکت کردند.",
      "1996-11-10",
    );
    expect(agreements(f).filter((a) => a.who.includes("person/kofi-annan"))).toEqual([]);
  });
  it("a signing that opens the article's first agreement still is one", () => {
    const f = facts("پس از امضای قرارداد، ژاک شیراک و کوفی عنان در کنفرانس مطبوعاتی شرکت کردند.", "1996-11-10");
    expect(agreements(f).length).toBeGreaterThan(0);
  });
});
