// A plural title that each country of a list after it distributes ("the presidents of A, X; of B, Y"): Arabic
// writes «رؤساء فنزويلا X وتشيلي Y والمكسيك Z», «وزراء خارجية مصر X والأردن Y» — the plural title once, then
// each country with its holder's name right after it. Each name holds the title's office for the country before
// it: a role claim of this article (so a spelling the lexicon lacks, «ميشيل باتشيليت», is still the holder of
// that office on the day, resolve/holders). A helper of pass 2 (02-titles); Arabic only.
import type { ExtractState, SentenceState } from "../state.js";
import { addRole } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { newNameAfter } from "./_names.js";

/**
 * The Arabic broken plurals of the offices' title words (offices.json holds the singulars: رئيس، وزير، ملك), and
 * the construct of the ministry after وزراء: the plural, the next word when the office needs one, the office.
 */
const PLURALS: Array<[string, string | undefined, string]> = [
  ["رؤساء", "وزراء", "prime-minister"],
  ["رؤساء", "حكومات", "prime-minister"],
  ["رؤساء", undefined, "president"],
  ["وزراء", "خارجية", "foreign-minister"],
  ["وزراء", "دفاع", "defence-minister"],
  ["ملوك", undefined, "king"],
].map(([a, b, o]) => [normalizeKey(a as string), b ? normalizeKey(b) : undefined, o as string]);

/** The plural title at token i (past a glued و، ل، ب): [office, the token after it]; undefined if none. */
function pluralAt(st: SentenceState, i: number): [string, number] | undefined {
  const bare = (k: string) => [k, k.replace(/^[وبل]/, "")];
  const here = bare(st.tokens[i]?.key ?? "");
  for (const [plural, next, office] of PLURALS) {
    if (!here.includes(plural)) continue;
    if (next === undefined) return [office, i + 1];
    if (st.tokens[i + 1]?.key === next) return [office, i + 2];
  }
  return undefined;
}

/** Adds a role claim for every «country name» pair of a list after a plural title. */
export function distributiveTitles(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "ar") return;
  for (let i = 0; i < st.tokens.length; i++) {
    const hit = pluralAt(st, i);
    if (!hit) continue;
    const [office, from] = hit;
    if (!state.lex.offices.get(office)) continue;
    const pairs: Array<[number, string]> = [];
    let j = from;
    for (;;) {
      if (st.tokens[j]?.text === "،" || st.tokens[j]?.text === ",") j++;
      const c = st.owner[j];
      const place = c !== undefined && c >= 0 ? state.mentions[c] : undefined;
      if (!place || place.kind !== "place" || place.placeKind !== "country" || !place.lexiconId || st.spans.get(c)!.start !== j) break;
      const at = st.spans.get(c)!.end;
      // the holder's name: a mention there, else a new name of two words or more (`_names.newNameAfter`, strict)
      const p = st.owner[at] !== undefined && st.owner[at] < 0 && !st.tokens[at]?.punct ? (newNameAfter(state, st, at, true) ?? -1) : st.owner[at];
      const person = p !== undefined && p >= 0 ? state.mentions[p] : undefined;
      if (!person || person.kind !== "person" || st.spans.get(p)!.start !== at) break;
      pairs.push([p, place.lexiconId]);
      j = st.spans.get(p)!.end;
    }
    // (a list: two pairs at least, so a plural before one country and one name is left to the singular readers)
    if (pairs.length < 2) continue;
    for (const [person, country] of pairs) {
      if (state.roles.some((r) => r.person === person)) continue;
      addRole(state, st, { start: i, end: st.spans.get(person)!.end }, { person, office, country, confidence: 0.7 });
    }
    i = j - 1;
  }
}
