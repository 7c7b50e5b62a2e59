// Scraped English text loses the space where two lines or two captions were joined: "Nicolas MaduroThis
// occurred", "Xiomara CastroHe held", "in Havanathe capital". A token made of a word the lexicon knows in
// an English name and a short function word (cues.json words.gluedTail) is read as the two words, with
// their own offsets. The whole token must be no word of its own (a dictionary word or a name word), and a tail of two
// letters glued in lower case is none: many family names end so ("Karasin", "Permin").
import type { Token } from "../model.js";
import type { Lexicon } from "../lexicon/index.js";
import { isCommonWord } from "../lexicon/words.js";
import { normalizeKey } from "../text/normalize.js";

let cached: { lex: Lexicon; words: Set<string>; tails: string[] } | undefined;

function nameWords(lex: Lexicon): { words: Set<string>; tails: string[] } {
  if (cached?.lex === lex) return cached;
  const words = new Set<string>();
  const add = (n: string) => n.split(/[\s-]+/).forEach((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && words.add(normalizeKey(w)));
  for (const p of lex.people.values()) [...(p.names.en ?? []), ...(p.short?.en ?? [])].forEach(add);
  for (const p of lex.places.values()) (p.names.en ?? []).forEach(add);
  const tails = [...(lex.words.sets["gluedTail.en"] ?? [])].sort((a, b) => b.length - a.length);
  cached = { lex, words, tails };
  return cached;
}

export function unglue(tokens: Token[], lex: Lexicon): Token[] {
  const { words, tails } = nameWords(lex);
  let out: Token[] | undefined;
  tokens.forEach((t, i) => {
    const split = splitOf(t, words, tails);
    if (split && !out) out = tokens.slice(0, i);
    if (out) out.push(...(split ?? [t]));
  });
  return out ?? tokens;
}

function splitOf(t: Token, words: Set<string>, tails: string[]): Token[] | undefined {
  if (t.punct || t.text.length < 6 || !/^\p{Lu}/u.test(t.text) || words.has(t.key) || isCommonWord(t.text, "en")) return undefined;
  for (const tail of tails) {
    if (!t.key.endsWith(tail)) continue;
    const cut = t.text.length - tail.length;
    // a lower-case tail of two letters is a family name's ending, not a glued word ("Karasin", "Permin": -in, -on, -at)
    if (tail.length < 3 && /^\p{Ll}/u.test(t.text.slice(cut))) continue;
    const head = t.text.slice(0, cut);
    if (head.length < 4 || !words.has(normalizeKey(head))) continue;
    const rest = t.text.slice(cut);
    return [
      { ...t, text: head, key: normalizeKey(head), end: t.start + cut },
      { ...t, text: rest, key: normalizeKey(rest), start: t.start + cut },
    ];
  }
  return undefined;
}
