// Pass 5: an event word inside a relative clause set off by commas takes only that clause's dates (_event-facts);
// "X aide Y" makes X a possessor (03-references); "after the impeachment of X" names no side (cues.json genitive);
// the place a leaving told with a word of another time goes to is no venue (cues.json departureWord); and "met Y and
// lunched with business leaders" keeps the meeting with Y (05-events oneSided). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2019-05-15";
const pairs = (f: ReturnType<typeof facts>) => events(f, "meeting").map((e) => e.who);

describe("pass 5: a relative clause's own dates", () => {
  it("en: 'X, who hosted the talks at his palace, said they would sign on Friday' does not date the talks Friday", () => {
    const f = facts(
      "Benjamin Netanyahu and Mahmoud Abbas met for two hours in Amman on Wednesday. King Abdullah II, who hosted the talks at his palace, told reporters the two sides would sign a document on Friday.",
      D,
    );
    const theirs = events(f, "meeting").filter((e) => e.who.includes(P("mahmoud-abbas")));
    expect(theirs.map((e) => e.date)).toEqual(["2019-05-15"]);
    expect(theirs[0].who).toContain(P("abdullah-ii-of-jordan"));
  });
});

describe("pass 3 and 5: who is no side", () => {
  it("en: 'Abbas aide X' is Abbas's aide, not Abbas", () => {
    const f = facts("Benjamin Netanyahu met Abbas aide Hussein al-Sheikh in Jerusalem on Wednesday.", D);
    expect(pairs(f).flat()).not.toContain(P("mahmoud-abbas"));
  });
  it("en: 'after the impeachment of X' leaves X out", () => {
    const f = facts("Alberto Fernández received Evo Morales in Buenos Aires on Wednesday, a year after the ouster of Sebastián Piñera and the impeachment of Dilma Rousseff.", D);
    expect(pairs(f)).toEqual([[P("alberto-fernandez"), P("evo-morales")]]);
  });
  it("en: 'met Y and lunched with business leaders' is a meeting with Y", () => {
    const f = facts("Evo Morales later met Gabriel Boric and lunched with business leaders.", D);
    expect(pairs(f)).toEqual([[P("evo-morales"), P("gabriel-boric")]]);
  });
});

describe("pass 5: where a leaving of another time goes is no venue", () => {
  it("en and fa: 'before returning to X', «پیش از عزیمت به X»", () => {
    const en = facts("Evo Morales met Gabriel Boric on Wednesday before returning to La Paz.", D);
    expect(events(en, "meeting").map((e) => e.place)).not.toContain("place/la-paz");
    const fa = facts("اوو مورالس روز چهارشنبه پیش از عزیمت به لاپاز با گابریل بوریک دیدار کرد.", D);
    expect(events(fa, "meeting").map((e) => e.place)).not.toContain("place/la-paz");
  });
});
