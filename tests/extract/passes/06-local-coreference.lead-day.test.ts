// Pass 6 (local coreference, _lead-day.ts): an undated meeting told right after a sentence dated by its own words
// that names all its people goes on telling that day, and is no report of the same people's meeting of another day
// told later. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 6: the day of the sentence before", () => {
  it("'A and B announced on Friday … The two leaders met …' is Friday's, not the dinner of Thursday told later", () => {
    const f = facts(
      "Prime Minister Fumio Kishida and President Joe Biden announced on Friday a new chip pact. The two leaders met at the Akasaka Palace for talks. " +
        "Mr. Biden arrived in Tokyo on Thursday evening and was greeted at the airport by Foreign Minister Yoshimasa Hayashi. He and First Lady Jill Biden later joined Mr. Kishida and Yuko Kishida for a private dinner.",
      "2023-05-20",
    );
    const dates = met(f, P("joe-biden"), P("fumio-kishida")).map((e) => e.date).sort();
    expect(dates).toEqual(["2023-05-18", "2023-05-19"]);
  });
  it("the sentence before naming only one of the two gives no day", () => {
    const f = facts("President Joe Biden arrived in Tokyo on Friday. Prime Minister Fumio Kishida and he held talks at the Akasaka Palace.", "2023-05-20");
    for (const e of met(f, P("joe-biden"), P("fumio-kishida"))) expect(e.date).not.toBe("2023-05-19");
  });
});
