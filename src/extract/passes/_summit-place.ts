// Where a contact told by the gathering it was held at took place (a helper of 06-local-coreference): "X met Y on
// the sidelines of the summit", «در حاشیه نشست با Y دیدار کرد», «على هامش القمة», in a sentence that names no place,
// was held where that gathering was, told with its noun in an earlier sentence (SUMMIT_REACH back): the place right
// after the noun and a preposition of place ("the NATO summit in Vilnius", «نشست سران ناتو در ویلنیوس», «القمة في
// الرياض»). The gathering nouns are cues.json words summitNoun, as for its day (_event-dates.summitDay).
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";

/** How many sentences back the gathering may be told. */
const SUMMIT_REACH = 8;
/** How many words may stand between the gathering's noun and its place's preposition ("نشست سران ناتو در"). */
const NOUN_REACH = 5;

const bare = (k: string) => k.replace(/^(و|ف)?(ال|لل|بال)?/, "");

/** The place of the gathering a meeting of no place was held beside, or undefined. */
export function summitPlace(state: ExtractState, e: EventFact): number | undefined {
  const nouns = state.lex.words.sets[`summitNoun.${state.lang}`];
  const at = state.sentences.findIndex((x) => x.s.index === e.evidence.sentenceIndex);
  const st = state.sentences[at];
  if (!nouns || !st) return undefined;
  const mine = new Set(st.tokens.filter((t) => nouns.has(t.key)).map((t) => bare(t.key)));
  if (!mine.size || st.mentions.some((m) => state.mentions[m].kind === "place" && state.mentions[m].confidence > 0)) return undefined;
  for (let k = at - 1; k >= Math.max(0, at - SUMMIT_REACH); k--) {
    const place = placeAfterNoun(state, state.sentences[k], nouns, mine);
    if (place !== undefined) return place;
  }
  return undefined;
}

/** The place after a preposition of place within NOUN_REACH words after a gathering noun of the same word. */
function placeAfterNoun(state: ExtractState, s: SentenceState, nouns: Set<string>, mine: Set<string>): number | undefined {
  const preps = state.lex.words.sets[state.lang === "en" ? "venuePreposition.en" : `placeIn.${state.lang}`];
  if (!preps) return undefined;
  for (let i = 0; i < s.tokens.length; i++) {
    if (!nouns.has(s.tokens[i].key) || !mine.has(bare(s.tokens[i].key))) continue;
    for (let j = i + 1; j <= i + NOUN_REACH + 1 && j < s.tokens.length - 1; j++) {
      if (s.tokens[j].punct) break;
      if (!preps.has(s.tokens[j].key)) continue;
      const o = s.owner[j + 1];
      if (o >= 0 && state.mentions[o].kind === "place") return o;
    }
  }
  return undefined;
}
