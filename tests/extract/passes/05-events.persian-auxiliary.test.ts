// Pass 5 (_event-parts.segments): a Persian contact verb with its auxiliary («گفت‌وگو کرده بود») ends its clause at
// the «و» after the auxiliary, so a plan told after it («و قرار است …») is the next clause's; a contact told beside a
// noun that points back at the meeting told («پیش از این دیدار») is of that meeting's day (_event-dates); and a trip
// goes to no place in a span of "since" nor "outside" one (_presence). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2024-02-12";

describe("pass 5: «… کرده بود و قرار است …» is two clauses", () => {
  it("fa: the talks before the meeting happened, of its day and place; the plan is the next clause's", () => {
    const f = facts(
      "امانوئل ماکرون روز دوشنبه در برلین با اولاف شولتس دیدار کرد. آقای ماکرون پیش از این دیدار با فرانک-والتر اشتاین‌مایر گفت‌وگو کرده بود و قرار است در نشست اتحادیه اروپا با حضور شارل میشل شرکت کند. این نخستین سفر آقای ماکرون به خارج از اتحادیه اروپا از زمان آغاز جنگ اوکراین نیست.",
      D,
    );
    const talks = met(f, P("emmanuel-macron"), P("frank-walter-steinmeier"));
    expect(talks.map((e) => [e.date, e.place])).toEqual([["2024-02-12", "place/berlin"]]);
    expect(events(f, "planned").some((e) => e.who.includes(P("frank-walter-steinmeier")))).toBe(false);
  });
  it("fa: without the auxiliary's «و», one clause stays one event", () => {
    const f = facts("امانوئل ماکرون روز دوشنبه در برلین با اولاف شولتس گفت‌وگو کرده بود.", D);
    expect(events(f, "meeting")).toHaveLength(1);
  });
});
