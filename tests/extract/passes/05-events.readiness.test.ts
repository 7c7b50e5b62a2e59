// Pass 5: readiness and requests are plans (events.json modality planned: "would be happy to meet", "is seeking a
// meeting"), and a gerund after "after", "before" or "while" is a meeting of the clause's subject (events.json meeting:
// "after meeting", "while meeting with"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";

describe("pass 5: a meeting someone would be happy to hold, or seeks, is planned", () => {
  for (const text of [
    "Olaf Scholz said he would be happy to meet Emmanuel Macron in Paris on Friday.",
    "Olaf Scholz would be willing to meet Emmanuel Macron before the summit.",
    "Olaf Scholz is seeking a meeting with Emmanuel Macron.",
    "Olaf Scholz has been pressing for a meeting with Emmanuel Macron for weeks.",
  ]) {
    it(text, () => {
      expect(events(facts(text, D)).map((e) => e.kind)).toEqual(["planned"]);
    });
  }
});

describe("pass 5: a gerund after 'after' or 'while' is a meeting of the clause's subject", () => {
  for (const text of [
    "Olaf Scholz and Emmanuel Macron announced a joint fund after meeting at the Elysee Palace on Tuesday.",
    "Olaf Scholz spoke about energy prices while meeting with Emmanuel Macron in Paris on Tuesday.",
  ]) {
    it(text, () => {
      expect(met(facts(text, D), A, B).map((e) => e.date)).toEqual(["2025-05-06"]);
    });
  }
});
