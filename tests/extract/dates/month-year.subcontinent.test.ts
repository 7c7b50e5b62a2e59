// findDates, a class found by the subcontinent suite (tests/extract/subcontinent): a day and month without a year
// after the same month told with its year in the sentence is of that year ("in June last year, … on June 27"), not the
// occurrence nearest the paper's day; another month's day is not. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { resolveDate } from "../../../src/extract/dates/index.js";
import { dates } from "./helpers.js";

const bound = (sentence: string, pub: string) => dates(sentence).map((d) => resolveDate(d.value, pub).date);

describe("a yearless day after its month with a year", () => {
  it("'in June last year, when … on June 27' is the 27th of last year's June", () => {
    expect(bound("The king had last visited Thimphu in June last year, when he opened the bridge on June 27.", "2020-11-19")).toEqual(["2019-06-01", "2019-06-27"]);
  });
  it("'in March 2017, … on March 5' takes the written year", () => {
    expect(bound("She came to Dhaka in March 2017 and met the minister on March 5.", "2020-11-19")).toEqual(["2017-03-01", "2017-03-05"]);
  });
  it("a day of another month keeps its own reading", () => {
    expect(bound("She came to Dhaka in June last year and left on July 2.", "2020-11-19")).toEqual(["2019-06-01", "2020-07-02"]);
  });
});
