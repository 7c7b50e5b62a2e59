// Pass 5 (_distributed-days.sequentialObjects): "X met A on the sidelines of the summit, and B": a phrase of place or
// occasion after the first object, closed by ", and", ends that meeting; B met X apart (A and B did not meet). Not an
// apposition ("A, the prime minister of Y, and B") nor a list with no comma. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2016-09-08";
const MACRON = P("emmanuel-macron");
const MERKEL = P("angela-merkel");
const TRUDEAU = P("justin-trudeau");

describe("pass 5: a closed phrase of occasion between two objects", () => {
  it("'met A on the sidelines of the summit, and B': two meetings", () => {
    const f = facts("Emmanuel Macron met German Chancellor Angela Merkel on the sidelines of the G20 summit, and Canadian Prime Minister Justin Trudeau.", D);
    expect(met(f, MACRON, MERKEL)).toHaveLength(1);
    expect(met(f, MACRON, TRUDEAU)).toHaveLength(1);
    expect(met(f, MERKEL, TRUDEAU)).toEqual([]);
  });
  it("'met A at the Elysee Palace, and B'", () => {
    const f = facts("Emmanuel Macron met Angela Merkel at the Elysee Palace, and Justin Trudeau.", D);
    expect(met(f, MERKEL, TRUDEAU)).toEqual([]);
  });
  it("an apposition between the objects, or no comma, leaves one meeting", () => {
    const f = facts("Emmanuel Macron met Angela Merkel, the German chancellor, and Justin Trudeau.", D);
    expect(met(f, MERKEL, TRUDEAU)).toHaveLength(1);
    const g = facts("Emmanuel Macron met Angela Merkel and Justin Trudeau in Paris.", D);
    expect(met(g, MERKEL, TRUDEAU)).toHaveLength(1);
  });
});
