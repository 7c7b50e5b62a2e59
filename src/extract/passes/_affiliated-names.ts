// A person named in a list by the side they come from (a helper of 02-titles): Persian lists the members of
// delegations or the signers of a document with «از» and the group, party or faction after each name instead of a
// title ("A، رئیس هیئت …، B از گروه X و C از حزب Y امضا کردند"). The heads of such a side are cues.json words
// `affiliationHead` (گروه، جناح، تنظیم …) and `orgHead`. The name is read as a name before a title is
// (`newNameBefore`), and only where a list item starts (at the sentence's start, after a comma, a colon or «و»)
// and its first word is no dictionary word ("تیم ملی از گروه …": the national team, of a group).
// A town right after the group noun names the group ("از گروه پشاور": the Peshawar group), no place of the clause.
import type { ExtractState, SentenceState } from "../state.js";
import { unmention } from "../state.js";
import { newNameBefore } from "./_names-before.js";
import { classOf } from "./_name-words.js";
import { itemStart } from "./_list-commas.js";
import { normalizeKey } from "../../text/normalize.js";

const FROM = normalizeKey("از");

/** Person mentions for new names right before «از» + a group's head noun. */
export function namesBeforeAffiliation(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "fa") return;
  const sets = state.lex.words.sets;
  const heads = [sets["affiliationHead.fa"], sets["orgHead.fa"]];
  for (let i = 2; i < st.tokens.length - 1; i++) {
    if (st.tokens[i].key !== FROM || st.owner[i] >= 0) continue;
    const head = st.tokens[i + 1];
    if (!heads.some((h) => h?.has(head.key))) continue;
    const person = st.owner[i - 1] >= 0 ? (state.mentions[st.owner[i - 1]].kind === "person" ? st.owner[i - 1] : undefined) : newPerson(state, st, i);
    if (person === undefined) continue;
    // a group named after a town ("از گروه پشاور": the Peshawar group) is a side, not that place
    const p = st.owner[i + 2];
    if (sets["affiliationHead.fa"]?.has(head.key) && p !== undefined && p >= 0 && state.mentions[p].kind === "place") unmention(state, st, p);
  }
}

/** The new name before «از» at `i`, kept where a list item starts and a word no dictionary knows or a name word (or سید before one) opens it. */
function newPerson(state: ExtractState, st: SentenceState, i: number): number | undefined {
  const o = newNameBefore(state, st, i);
  if (o === undefined) return undefined;
  const sp = st.spans.get(o)!;
  const first = state.lex.words.sets["sayyid.fa"]?.has(st.tokens[sp.start].key) && sp.start < sp.end - 1 ? sp.start + 1 : sp.start;
  if (itemStart(state, st, sp.start, "and") && classOf(state, st.tokens[first]) !== "common") return o;
  unmention(state, st, o);
  return undefined;
}

