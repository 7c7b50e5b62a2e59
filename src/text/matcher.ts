// PhraseMatcher: finds lexicon phrases in a token list, fast, for every lexicon (people, places,
// titles, verbs...).
//
// Phrases are stored in ONE character trie over their normalised keys with the spaces removed, so
// word boundaries are optional on both sides: the phrase "أبو قصرة" matches the token "ابوقصره",
// "کاخ‌الشعب" matches "کاخ الشعب", and "ریاست جمهوری" matches "ریاستجمهوری" (Persian often loses
// or adds spaces where a ZWNJ belongs). A match must START at the start of a token and END at the
// end of a token. Rules for crossing a boundary between two text tokens in the middle of a phrase:
//   - between two Arabic-script words: allowed (lost/extra spaces are common), except next to a
//     one-letter word or a function word ("و زیر" is not "وزیر", "به من" is not "بهمن");
//   - next to a punctuation token: allowed (the punctuation itself must be in the phrase: "U.S.");
//   - between other words (Latin, digits): only where the phrase had a space or hyphen, so the
//     phrase "Iran" does not match "I ran".
// Hyphens, apostrophes and similar marks are removed from phrase keys (turned into soft boundaries)
// and skipped in the text inside a phrase, so "Al-Sharaa" = "Al Sharaa".
//
// Option `proclitics`: for an Arabic-script token where no phrase starts, try again after one
// leading proclitic (و ف ب ل, وب ول فب فل; "لل" → "ال"): "وبوتين" → بوتين, "بموسكو" → موسكو.
//
// Storage: one Map from (node id, UTF-16 code unit) to child node id, plus per-node arrays, which
// keeps 20k phrases (a few hundred thousand nodes) compact and fast to build.
import type { Token } from "../model.js";
import { isArabicScript, normalizeKey } from "./normalize.js";

export interface PhraseMatch<T> {
  /** Index of the first token of the match. */
  start: number;
  /** Index after the last token of the match (exclusive). */
  end: number;
  /** Values of every phrase with this key (deduplicated). */
  values: T[];
  /** The proclitic stripped from the first token ("و", "ب", "وب", ...), when one was. */
  proclitic?: string;
}

export interface MatchOptions {
  /** Also try matches after a leading Arabic proclitic on a token where nothing else starts. */
  proclitics?: boolean;
}

