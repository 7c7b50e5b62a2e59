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
// leading proclitic (و ف ب ل, وب ول فب فل; "لل" → "ال"): "وبوتين" → بوتين, "بموسكو" → موسكو; with option
// `lang` "fa" not the Arabic «ف» ("فارسی" is no ف + "آرسی").
//
// Storage: one Map from (node id, UTF-16 code unit) to child node id, plus per-node arrays, which
// keeps 20k phrases (a few hundred thousand nodes) compact and fast to build (edge-table.ts holds the
// lookup form; token-flags.ts the per-token facts; gaps.ts the phrases written with a gap; proclitics.ts the glued
// proclitics).
import type { Token } from "../model.js";
import { normalizeKey } from "./normalize.js";
import { tokenFlags, type TokenFlags } from "./token-flags.js";
import { EdgeTable } from "./edge-table.js";
import { GapPhrases, withGapMatches } from "./gaps.js";
import { procliticReadings } from "./proclitics.js";

export { procliticReadings };

export interface PhraseMatch<T> {
  /** Index of the first token of the match. */
  start: number;
  /** Index after the last token of the match (exclusive). */
  end: number;
  /** Values of every phrase with this key (deduplicated). */
  values: T[];
  /** The proclitic stripped from the first token ("و", "ب", "وب", ...), when one was. */
  proclitic?: string;
  /** For a phrase with a gap (gaps.ts), where its head starts: the match itself is its tail. */
  from?: number;
}

export interface MatchOptions {
  /** Also try matches after a leading Arabic proclitic on a token where nothing else starts. */
  proclitics?: boolean;
  /**
   * Words (keys) a phrase may lead with, such as honorifics: a match whose first words are such words yields to a
   * longer phrase that starts right after them and ends past it ("الشيخ مشعل الأحمد" to "مشعل الأحمد الجابر
   * الصباح"), so the scan does not jump over the longer phrase. Only lead words yield: "الأمير محمد بن سلمان"
   * keeps its words from "سلمان بن عبدالعزيز".
   */
  leadWords?: (key: string) => boolean;
  /**
   * The text's language: in Persian the Arabic conjunction «ف» is no proclitic ("فارسی" is not ف + "آرسی"), so
   * with "fa" only و ب ل (and وب ول) are stripped.
   */
  lang?: string;
}

