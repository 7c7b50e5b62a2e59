// Phrases with a gap. A lexicon phrase written "راهی ... شد" (set off for …) or "بر اهمیت ... تأکید کرد" (stressed
// the importance of …) has a head and a tail with a few words between them: Persian puts a complement or the
// destination between the parts of a compound verb ("راهی ژنو شد"). PhraseMatcher hands such phrases here.
//
// A match is a head, then its tail at most MAX_GAP words later (or as many as the phrase writes after its mark:
// "پذیرای ...12 بود", for a complement that is a whole person, title and name: "پذیرای هیئتی به ریاست X وزیر خارجه Y
// بود"), with no punctuation and no object marker «را» between them (the gap holds a complement, never a direct
// object). The match returned is the tail (the verb
// that carries the meaning, where a verb-final sentence puts its event): the words in the gap stay free for names
// ("میزبان لاوروف بود" names Lavrov).
import type { Token } from "../model.js";
import { normalizeKey } from "./normalize.js";
import type { PhraseMatch } from "./matcher.js";

/** How a phrase marks its gap: " ... " or " … ", with the most words it may hold after it where not MAX_GAP (" ...12 "). */
export const GAP_MARK = /\s(?:\.\.\.|…)(?:\d+)?\s/;
const GAP_SIZE = /\s(?:\.\.\.|…)(\d+)?\s/;
/** The Persian direct-object marker, which the gap never holds. */
const OBJECT_MARKER = "را";
/** Words the gap may hold. */
export const MAX_GAP = 5;

export interface GapMatch<T> {
  start: number;
  end: number;
  values: T[];
  /** Index of the head's first token (the whole phrase as written runs from here to `end`). */
  from: number;
}

interface Rule<T> {
  /** The head's and the tail's keys, without spaces (tokens are compared glued: ZWNJ and spacing vary). */
  head: string;
  tail: string;
  value: T;
  /** The most words between head and tail. */
  gap: number;
  /** The tail as written opens with a comma ("talks in ... , where"): the gap ends at a comma, and the tail follows it. */
  afterComma: boolean;
}

const COMMAS = new Set([",", "،"]);

export class GapPhrases<T> {
  private readonly rules: Array<Rule<T>> = [];

  /** Adds a phrase with a gap; false (and nothing added) when the phrase has none. */
  add(phrase: string, value: T): boolean {
    const parts = phrase.split(GAP_MARK);
    if (parts.length !== 2) return false;
    const afterComma = /^[,،]/.test(parts[1].trim());
    const [head, tail] = [parts[0], afterComma ? parts[1].trim().slice(1) : parts[1]].map((p) => normalizeKey(p).replace(/\s+/g, ""));
    if (!head || !tail) return false;
    const size = GAP_SIZE.exec(phrase)?.[1];
    this.rules.push({ head, tail, value, gap: size ? Number(size) : MAX_GAP, afterComma });
    return true;
  }

  get size(): number {
    return this.rules.length;
  }

  /** Every tail whose head stands before it within the gap, in token order; one match per tail span. */
  findAll(tokens: Token[]): Array<GapMatch<T>> {
    const byTail = new Map<string, GapMatch<T>>();
    for (const r of this.rules) {
      for (let i = 0; i < tokens.length; i++) {
        const headEnd = spell(tokens, i, r.head);
        if (headEnd < 0) continue;
        let words = 0;
        for (let j = headEnd; j < tokens.length && words <= r.gap; j++) {
          // the gap verbs take no direct object (their place or partner takes a preposition), so an object
          // marker belongs to another verb ("با X اعتبارش را از دست داد": lost his standing, no handshake)
          if (tokens[j].key === OBJECT_MARKER) break;
          // a tail written after a comma is looked for only right after a comma, and the gap ends there
          if (r.afterComma !== (tokens[j].punct && COMMAS.has(tokens[j].text))) {
            if (tokens[j].punct) break;
            words++;
            continue;
          }
          const start = r.afterComma ? j + 1 : j;
          const end = spell(tokens, start, r.tail);
          if (r.afterComma && end < 0) break;
          if (end > 0) {
            const k = `${start}:${end}`;
            const m = byTail.get(k) ?? { start, end, values: [], from: i };
            if (!m.values.includes(r.value)) m.values.push(r.value);
            byTail.set(k, m);
            break;
          }
          words++;
        }
      }
    }
    return [...byTail.values()].sort((a, b) => a.start - b.start);
  }
}

/** The index after the tokens from `start` whose keys, glued, spell `key`; -1 when they do not. */
function spell(tokens: Token[], start: number, key: string): number {
  let acc = "";
  for (let t = start; t < tokens.length && acc.length < key.length; t++) {
    if (tokens[t].punct) return -1;
    acc += tokens[t].key;
    if (!key.startsWith(acc)) return -1;
    if (acc === key) return t + 1;
  }
  return -1;
}

/** A gap phrase's match joins the plain matches where it overlaps none (on the same span, its values join). */
export function withGapMatches<T>(plain: Array<PhraseMatch<T>>, gapped: Array<GapMatch<T>>): Array<PhraseMatch<T>> {
  const out = [...plain];
  for (const g of gapped) {
    const same = out.find((m) => m.start === g.start && m.end === g.end);
    if (same) same.values = [...new Set([...same.values, ...g.values])];
    else if (!out.some((m) => m.start < g.end && g.start < m.end)) out.push(g);
  }
  return out.sort((a, b) => a.start - b.start);
}
