// _mentions.actorsIn (pronounBeforeVerb): an English subject pronoun or a title reference that opens its clause
// stays a side of a meeting whose two or more named people all stand after its verb, past the verb's adverbs
// ("He also met A and B", "The Chinese leader later met A and B"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2022-11-16";
const XI = P("xi-jinping");
const MACRON = P("emmanuel-macron");
const RUTTE = P("mark-rutte");

describe("a reference subject before 'also met A and B'", () => {
  it("a pronoun past 'also'", () => {
    const f = facts("Xi Jinping arrived in Bali on Monday. He also met Emmanuel Macron and Mark Rutte on Tuesday.", D);
    expect(met(f, XI, MACRON)).toHaveLength(1);
    expect(met(f, XI, RUTTE)).toHaveLength(1);
  });
  it("a title reference with its country adjective, past 'later'", () => {
    const f = facts("Xi Jinping arrived in Bali on Monday. The Chinese leader later met Emmanuel Macron and Mark Rutte on Tuesday.", D);
    expect(met(f, XI, MACRON)).toHaveLength(1);
    expect(met(f, XI, RUTTE)).toHaveLength(1);
  });
  it("a title reference after the verb is not the subject: 'A and B met the Chinese leader'", () => {
    const f = facts("Xi Jinping arrived in Bali on Monday. Emmanuel Macron and Mark Rutte later met the Chinese leader on Tuesday.", D);
    expect(met(f, XI, MACRON)).toHaveLength(1);
  });
});
