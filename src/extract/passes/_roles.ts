// English names no lexicon knows introduced by a noun of occupation or standing that is no office title (a helper
// of 02-titles): "the medieval historian X", "Solidarity leader X", "the lawyer X, who …", and a title set off by
// commas before the name ("Australia's minister for the Pacific, X, flew …"). The nouns are roles.json's English
// list (WordNet's noun.person nouns under professional, worker, leader, expert, official …: bench/roles/generate.ts),
// written in lower case (a capitalised office is pass 2's own title); so is a title pass 2 read with no one
// beside it. The slot carries the name's first word even when it is a dictionary word ("Zed", "Grant"), so long as a
// later word is no dictionary word; "the lawyer said" or "the envoy, Washington said" name no one. No role is claimed.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, inSpan } from "../state.js";
import { isCommonWord } from "../../lexicon/words.js";
import { titleOrHonorific } from "./_name-words.js";

/** Capitalised words of a name, at most. */
const MAX_WORDS = 4;
/** A name word: a capital, then lower-case letters, a second capital inside (McGregor, DeSantis), hyphens and apostrophes (Dae-jung, O'Neill). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{L}+)*$/u;
/** The head nouns after which capitalised words are a body's or a building's name, not a person's. */
const HEADS = ["orgHead.en", "facilityHead.en", "venueHead.en", "mediaHead.en"];
/** Words that close an apposition after the name ("X, who …"). */
const CLOSERS = new Set([",", ".", ";", ":", ")", "who", "said", "says"]);

/** Person mentions for new English names after a role noun or an unattached title of the sentence. */
export function namesAfterRoles(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const roles = state.lex.words.sets["role.en"];
  if (!roles) return;
  for (let i = 0; i < st.tokens.length; i++) {
    const tok = st.tokens[i];
    if (!/^\p{Ll}+$/u.test(tok.text) || st.owner[i] >= 0) continue;
    const title = st.titles.find((t) => inSpan(i, t));
    if (title ? title.person !== undefined || title.end !== i + 1 : !roles.has(tok.key)) continue;
    let j = qualifierEnd(state, st, i + 1);
    const comma = st.tokens[j]?.text === ",";
    // a qualifier ("for the Pacific") only before the comma of an apposition
    if (j > i + 1 && !comma) continue;
    if (comma) j++;
    const end = nameEnd(state, st, j);
    if (end === undefined) continue;
    // set off by commas: the name's apposition closes after it
    if (comma && !CLOSERS.has(st.tokens[end]?.key ?? ".")) continue;
    addMention(state, st, { start: j, end }, { kind: "person", via: "title", confidence: 0.6 });
    i = end - 1;
  }
}

/** Past "for / of [the] <up to four words, places or bodies>" before a comma ("minister for the Pacific,", "for trade,"), else `j`. */
function qualifierEnd(state: ExtractState, st: SentenceState, j: number): number {
  const key = st.tokens[j]?.key;
  if (key !== "for" && key !== "of") return j;
  let k = j + 1;
  if (st.tokens[k]?.key === "the") k++;
  const start = k;
  while (k < st.tokens.length && k - start < 4) {
    const o = st.owner[k];
    if (o >= 0 && state.mentions[o].kind !== "person") k = st.spans.get(o)!.end;
    else if (o < 0 && /^\p{Lu}/u.test(st.tokens[k].text)) k++;
    // lower-case words of the portfolio inside it ("for trade and tourism")
    else if (o < 0 && !st.tokens[k].punct) k++;
    else break;
  }
  return k > start && st.tokens[k]?.text === "," ? k : j;
}

/**
 * The end of a name of two to four capitalised words starting at `j` that nothing else reads, whose last word is
 * no dictionary word (the first may be one: "Zed Seselja"), no head of a body's name and no word of a title.
 */
function nameEnd(state: ExtractState, st: SentenceState, j: number): number | undefined {
  const sets = state.lex.words.sets;
  let k = j;
  while (k < st.tokens.length && k - j < MAX_WORDS) {
    const t = st.tokens[k];
    if (st.owner[k] >= 0 || inCue(st, k) || !NAME_WORD.test(t.text) || titleOrHonorific(state, t.key)) break;
    if (HEADS.some((h) => sets[h]?.has(t.key))) return undefined;
    k++;
  }
  if (k - j < 2) return undefined;
  const last = st.tokens[k - 1];
  if (isCommonWord(last.text, "en")) return undefined;
  // a known person, place or body right after the words: they are its qualifier, not a name ("Trade Minister X")
  if (st.owner[k] >= 0 && !st.tokens[k].punct) return undefined;
  return k;
}
