// Pass 5 (_signings.signingCeremony with _both-sides.addBothSides; events.json "handed over … to", cues.json gesture
// "handed", bothSides "the two principals"): a signing "in the presence of the two heads of state" seats the pair the
// phrase stands for at the signers' table; a mediator who "handed over the documents to the two principals" right
// after a signing is at that ceremony (a gesture of it, "to" being the phrase's own preposition). Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const SCHOLZ = P("olaf-scholz");
const MACRON = P("emmanuel-macron");
const WANG = P("wang-yi");
const LAVROV = P("sergey-lavrov");
const MELONI = P("giorgia-meloni");
const D = "2025-05-22";

describe("'in the presence of the two heads of state, A and B signed …'", () => {
  it("the two leaders of the talks told before are at the signing", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron held talks in Paris on Tuesday. The two leaders also toured an exhibition. On Wednesday, in the presence of the two heads of state, Wang Yi and Sergey Lavrov signed a contract on gas supplies.", D);
    expect(met(f, SCHOLZ, WANG).map((e) => e.date)).toEqual(["2025-05-21"]);
    expect(met(f, MACRON, LAVROV)).toHaveLength(1);
    expect(met(f, WANG, LAVROV)).toHaveLength(1);
  });
});

describe("'he handed over the documents to the two principals' after a signing", () => {
  it("the mediator is at the signing ceremony", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron signed the peace accord in Geneva on Tuesday. The mediator, Giorgia Meloni, was applauded when she handed over the documents to the two principals.", D);
    expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
    expect(met(f, MELONI, MACRON)).toHaveLength(1);
    expect(met(f, SCHOLZ, MACRON)).toHaveLength(1);
  });
  it("'to the two countries' stays a phrase of relations (no one added)", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron signed the peace accord in Geneva on Tuesday. Giorgia Meloni later spoke about the ties to the two countries in Rome.", D);
    expect(met(f, MELONI, SCHOLZ)).toEqual([]);
  });
});
