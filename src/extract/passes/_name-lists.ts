// Names listed after a plural title or "among them" (a helper of pass 2, 02-titles): Persian news names a group and
// then its members, "وزیران خارجه سه کشور، A، B و C، …", "با نمایندگان تبریز، از جمله A و B، …". Each member is a
// name no lexicon may know, with no title of its own beside it.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { classOf, givenName, nameLike } from "./_name-words.js";

const COMMA = /^[،,]$/;
const AND = normalizeKey("و");
const AMONG = [normalizeKey("از"), normalizeKey("جمله")];

/**
 * Persian: after "از جمله" (among them), or after a comma that closes a group led by a plural title word (a title
 * word of the lexicon ending in ان or ات: وزیران، نمایندگان، سران، مقامات), a list of two names or more joined by
 * commas and a last و, closed by a comma or the sentence's end. Every item must be a person: one the lexicon already
 * read, or two or three name-like words of which one at least is a given name or no common word. One item that is
 * none (a place, common words) and the list is read as no list at all.
 */
export function namesAfterGroup(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "fa") return;
  const toks = st.tokens;
  for (let i = 0; i < toks.length; i++) {
    let from: number | undefined;
    if (toks[i].key === AMONG[0] && toks[i + 1]?.key === AMONG[1] && st.owner[i] < 0) from = i + 2;
    else if (COMMA.test(toks[i].text) && pluralTitleBefore(state, st, i)) from = i + 1;
    if (from === undefined) continue;
    const items = listAt(state, st, from);
    if (!items) continue;
    for (const it of items) if (it.fresh) addMention(state, st, { start: it.start, end: it.end }, { kind: "person", via: "title", confidence: 0.55 });
  }
}

/** A plural title word among the few words before the comma at `c`, since the clause's last comma. */
function pluralTitleBefore(state: ExtractState, st: SentenceState, c: number): boolean {
  const titleWords = state.lex.words.titleWordsIn.fa;
  for (let j = c - 1; j >= 0 && j >= c - 5; j--) {
    const tok = st.tokens[j];
    if (tok.punct) return false;
    if (/(ان|ات)$/.test(tok.key) && titleWords?.has(tok.key)) return true;
  }
  return false;
}

interface Item {
  start: number;
  end: number;
  /** No mention holds it yet: a new name. */
  fresh: boolean;
}

function listAt(state: ExtractState, st: SentenceState, from: number): Item[] | undefined {
  const toks = st.tokens;
  const items: Item[] = [];
  let i = from;
  let last = false;
  for (;;) {
    let end = i;
    while (end < toks.length && !COMMA.test(toks[end].text) && toks[end].key !== AND && !(toks[end].punct && /^[.!؟?؛:]$/.test(toks[end].text))) end++;
    const item = personItem(state, st, i, end);
    if (!item) return undefined;
    items.push(item);
    if (last) {
      // closed by a comma or the sentence's end
      if (end < toks.length && !COMMA.test(toks[end].text) && !/^[.!؟?؛]$/.test(toks[end].text)) return undefined;
      break;
    }
    if (end >= toks.length) return undefined;
    if (toks[end].key === AND) last = true;
    i = end + 1;
  }
  return items.length >= 2 && items.some((x) => x.fresh) ? items : undefined;
}

function personItem(state: ExtractState, st: SentenceState, start: number, end: number): Item | undefined {
  if (end <= start || end - start > 4) return undefined;
  const o = st.owner[start];
  if (o >= 0) {
    const sp = st.spans.get(o)!;
    return state.mentions[o].kind === "person" && sp.start === start && sp.end === end ? { start, end, fresh: false } : undefined;
  }
  if (end - start < 2 || end - start > 3) return undefined;
  for (let k = start; k < end; k++) if (!nameLike(state, st, k)) return undefined;
  const words = st.tokens.slice(start, end);
  if (!words.some((w) => givenName(state, w) || classOf(state, w) !== "common")) return undefined;
  return { start, end, fresh: true };
}
