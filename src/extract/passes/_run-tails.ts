// The words right after a name run that belong to it though pass 1 read them as something else: a weak
// lexicon short form ("Ambassador Luis Faro Ramos", any script) or a city (English: "Foreign Minister Karin Lund"). Helpers of
// _names.newNameAfter, split from it.
import { lexiconPeopleNamedInFull, NAMED_IN_FULL } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { unmention } from "../state.js";
import { nameRun } from "./_names.js";
import { givenName } from "./_name-words.js";
import { lexiconNameStartsWith } from "./_mentions.js";

/** The mention of the one token right after a name's last word (capitalised, in English), with its index, if any. */
function oneWordAfter(state: ExtractState, st: SentenceState, last: number): { o: number; after: number } | undefined {
  const after = last + 1;
  const o = st.owner[after];
  if (o === undefined || o < 0 || (state.lang === "en" && !/^\p{Lu}\p{Ll}/u.test(st.tokens[after].text))) return undefined;
  const sp = st.spans.get(o)!;
  return sp.start === after && sp.end === after + 1 ? { o, after } : undefined;
}

/**
 * "Ambassador Luis Faro Ramos", «رئيسة الوفد ماريا لوسيا فيرير»: a lexicon short form read alone (a weak one, whose
 * person the article does not name in full) right after a name run of two words or more is that name's last word,
 * someone no lexicon knows. In Arabic and Persian script, not when the lexicon person's own name starts with the
 * run's first word (a longer form of the same name: «محمد ولد الشيخ الغزواني»).
 */
export function surnameAfterRun(state: ExtractState, st: SentenceState, words: number[]): void {
  if (words.length < 2) return;
  const hit = oneWordAfter(state, st, words[words.length - 1]);
  const x = hit && state.mentions[hit.o];
  if (!hit || !x || x.kind !== "person" || x.via !== "lexicon" || x.confidence >= NAMED_IN_FULL) return;
  if (lexiconPeopleNamedInFull(state.mentions).has(x.lexiconId!)) return;
  if (state.lang !== "en" && lexiconNameStartsWith(state, x.lexiconId!, st.tokens[words[0]].key)) return;
  unmention(state, st, hit.o);
  words.push(hit.after);
}

/**
 * "Foreign Minister Karin Lund", "Governor Mary Jackson", "Prime Minister Phan Van Khai": a one-word city right after
 * a given name in a name slot is a word of the name (English). The city's mention is dropped, and the word and the
 * name words after it join the name.
 */
export function placeAsSurname(state: ExtractState, st: SentenceState, words: number[]): void {
  if (state.lang !== "en" || words.length !== 1) return;
  const first = st.tokens[words[0]];
  if (!state.lex.words.givenNames.latin?.has(first.key) && !givenName(state, first)) return;
  const hit = oneWordAfter(state, st, words[0]);
  const x = hit && state.mentions[hit.o];
  if (!hit || !x || x.kind !== "place" || x.placeKind !== "city") return;
  unmention(state, st, hit.o);
  words.push(hit.after);
  // and the name words after it ("Prime Minister Phan Van Khai", Van also a city)
  words.push(...nameRun(state, st, hit.after + 1, false).slice(0, 2));
}
