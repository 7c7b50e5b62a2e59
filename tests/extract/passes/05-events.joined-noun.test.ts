// Pass 5 (_joiners.namedMeeting): who "was present at the talks" joins the meeting told with that noun, not a dinner
// or another meeting told since with another word. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

describe("pass 5: a join phrase names its meeting by its noun", () => {
  it("en: 'Also present at the talks were …' after a dinner told on the day before", () => {
    const f = facts(
      "Narendra Modi held talks with Fumio Kishida in New Delhi on Monday. Kishida had arrived on Sunday, and Modi hosted a private dinner for him that evening. Also present at the talks were Subrahmanyam Jaishankar and Yoshimasa Hayashi.",
      "2023-03-20",
    );
    const talks = events(f, "meeting").find((e) => e.date === "2023-03-20");
    expect(talks?.who).toEqual(expect.arrayContaining([P("subrahmanyam-jaishankar"), P("yoshimasa-hayashi")]));
    const dinner = events(f, "meeting").find((e) => e.date === "2023-03-19");
    expect(dinner?.who ?? []).not.toContain(P("subrahmanyam-jaishankar"));
  });
});
