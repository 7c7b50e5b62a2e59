// A person's other name given in apposition (a helper of pass 3): "Rodrigo Londoño, known as Timochenko",
// «محمد حمدان دقلو الملقب بحميدتي», «رودريغو لوندونيو، المعروف باسمه الحركي "تيموشنكو"», «… معروف به …». The phrase
// (cues.json words.knownAs) says the name after it is the same person's: a nickname, a nom de guerre, a kunya. That
// name is no one else, even where a lexicon holds a namesake ("Timochenko" is not Yulia Tymoshenko), so its mention,
// and every later mention of the same name the article does not give to that namesake in full, refers to the person
// named before the phrase. An Arabic kunya quoted right after a name, with no phrase («محمود عباس "أبو مازن"»,
// «أحمد قريع (أبو علاء)»), is the same apposition: a name led by أبو / أم set off by quotes is what the person is called.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, personAt } from "../state.js";
import { lexiconPeopleNamedInFull } from "../../model.js";
import { normalizeKey } from "../../text/normalize.js";

/** The longest phrase of cues.json knownAs that a token sequence at `i` holds (its length in tokens), or 0. Phrases
 * may be long ("better known by his nom de guerre"), so the longest the set holds bounds the search. "A, the nom de
 * guerre of B" names the same person the other way round: B refers to A all the same. */
function phraseAt(state: ExtractState, st: SentenceState, i: number): number {
  const phrases = state.lex.words.sets[`knownAs.${state.lang}`];
  if (!phrases) return 0;
  const longest = Math.max(...[...phrases].map((p) => p.split(" ").length));
  for (let n = longest; n >= 1; n--) {
    if (i + n > st.tokens.length) continue;
    if (phrases.has(st.tokens.slice(i, i + n).map((t) => t.key).join(" "))) return n;
  }
  return 0;
}

/** The kunya words (أبو، أم …) an Arabic apposition in quotes opens with. */
const KUNYA = new Set(["ابو", "أبو", "ابي", "أبي", "ابا", "أبا", "ام", "أم"].map(normalizeKey));
const OPENING = /^[«"“(]$/;
const CLOSING = /^[»"”)]$/;

/** At the token right after a name: 1 (the opening mark, which the caller steps over) when an Arabic kunya stands
 * quoted there (an opening mark, أبو / أم and one or two words, a closing mark), else 0. */
function quotedKunyaAt(state: ExtractState, st: SentenceState, i: number): number {
  if (state.lang !== "ar" || !OPENING.test(st.tokens[i]?.text ?? "")) return 0;
  if (!KUNYA.has(normalizeKey(st.tokens[i + 1]?.text ?? ""))) return 0;
  return [3, 4].some((k) => CLOSING.test(st.tokens[i + k]?.text ?? "")) ? 1 : 0;
}

/** Reads "A, known as B" and makes B (and B written again) a reference to A. */
export function aliases(state: ExtractState): void {
  const aliasOf = new Map<string, number>(); // the alias's normalised text → the person it is another name of
  for (const st of state.sentences) {
    for (const a of st.mentions) {
      if (state.mentions[a].kind !== "person") continue;
      let i = st.spans.get(a)!.end;
      if (/^[,،]$/.test(st.tokens[i]?.text ?? "")) i++;
      const n = phraseAt(state, st, i) || quotedKunyaAt(state, st, i);
      if (!n) continue;
      i += n;
      if (/^[«"“'‘(]$/.test(st.tokens[i]?.text ?? "")) i++;
      const b = personAt(state, st, i, true) ?? unreadName(state, st, i, a);
      if (b === undefined || b === a) continue;
      const alias = state.mentions[b];
      // (the lexicon's own other name of the same person, «ياسر عرفات "أبو عمار"», is a reference to the name before it,
      // not a second naming of them)
      if (alias.lexiconId && alias.lexiconId === state.mentions[a].lexiconId) {
        refer(state, b, a);
        continue;
      }
      aliasOf.set(normalizeKey(alias.text), a);
      refer(state, b, a);
    }
  }
  if (!aliasOf.size) return;
  // the same name written again, not the namesake's full name (named in full elsewhere, not as the alias)
  const namedInFull = lexiconPeopleNamedInFull(state.mentions);
  for (const m of state.mentions) {
    const a = aliasOf.get(normalizeKey(m.text));
    if (a === undefined || m.kind !== "person" || m.antecedent !== undefined || m.index === a) continue;
    if (m.lexiconId && namedInFull.has(m.lexiconId) && m.confidence >= 0.95) continue;
    refer(state, m.index, a);
  }
}

/** A capitalised word or two right after the phrase that no pass has read (an English nom de guerre no lexicon holds:
 * "…, better known by his nom de guerre Timochenko"): a new mention, of person `a`. */
function unreadName(state: ExtractState, st: SentenceState, i: number, a: number): number | undefined {
  if (state.lang !== "en") return undefined;
  let end = i;
  while (end < i + 2 && /^\p{Lu}\p{Ll}+$/u.test(st.tokens[end]?.text ?? "") && st.owner[end] < 0 && !inCue(st, end)) end++;
  if (end === i) return undefined;
  return addMention(state, st, { start: i, end }, { kind: "person", via: "coreference", confidence: state.mentions[a].confidence, antecedent: a, alias: true });
}

function refer(state: ExtractState, o: number, a: number): void {
  Object.assign(state.mentions[o], { antecedent: a, lexiconId: undefined, alternatives: undefined, via: "coreference", alias: true });
}
