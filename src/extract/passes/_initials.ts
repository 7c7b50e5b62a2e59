// A middle initial ("Antony J. Blinken", "John F. Kerry", "Joseph R. Biden Jr."): English news, above all
// American, writes a known person's name with an initial the lexicon's forms leave out. A person read from the
// text (a title or an apposition gave the words) whose name has an initial after its first word is the
// lexicon's person when the name without its initials is one of that person's full forms, and only one
// person's. So is a two-word name written family name first ("Kishida Fumio", "Abe Shinzo": NHK World, the
// Japanese government's English) whose words reversed are the full name of one person of a country whose
// names the lexicon writes given name first but its own usage family name first (cues.json familyNameFirst).
import type { ExtractState } from "../state.js";
import { personSlug } from "../../ids.js";

/** Gives a person mention the lexicon's id when its name, without middle initials or a middle name, is one entry's full name. */
export function knownWithoutInitials(state: ExtractState): void {
  if (state.lang !== "en") return;
  for (const st of state.sentences) {
    for (const m of st.mentions) {
      const mention = state.mentions[m];
      if (mention.kind !== "person" || mention.lexiconId) continue;
      const sp = st.spans.get(m)!;
      const tokens = st.tokens.slice(sp.start, sp.end);
      // an initial is a capital letter alone, written together with the dot after it, not the first word
      const initial = (i: number) => i > 0 && /^[A-Z]$/.test(tokens[i].text) && tokens[i + 1]?.text === "." && tokens[i].end === tokens[i + 1].start;
      const kept = tokens.filter((_, i) => !initial(i) && !initial(i - 1));
      const word = (t: { text: string }) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text);
      // a written-out middle name: first and last word only, when all words are capitalised words
      const ends = tokens.length >= 3 && tokens.length <= 4 && tokens.every(word) ? [tokens[0], tokens[tokens.length - 1]] : undefined;
      const reversed = tokens.length === 2 && tokens.every(word) ? [tokens[1], tokens[0]] : undefined;
      if (reversed && familyFirstPerson(state, reversed)) {
        Object.assign(mention, { lexiconId: familyFirstPerson(state, reversed), via: "lexicon", confidence: 0.9 });
        continue;
      }
      for (const cand of [kept, ends]) {
        if (!cand || cand.length === tokens.length || cand.length < 2) continue;
        const hits = state.lex.personMatcher.findAll(cand);
        const ids = new Set(hits[0]?.values.filter((v) => v.form === "full").map((v) => v.id));
        if (hits.length !== 1 || hits[0].start !== 0 || hits[0].end !== cand.length || ids.size !== 1) continue;
        Object.assign(mention, { lexiconId: [...ids][0], via: "lexicon", confidence: 0.9 });
        break;
      }
    }
  }
}

/** The one lexicon person whose full name is `cand` (the words of a name written family name first, reversed), of a familyNameFirst country. */
function familyFirstPerson(state: ExtractState, cand: Array<{ text: string; key: string }>): string | undefined {
  const hits = state.lex.personMatcher.findAll(cand as never);
  const ids = new Set(hits[0]?.values.filter((v) => v.form === "full").map((v) => v.id));
  if (hits.length !== 1 || hits[0].start !== 0 || hits[0].end !== cand.length || ids.size !== 1) return undefined;
  const id = [...ids][0];
  const countries = state.lex.words.sets["familyNameFirst.en"];
  const entry = state.lex.people.get(personSlug(id));
  return entry?.offices?.some((o) => o.country && countries?.has(o.country)) ? id : undefined;
}
