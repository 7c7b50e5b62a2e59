// Pass 3 (references), a class found by the eurasia suite (tests/extract/eurasia): "the Russian leader", a generic
// title of a country's leader, refers back to the one head of state or government of that country named before it.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const PUTIN = P("vladimir-putin");
const ERDOGAN = P("recep-tayyip-erdogan");
const TOKAYEV = P("kassym-jomart-tokayev");

describe("pass 3: 'the Russian leader' is the one Russian leader named before", () => {
  it("the subject of a meeting told by the generic title", () => {
    const f = facts("Vladimir Putin arrived in Astana on Tuesday. On Wednesday, the Russian leader held a meeting with Recep Tayyip Erdogan.", D);
    expect(met(f, PUTIN, ERDOGAN)[0]?.date).toBe("2025-05-07");
  });
  it("not the leader of another country named before", () => {
    const f = facts("Kassym-Jomart Tokayev arrived in Ankara on Tuesday. On Wednesday, the Russian leader held a meeting with Recep Tayyip Erdogan.", D);
    expect(met(f, TOKAYEV, ERDOGAN).length).toBe(0);
  });
});
