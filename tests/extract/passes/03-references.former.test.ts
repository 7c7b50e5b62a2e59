// Pass 3 (references), a class found by the chancelleries suite (tests/extract/chancelleries): a title that says its
// office is no longer held ("former Prime Minister X", "ex-President X", offices.json modifiers.former) makes X no
// holder that a bare "the Prime Minister" refers back to, while "the former chancellor" still does. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-03-04"; // a Tuesday
const SCHOLZ = P("olaf-scholz");

describe("pass 3: a former holder is no antecedent of the bare title", () => {
  it("'Former Prime Minister X' is not 'the Prime Minister' who met someone", () => {
    const f = facts("Former Prime Minister Theresa May praised the talks in a speech. The Prime Minister met Chancellor Olaf Scholz in London on Monday.", D);
    expect(met(f, P("theresa-may"), SCHOLZ)).toEqual([]);
  });
  it("nor 'ex-President X'", () => {
    const f = facts("Ex-President Joachim Gauck welcomed the decision on Sunday. The President met Chancellor Olaf Scholz in Berlin on Monday.", D);
    expect(met(f, P("joachim-gauck"), SCHOLZ)).toEqual([]);
  });
  it("a title that is itself former still refers back to the former holder («پادشاه سابق»)", () => {
    const f = facts("Former Chancellor Angela Merkel arrived in Berlin on Monday. The former chancellor met Chancellor Olaf Scholz at the Chancellery.", D);
    expect(met(f, P("angela-merkel"), SCHOLZ)).toHaveLength(1);
  });
  it("a holder named with the title alone is still its antecedent", () => {
    const f = facts("Prime Minister Keir Starmer arrived in Berlin on Monday. The Prime Minister met Chancellor Olaf Scholz at the Chancellery.", D);
    expect(met(f, P("keir-starmer"), SCHOLZ)).toHaveLength(1);
  });
});

describe("pass 3: an English title led by the indefinite article refers back to no one", () => {
  it("'talks with a German chancellor' is not the chancellor named before", () => {
    const f = facts("Chancellor Olaf Scholz arrived in Paris on Monday. Macron's predecessor last held talks with a German chancellor in Paris in 2016, officials said.", D);
    expect(met(f, SCHOLZ, P("emmanuel-macron"))).toEqual([]);
  });
  it("the definite title still does", () => {
    const f = facts("Chancellor Olaf Scholz arrived in Paris on Monday. President Emmanuel Macron held talks with the German chancellor at the Elysee.", D);
    expect(met(f, SCHOLZ, P("emmanuel-macron"))).toHaveLength(1);
  });
});