/** Characters that are soft boundaries in phrases and skippable tokens in text. */
const SOFT = /[-\u2010\u2011\u2012\u2013\u2014'\u2018\u2019`\u02BC\u0640_]/g;
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

const SINGLE_PROCLITICS = ["و", "ف", "ب", "ل"];
const DOUBLE_PROCLITICS = ["وب", "ول", "فب", "فل"];
const PROCLITICS = [...SINGLE_PROCLITICS, ...DOUBLE_PROCLITICS];

export class PhraseMatcher<T> {
  private readonly edges = new Map<number, number>();
  /** values[node]: values of phrases ending at node, or undefined. */
  private readonly values: Array<T[] | undefined> = [undefined];
  /** valueKeys[node]: JSON of values, for de-duplication on add. */
  private readonly valueKeys: Array<Set<string> | undefined> = [undefined];
  /** softAfter[node]: some phrase had a space/hyphen right after the character leading to node. */
  private readonly softAfter: boolean[] = [false];
  private nodeCount = 1;
  private phraseCount = 0;
  private built = false;

  constructor(private readonly defaults: MatchOptions = {}) {}

  /** Number of distinct phrases added. */
  get size(): number {
    return this.phraseCount;
  }

  /** Adds a phrase (any script, any spelling variant: it is normalised here). Empty phrases are ignored. */
  add(phrase: string, value: T): this {
    const spaced = normalizeKey(phrase).replace(SOFT, " ").replace(/\s+/g, " ").trim();
    if (spaced === "") return this;
    let node = 0;
    for (let i = 0; i < spaced.length; i++) {
      const c = spaced.charCodeAt(i);
      if (c === 32) continue;
      const edge = node * 65536 + c;
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.nodeCount++;
        this.edges.set(edge, next);
        this.values.push(undefined);
        this.valueKeys.push(undefined);
        this.softAfter.push(false);
      }
      node = next;
      if (spaced.charCodeAt(i + 1) === 32) this.softAfter[node] = true;
    }
    let vals = this.values[node];
    let keys = this.valueKeys[node];
    if (vals === undefined || keys === undefined) {
      vals = [];
      keys = new Set();
      this.values[node] = vals;
      this.valueKeys[node] = keys;
      this.phraseCount++;
    }
    const vk = valueKey(value);
    if (!keys.has(vk)) {
      keys.add(vk);
      vals.push(value);
    }
    return this;
  }

  /**
   * Marks the matcher complete. The trie is built as phrases are added, so this is cheap and
   * optional; phrases added later are still found.
   */
  build(): this {
    this.built = true;
    return this;
  }

  /** Has build() been called? */
  get isBuilt(): boolean {
    return this.built;
  }

  /** Longest non-overlapping matches, left to right. */
  findAll(tokens: Token[], options: MatchOptions = {}): Array<PhraseMatch<T>> {
    const proclitics = options.proclitics ?? this.defaults.proclitics ?? false;
    const arabic = tokens.map((t) => !t.punct && isArabicScript(t.text));
    const glue = tokens.map((t, k) => arabic[k] && t.key.length >= 2 && !FUNCTION_WORDS.has(t.key));
    const out: Array<PhraseMatch<T>> = [];
    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i];
      if (SOFT_TOKEN.test(tok.key)) {
        i++;
        continue;
      }
      let best = this.walk(tokens, glue, i, tok.key);
      let proclitic: string | undefined;
      if (best === null && proclitics && arabic[i]) {
        for (const p of PROCLITICS) {
          if (!tok.key.startsWith(p)) continue;
          const rest = tok.key.slice(p.length);
          if (rest.length < 2) continue;
          const candidates = [rest];
          // "للرئيس" = ل + الرئيس: the article's alef is dropped after the preposition ل.
          if (p.endsWith("ل") && rest.startsWith("ل")) candidates.push("ا" + rest);
          for (const first of candidates) {
            const m = this.walk(tokens, glue, i, first);
            if (m !== null && (best === null || m.end > best.end)) {
              best = m;
              proclitic = p;
            }
          }
        }
      }
      if (best === null) {
        i++;
        continue;
      }
      const match: PhraseMatch<T> = { start: i, end: best.end, values: best.values };
      if (proclitic !== undefined) match.proclitic = proclitic;
      out.push(match);
      i = best.end;
    }
    return out;
  }

  /** Longest phrase starting at token `start`, whose first token key is replaced by `firstKey`. */
  private walk(
    tokens: Token[],
    glue: boolean[],
    start: number,
    firstKey: string,
  ): { end: number; values: T[] } | null {
    let node = 0;
    let best: { end: number; values: T[] } | null = null;
    let prev = -1; // index of the previous consumed token
    for (let t = start; t < tokens.length; t++) {
      const tok = tokens[t];
      const key = t === start ? firstKey : tok.key;
      if (t > start) {
        // a hyphen or apostrophe inside a phrase is skipped (phrase keys have none)
        if (SOFT_TOKEN.test(key)) continue;
        const allowed =
          this.softAfter[node] || tokens[prev].punct || tok.punct || (glue[prev] && glue[t]);
        if (!allowed) break;
      }
      let ok = true;
      for (let k = 0; k < key.length; k++) {
        const c = key.charCodeAt(k);
        if (c === 32) continue;
        const next = this.edges.get(node * 65536 + c);
        if (next === undefined) {
          ok = false;
          break;
        }
        node = next;
      }
      if (!ok) break;
      prev = t;
      const vals = this.values[node];
      if (vals !== undefined && node !== 0) best = { end: t + 1, values: vals };
    }
    return best;
  }
}

function valueKey(v: unknown): string {
  if (v === null || typeof v !== "object") return typeof v + ":" + String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return "#" + String(uncomparable++); // cyclic value: never treated as a duplicate
  }
}

let uncomparable = 0;
