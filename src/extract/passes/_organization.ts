// An organisation mention no lexicon knows, for pass 2b and its helpers: places inside its name stay place
// mentions of their own ("Ghana Integrated Aluminium Development Corporation" holds Ghana).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention } from "../state.js";

/** `clitic`: characters of a proclitic glued to the first word (وشركة), left out of the name. */
export function addOrganization(state: ExtractState, st: SentenceState, sp: TokenSpan, clitic = 0): void {
  // a ceremonial unit ("the Honor Guard Company", "Guard of Honour") is part of a welcome, no organisation
  const ceremonial = state.lex.words.sets[`ceremonialWord.${state.lang}`];
  for (let i = sp.start; i < sp.end; i++) if (ceremonial?.has(st.tokens[i].key)) return;
  const places = new Map<number, number>();
  for (let i = sp.start; i < sp.end; i++) if (st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "place") places.set(i, st.owner[i]);
  addMention(state, st, sp, { kind: "organization", via: "descriptor", confidence: 0.6 }, clitic);
  for (const [i, m] of places) st.owner[i] = m;
}

export const capitalised = (st: SentenceState, i: number): boolean => /^[A-Z]/.test(st.tokens[i]?.text ?? "");
