// A plural title that each country of a list after it distributes ("the presidents of A, X; of B, Y"): Arabic
// writes «رؤساء فنزويلا X وتشيلي Y والمكسيك Z», «وزراء خارجية مصر X والأردن Y» — the plural title once, then
// each country with its holder's name right after it; with a dual, each country's adjective («وزيرا الخارجية الهندي X
// والباكستاني Y»). Each name holds the title's office for the country before
// it: a role claim of this article (so a spelling the lexicon lacks, «ميشيل باتشيليت», is still the holder of
// that office on the day, resolve/holders). A helper of pass 2 (02-titles); Arabic only.
import type { ExtractState, SentenceState } from "../state.js";
import { addRole } from "../state.js";
import { newNameAfter } from "./_names.js";

/**
 * The plural title at token i (past a glued و، ل، ب): [office, the token after it]; undefined if none. The plurals
 * are offices.json "plurals" (the broken plurals رؤساء، وزراء، ملوك, with the ministry's construct after وزراء), the
 * longest first: «رؤساء وزراء» is the prime ministers, «رؤساء» alone the presidents.
 */
function pluralAt(state: ExtractState, st: SentenceState, i: number): [string, number] | undefined {
  const bare = (k: string) => [k, k.replace(/^[وبل]/, "")];
  const here = bare(st.tokens[i]?.key ?? "");
  for (const { words, office } of state.lex.officePlurals) {
    if (!here.includes(words[0])) continue;
    if (words.slice(1).every((w, k) => st.tokens[i + 1 + k]?.key === w)) return [office, i + words.length];
  }
  return undefined;
}

/** Adds a role claim for every «country name» pair of a list after a plural title. */
export function distributiveTitles(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "ar") return;
  for (let i = 0; i < st.tokens.length; i++) {
    // (not a word a lexicon reads as a name)
    const hit = st.owner[i] < 0 ? pluralAt(state, st, i) : undefined;
    if (!hit) continue;
    const [office, from] = hit;
    if (!state.lex.offices.get(office)) continue;
    const pairs: Array<[number, string]> = [];
    let j = from;
    for (;;) {
      if (st.tokens[j]?.text === "،" || st.tokens[j]?.text === ",") j++;
      const c = st.owner[j];
      const place = c !== undefined && c >= 0 ? state.mentions[c] : undefined;
      // (or a country adjective: «وزيرا الخارجية الهندي X والباكستاني Y», the dual with each holder's adjective)
      const dem = st.owner[j] < 0 ? st.demonyms.find((d) => d.start === j) : undefined;
      const country = dem?.place ?? (place && place.kind === "place" && place.placeKind === "country" && st.spans.get(c)!.start === j ? place.lexiconId : undefined);
      if (!country) break;
      const at = dem ? dem.end : st.spans.get(c)!.end;
      // the holder's name: a mention there, else a new name of two words or more (`_names.newNameAfter`, strict)
      const p = st.owner[at] !== undefined && st.owner[at] < 0 && !st.tokens[at]?.punct ? (newNameAfter(state, st, at, true) ?? -1) : st.owner[at];
      const person = p !== undefined && p >= 0 ? state.mentions[p] : undefined;
      if (!person || person.kind !== "person" || st.spans.get(p)!.start !== at) break;
      pairs.push([p, country]);
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
