// Pass 1: a weekday that is also a town (دوشنبه: Monday, and Dushanbe), a class found by the dispatches suite
// (tests/extract/dispatches). Sentences written for these tests.
//   - opening a dateline ("دوشنبه - خبرگزاری -") it is the town the report is filed from;
//   - contradicted by the full date of its own sentence ("شنبه ۵ مرداد ۱۳۸۷ … در کاخ ملت دوشنبه": a Saturday) it is
//     the town, and dates nothing.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const RAHMON = P("emomali-rahmon");

describe("pass 1: دوشنبه as the town, not Monday", () => {
  it("fa: the dateline's دوشنبه and the venue's دوشنبه do not date the meeting", () => {
    const f = facts(
      "دوشنبه - ایرنا - محمدجواد ظریف وزیر امور خارجه صبح امروز شنبه ۱۲ مهر ۱۳۹۹ در کاخ ملت دوشنبه با امامعلی رحمان دیدار کرد.",
      "2020-10-03",
    );
    const withRahmon = events(f, "meeting").filter((e) => e.who.includes(RAHMON));
    expect(withRahmon.map((e) => e.date)).toEqual(["2020-10-03"]);
  });
  it("fa: a bare دوشنبه the sentence's date does not contradict still dates it", () => {
    const f = facts("محمدجواد ظریف وزیر امور خارجه روز دوشنبه با امامعلی رحمان دیدار کرد.", "2020-10-07");
    expect(events(f, "meeting").filter((e) => e.who.includes(RAHMON)).map((e) => e.date)).toEqual(["2020-10-05"]);
  });
});
