// A middle initial inside a name the lexicon writes without it (a helper of pass 1, 01-entities): "Ferdinand R.
// Marcos Jr.", "Joseph R. Biden Jr." in the style of government readouts and American papers. The lexicon matched
// words after the initial ("Marcos"); when the capitalised word before the initial, those words and at most a few
// more after them make one of that person's English names ("Ferdinand Marcos Jr."), the mention grows over the whole
// name, initial included, so no name reader takes "Ferdinand R." for another person.
import type { ExtractState, SentenceState } from "../state.js";
import { respan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { personSlug } from "../../ids.js";

/** Tokens past the lexicon's match that the rest of the name may take ("Jr", "."). */
const NAME_REACH = 3;

/** A name's key without its dots and commas ("Ferdinand Marcos Jr." = "ferdinand marcos jr"). */
const plain = (s: string) => normalizeKey(s.replace(/[.,]/g, " ")).replace(/\s+/g, " ").trim();

export function middleInitials(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  for (const m of [...st.mentions]) {
    const x = state.mentions[m];
    const sp = st.spans.get(m)!;
    if (x.kind !== "person" || x.via !== "lexicon" || !x.lexiconId || sp.start < 3) continue;
    const [given, initial, dot] = [st.tokens[sp.start - 3], st.tokens[sp.start - 2], st.tokens[sp.start - 1]];
    if (dot.text !== "." || !/^[A-Z]$/.test(initial.text) || initial.end !== dot.start || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) continue;
    if (st.owner[sp.start - 3] >= 0 || st.owner[sp.start - 2] >= 0) continue;
    // (of the people the words may name, the one whose name it is: "Marcos" is also the father's)
    for (const id of [x.lexiconId, ...(x.alternatives ?? [])]) {
      const entry = state.lex.people.get(personSlug(id));
      if (!entry) continue;
      // the name may go on past the words matched ("Marcos" of "Ferdinand R. Marcos Jr."): up to NAME_REACH words more
      const names = new Set([entry.name, ...(entry.names.en ?? [])].map(plain));
      let end = -1;
      for (let k = sp.end; k <= Math.min(st.tokens.length, sp.end + NAME_REACH); k++) {
        if (k > sp.end && st.owner[k - 1] >= 0 && st.owner[k - 1] !== m) break;
        if (names.has(plain(`${given.text} ${st.tokens.slice(sp.start, k).map((w) => w.text).join(" ")}`))) end = k;
      }
      if (end < 0) continue;
      respan(state, st, m, { start: sp.start - 3, end }, { lexiconId: id, alternatives: undefined, confidence: 0.95 });
      break;
    }
  }
}
