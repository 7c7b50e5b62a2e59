// Pass 5: a plan said with an adverb inside it ("is also expected to meet", "is now due to meet") or with no
// auxiliary at all ("…, expected to meet …", "scheduled to") is a plan; a plan said in a relative clause about a person
// after the meeting ("…, who is due to fly to Oslo on Friday") is that person's, not the meeting's.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2021-03-10"; // a Wednesday

describe("pass 5: plans with an adverb or without an auxiliary", () => {
  const planned = [
    "Sergey Lavrov is also expected to meet Antony Blinken in Reykjavik on Thursday.",
    "Sergey Lavrov is now due to meet Antony Blinken in Reykjavik on Thursday.",
    "Sergey Lavrov, expected to meet Antony Blinken on Thursday, arrived in Reykjavik.",
    "Sergey Lavrov is scheduled to meet Antony Blinken in Reykjavik on Thursday.",
    "Sergey Lavrov was originally slated to meet Antony Blinken in Reykjavik on Thursday.",
  ];
  for (const text of planned) {
    it(text, () => {
      const f = facts(text, D);
      expect(events(f, "meeting")).toEqual([]);
      expect(events(f, "planned").map((e) => e.who)).toEqual([[P("antony-blinken"), P("sergey-lavrov")]]);
    });
  }
  it("'due to' as 'because of' plans nothing", () => {
    const f = facts("Sergey Lavrov met Antony Blinken in Reykjavik on Monday; the flights had been late due to fog.", D);
    expect(events(f, "meeting")).toHaveLength(1);
  });
});

describe("pass 5: a relative clause about a person keeps its plan to itself", () => {
  const held = [
    "Sergey Lavrov met Antony Blinken in Reykjavik on Monday, who is due to fly to Oslo on Friday.",
    "Sergey Lavrov met Antony Blinken, who will travel to Oslo next week, in Reykjavik on Monday.",
  ];
  for (const text of held) {
    it(text, () => {
      const f = facts(text, D);
      expect(events(f, "meeting").map((e) => e.who)).toEqual([[P("antony-blinken"), P("sergey-lavrov")]]);
      expect(events(f, "planned")).toEqual([]);
    });
  }
});

describe("pass 5: a plan said of the event noun that opens the clause, past its sides", () => {
  const planned = [
    "The meeting between Sergey Lavrov and Antony Blinken will be held in Reykjavik.",
    "The meeting between Sergey Lavrov and Antony Blinken, which was announced on Monday, will take place in Reykjavik.",
    "Talks between Sergey Lavrov and Antony Blinken are expected to take place in Reykjavik.",
    "الاجتماع بين سيرغي لافروف وأنتوني بلينكن سيعقد في ريكيافيك.",
  ];
  for (const text of planned) {
    it(text, () => {
      const f = facts(text, D);
      expect(events(f, "meeting")).toEqual([]);
      expect(events(f, "planned").map((e) => e.who)).toEqual([[P("antony-blinken"), P("sergey-lavrov")]]);
    });
  }
  it("what held talks will do plans nothing", () => {
    const f = facts("The talks between Sergey Lavrov and Antony Blinken on Monday will help ease tensions.", D);
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2021-03-08"]);
  });
  it("nor does a plan of the next meeting after a held one", () => {
    const f = facts("Sergey Lavrov met Antony Blinken on Monday and their next meeting will be held in May.", D);
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2021-03-08"]);
  });
});
