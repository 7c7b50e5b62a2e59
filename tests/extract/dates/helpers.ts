// Test helpers for the date recogniser: run findDates on a sentence with the project tokenizer and
// return compact results.
import type { DateValue, Token } from "../../../src/model.js";
import { findDates, type DateMention } from "../../../src/extract/dates/index.js";
import { tokenize } from "../../../src/text/tokenize.js";
import { normalizeKey } from "../../../src/text/normalize.js";

export function dates(sentence: string): DateMention[] {
  return findDates(tokenize(sentence), sentence);
}

/** The only date of a sentence (fails when there are none or several). */
export function only(sentence: string): DateValue {
  const found = dates(sentence);
  if (found.length !== 1) throw new Error(`expected one date in «${sentence}», got ${JSON.stringify(found)}`);
  return found[0].value;
}

/** A crude tokenizer that only splits on white space: the recogniser must not depend on token grouping. */
export function spaceTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], key: normalizeKey(m[0]), start, end: start + m[0].length, punct: false });
  }
  return out;
}
