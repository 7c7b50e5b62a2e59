// A nickname quoted inside a person's name (a helper of 02-titles): 'Joko "Jokowi" Widodo', 'Joseph "Erap"
// Estrada', 'Ferdinand "Bongbong" Marcos' — the Indonesian and Philippine press, and the English press at large,
// put a public nickname in quotation marks between the given name and the family name. The given name before the
// quotes is no name of its own: the whole phrase is one mention of the person the family name (or the nickname)
// names, the one the lexicon knows if either is known.
import type { ExtractState, SentenceState } from "../state.js";
import { personAt, respan, unmention } from "../state.js";

const OPEN = new Set(['"', "“", "'", "‘", "«"]);
const CLOSE = new Set(['"', "”", "'", "’", "»"]);
/** Words a quoted nickname may have. */
const MAX_NICK = 3;

/** Folds 'Given "Nick" Family' into one person mention (see the file comment). */
export function quotedNicknames(state: ExtractState, st: SentenceState): void {
  for (const a of [...st.mentions]) {
    const given = state.mentions[a];
    const sp = st.spans.get(a);
    if (!sp || given.kind !== "person" || given.lexiconId) continue;
    const open = sp.end;
    if (!OPEN.has(st.tokens[open]?.text ?? "")) continue;
    let close = -1;
    for (let j = open + 2; j <= open + 1 + MAX_NICK && j < st.tokens.length; j++) {
      if (CLOSE.has(st.tokens[j].text)) {
        close = j;
        break;
      }
    }
    if (close < 0) continue;
    const family = personAt(state, st, close + 1);
    const nick = personAt(state, st, open + 1);
    // the one mention: the family name's (over the nickname's when only that one is known), else the nickname's
    const keep = family !== undefined && (state.mentions[family].lexiconId || !(nick !== undefined && state.mentions[nick].lexiconId)) ? family : nick;
    if (keep === undefined || keep === a) continue;
    if (family === undefined && !state.mentions[keep].lexiconId) continue;
    const end = family !== undefined ? st.spans.get(family)!.end : close + 1;
    const confidence = Math.max(...[keep, nick].map((o) => (o === undefined ? 0 : state.mentions[o].confidence)));
    const fields = state.mentions[keep].lexiconId ? { confidence } : { confidence, lexiconId: nick !== undefined ? state.mentions[nick].lexiconId : undefined };
    for (const o of [a, nick, family]) if (o !== undefined && o !== keep && st.spans.has(o)) unmention(state, st, o);
    respan(state, st, keep, { start: sp.start, end }, fields);
  }
}
