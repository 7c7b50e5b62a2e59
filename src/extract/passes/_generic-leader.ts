// "The Russian leader", "the Kazakh head of state" (a helper of 03-references): a generic title of a head of state or
// government (offices.json head-of-state-generic, head-of-government-generic) with its country, which no one of the
// article holds as such, refers back to the one person named before it who leads that country: a head of state or of
// government (offices.json rank 1–2) of it, by a title of the text or the lexicon's offices on the publication day.
import type { ExtractState } from "../state.js";
import { namedHolders, type Holder } from "./_holders.js";

/** The generic offices of a country's leader. */
export const GENERIC_LEADER = new Set(["head-of-state-generic", "head-of-government-generic"]);
/** offices.json rank of a head of government: a leader has this rank or a higher one (1, head of state). */
const LEADER_RANK = 2;

/** The leaders of `country` the article names, one mention each (by person). */
export function leadersOf(state: ExtractState, country: string): Holder[] {
  const rank = (office: string) => state.lex.offices.get(office)?.rank ?? 9;
  return namedHolders(state, (office, c) => c === country && rank(office) <= LEADER_RANK && !GENERIC_LEADER.has(office));
}