/** Characters that are soft boundaries in phrases and skippable tokens in text. */
const SOFT = /[-\u2010\u2011\u2012\u2013\u2014'\u2018\u2019`\u02BC\u0640_]/g;


export class PhraseMatcher<T> {
  private readonly edges = new Map<number, number>();
  /** values[node]: values of phrases ending at node, or undefined. */
  private readonly values: Array<T[] | undefined> = [undefined];
  /** valueKeys[node]: JSON of values, for de-duplication on add. */
  private readonly valueKeys: Array<Set<string> | undefined> = [undefined];
  /** softAfter[node]: some phrase had a space/hyphen right after the character leading to node. */
  private readonly softAfter: boolean[] = [false];
  private nodeCount = 1;
  /** Lookup form of `edges`, rebuilt lazily after phrases are added (see EdgeTable). */
  private table: EdgeTable | undefined;
  /** startNode() by token key id (see keyId): node + 2, 0 = not known yet. Reset when the trie changes. */
  private startById = new Int32Array(0);
  /** startsNothing() by token key id: 0 not known yet, 1 no, 2 yes. Reset when the trie changes. */
  private nothingById = new Uint8Array(0);
  /** procliticStarts() by token key id. Reset when the trie changes. */
  private procliticById: Array<Array<[string, number]> | undefined> = [];
  /** The same, for Persian text (no «ف»). */
  private persianProcliticById: Array<Array<[string, number]> | undefined> = [];
  private phraseCount = 0;
  private built = false;
  /** Phrases with a gap ("راهی ... شد"), matched apart (see gaps.ts). */
  private readonly gaps = new GapPhrases<T>();

  constructor(private readonly defaults: MatchOptions = {}) {}

  /** Number of distinct phrases added. */
  get size(): number {
    return this.phraseCount;
  }

  /** Adds a phrase (any script, any spelling variant: it is normalised here). Empty phrases are ignored. */
  add(phrase: string, value: T): this {
    if (this.gaps.add(phrase, value)) {
      this.phraseCount++;
      return this;
    }
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
        this.table = undefined;
        this.startById = new Int32Array(0);
        this.nothingById = new Uint8Array(0);
        this.procliticById = [];
        this.persianProcliticById = [];
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
    const flags = tokenFlags(tokens);
    const { arabic } = flags;
    const out: Array<PhraseMatch<T>> = [];
    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i];
      if (flags.soft[i] || this.startsNothing(tok.key, flags.ids[i])) {
        i++;
        continue;
      }
      let best = this.walk(tokens, flags, i, this.startNode(tok.key, flags.ids[i]));
      let proclitic: string | undefined;
      if (best === null && proclitics && arabic[i]) {
        for (const [p, node] of this.procliticStarts(tok.key, flags.ids[i], options.lang === "fa")) {
          const m = this.walk(tokens, flags, i, node);
          if (m !== null && (best === null || m.end > best.end)) {
            best = m;
            proclitic = p;
          }
        }
      }
      if (best === null || (options.leadWords && this.longerAfterLead(tokens, flags, i, best.end, options.leadWords))) {
        i++;
        continue;
      }
      const match: PhraseMatch<T> = { start: i, end: best.end, values: best.values };
      if (proclitic !== undefined) match.proclitic = proclitic;
      out.push(match);
      i = best.end;
    }
    return this.gaps.size ? withGapMatches(out, this.gaps.findAll(tokens)) : out;
  }

  /** Does a phrase start right after lead words at `start`, before `end`, and end past `end`? (no proclitics) */
  private longerAfterLead(tokens: Token[], flags: TokenFlags, start: number, end: number, lead: (key: string) => boolean): boolean {
    for (let j = start + 1; j < end && lead(tokens[j - 1].key); j++) {
      if (flags.soft[j] || this.startsNothing(tokens[j].key, flags.ids[j])) continue;
      const m = this.walk(tokens, flags, j, this.startNode(tokens[j].key, flags.ids[j]));
      if (m && m.end > end) return true;
    }
    return false;
  }

  /**
   * Longest phrase starting at token `start`, given `startNode`: the trie node its first token's key
   * (or that key without a proclitic) leads to, or -1 when no phrase starts with it.
   */
  private walk(tokens: Token[], flags: TokenFlags, start: number, startNode: number): { end: number; values: T[] } | null {
    if (startNode < 0) return null;
    const table = this.edgeTable();
    const { glue, soft } = flags;
    let node = startNode;
    let best: { end: number; values: T[] } | null = null;
    const first = this.values[node];
    if (first !== undefined && node !== 0) best = { end: start + 1, values: first };
    let prev = start; // index of the previous consumed token
    for (let t = start + 1; t < tokens.length; t++) {
      const tok = tokens[t];
      const key = tok.key;
      // a hyphen or apostrophe inside a phrase is skipped (phrase keys have none)
      if (soft[t]) continue;
      const allowed = this.softAfter[node] || tokens[prev].punct || tok.punct || (glue[prev] && glue[t]);
      if (!allowed) break;
      node = table.descend(node, key);
      if (node < 0) break;
      prev = t;
      const vals = this.values[node];
      if (vals !== undefined && node !== 0) best = { end: t + 1, values: vals };
    }
    return best;
  }

  private edgeTable(): EdgeTable {
    return (this.table ??= new EdgeTable(this.edges));
  }

  /**
   * No phrase starts at a token with this key, with or without a proclitic (most tokens, for most
   * matchers): one memo read instead of the two lookups findAll would make.
   */
  private startsNothing(key: string, id: number): boolean {
    if (id < 0) return false;
    if (id >= this.nothingById.length) {
      const grown = new Uint8Array(Math.max(1024, id + 1, this.nothingById.length * 2));
      grown.set(this.nothingById);
      this.nothingById = grown;
    }
    let known = this.nothingById[id];
    if (known === 0) {
      known = this.startNode(key, id) < 0 && this.procliticStarts(key, id).length === 0 ? 2 : 1;
      this.nothingById[id] = known;
    }
    return known === 2;
  }

  /** The node a whole token key leads to from the root, or -1 (memoised by key id: keys repeat). */
  private startNode(key: string, id: number): number {
    if (id < 0) return this.edgeTable().descend(0, key);
    if (id >= this.startById.length) {
      const grown = new Int32Array(Math.max(1024, id + 1, this.startById.length * 2));
      grown.set(this.startById);
      this.startById = grown;
    }
    const known = this.startById[id];
    if (known !== 0) return known - 2;
    const node = this.edgeTable().descend(0, key);
    this.startById[id] = node + 2;
    return node;
  }

  /**
   * The [proclitic, start node] pairs to try for an Arabic-script token key, in proclitic order, for
   * those whose rest starts some phrase (memoised like startNode).
   */
  private procliticStarts(key: string, id: number, persian = false): Array<[string, number]> {
    const cacheById = persian ? this.persianProcliticById : this.procliticById;
    let starts = id >= 0 ? cacheById[id] : undefined;
    if (starts !== undefined) return starts;
    starts = [];
    const table = this.edgeTable();
    for (const [p, first] of procliticReadings(key, persian ? "fa" : undefined)) {
      const node = table.descend(0, first);
      if (node >= 0) starts.push([p, node]);
    }
    if (id >= 0) {
      while (cacheById.length <= id) cacheById.push(undefined); // dense, not a sparse array
      cacheById[id] = starts;
    }
    return starts;
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
