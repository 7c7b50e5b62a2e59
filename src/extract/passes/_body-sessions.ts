// A summit that is a session of a body of states (a helper of _presence, split from it): named by the body
// ("the APEC summit", «قمة مجموعة العشرين», «نشست سران سازمان همکاری شانگهای») or, in Arabic, by the adjective of the
// community of its states («القمة العربية», «القمة الإسلامية الاستثنائية», «القمة العربية الصينية»; cues.json words
// bodyAdjective), and the bare «القمة» that goes on telling such a summit named before it.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** Nouns of a gathering that may be bilateral ("a summit in Woodside") or a body's session ("the APEC summit"). */
export const GATHERING = new Set(["summit", "قمة", "القمة", "نشست", "اجلاس", "اجلاس سران", "نشست سران"]);
const GATHERING_KEYS = new Set([...GATHERING].map((w) => normalizeKey(w)));

/** Sentences back the summit a bare «القمة» goes on telling may have been named in. */
const SUMMIT_REACH = 4;

/** Is the gathering noun ending at `end` (exclusive) named as a body's session, by the body or its states' adjective? */
export function namedAsSession(state: ExtractState, st: SentenceState, noun: TokenSpan): boolean {
  const org = (i: number) => {
    const o = st.owner[i];
    return o !== undefined && o >= 0 && state.mentions[o].kind === "organization";
  };
  if (state.lang === "en") {
    if (org(noun.start - 1)) return true;
    const of = st.tokens[noun.end]?.key === "of" ? noun.end + 1 : -1;
    return of > 0 && (org(of) || (st.tokens[of]?.key === "the" && org(of + 1)));
  }
  const free = (k: number) => !st.tokens.slice(noun.end, noun.end + k).some((t) => t.punct);
  if ([0, 1, 2].some((k) => org(noun.end + k) && (k === 0 || free(k)))) return true;
  // «القمة العربية», «القمة الإسلامية الاستثنائية», «قمة عربية»; not a person's or a place's word
  const adjectives = state.lex.words.sets[`bodyAdjective.${state.lang}`];
  return !!adjectives && [0, 1].some((k) => free(k + 1) && st.owner[noun.end + k] < 0 && adjectives.has(st.tokens[noun.end + k]?.key ?? ""));
}

/**
 * Arabic: a bare definite «القمة» (nothing naming it after it) goes on telling the summit named last before it, in its
 * sentence or the few before: a body's session if that one was named as one («افتتحت أعمال القمة الإسلامية … وشارك
 * في القمة A وB»).
 */
export function toldSessionBefore(state: ExtractState, st: SentenceState, noun: TokenSpan): boolean {
  if (state.lang !== "ar" || !/^(و|ف)?(ال|بال|لل)/.test(st.tokens[noun.start]?.key ?? "")) return false;
  const at = state.sentences.indexOf(st);
  for (let k = at; k >= Math.max(0, at - SUMMIT_REACH); k--) {
    const s = state.sentences[k];
    const before = k === at ? noun.start : s.tokens.length;
    for (let i = before - 1; i >= 0; i--) {
      if (!GATHERING_KEYS.has(bare(s.tokens[i].key))) continue;
      if (namedAsSession(state, s, { start: i, end: i + 1 })) return true;
      // (another bare «القمة» goes on telling the same one; a summit named otherwise is no body's session)
      const next = s.tokens[i + 1];
      if (next && !next.punct && /^(ال|بال|لل)/.test(next.key) && !state.lex.words.sets.functionWord?.has(next.key)) return false;
    }
  }
  return false;
}

const bare = (k: string) => k.replace(/^(و|ف)?(بال|لل)/, "ال");
