// Per-token facts that every PhraseMatcher (matcher.ts) reads, computed once per token array.
import type { Token } from "../model.js";
import { isArabicScript, normalizeKey } from "./normalize.js";

const SOFT_TOKEN = /^[-\u2010\u2011\u2012\u2013\u2014'\u2018\u2019`\u02BC\u0640_]+$/;

/**
 * Arabic-script words that are never half of a glued word: "و زیر" is "and under", not "وزیر".
 * They may still be inside a phrase where the phrase itself has a space ("وزیر و نماینده").
 */
const FUNCTION_WORDS = new Set(
  ["و", "به", "از", "در", "با", "که", "را", "تا", "بر", "یا", "هم", "این", "آن", "في", "من", "على", "عن", "إلى", "ما", "لا", "أو", "ثم", "قد", "هو", "هي"].map(
    (w) => normalizeKey(w),
  ),
);

// Token keys as small integers, shared by every matcher: a dozen matchers read each token of each
// sentence, and an array indexed by id is a much cheaper memo than a Map by string per matcher. Only
// word-sized keys get an id (see normalizeKey's memo), and at most MAX_KEY_IDS of them: other keys
// (-1) are looked up without a memo.
const keyIds = new Map<string, number>();
const MAX_KEY_IDS = 200_000;

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    if (key.length > 12 || keyIds.size >= MAX_KEY_IDS) return -1;
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

/** Per-token facts every matcher needs; the same as computing them per findAll call. */
export interface TokenFlags {
  /** Arabic-script word. */
  arabic: boolean[];
  /** May be glued to a neighbouring Arabic-script word inside a phrase (see the header). */
  glue: boolean[];
  /** A hyphen/apostrophe-like token, skipped inside phrases. */
  soft: boolean[];
  /** keyId() of each token's key. */
  ids: Int32Array;
}

// A sentence's tokens go through a dozen matchers (people, places, titles, cues, topics...): the flags
// are computed once per token array. Token arrays are not modified after prepare(); the length check
// guards against one that grew.
const flagCache = new WeakMap<Token[], TokenFlags>();

export function tokenFlags(tokens: Token[]): TokenFlags {
  const cached = flagCache.get(tokens);
  if (cached && cached.arabic.length === tokens.length) return cached;
  const arabic = tokens.map((t) => !t.punct && isArabicScript(t.text));
  const glue = tokens.map((t, k) => arabic[k] && t.key.length >= 2 && !FUNCTION_WORDS.has(t.key));
  const soft = tokens.map((t) => SOFT_TOKEN.test(t.key));
  const ids = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) ids[k] = keyId(tokens[k].key);
  const flags = { arabic, glue, soft, ids };
  flagCache.set(tokens, flags);
  return flags;
}
