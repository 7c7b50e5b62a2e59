// The head of a body that no office title names (a helper of 02-titles): a chief noun in the construct state
// (cues.json bodyChief: رئیس، مدیر، دبیر، رئيس، مدير …) right before a known organisation or an organisation's head
// noun (cues.json orgHead: بانک، شرکت، الجمعية، مجلس …) is a title slot: "X رئیس بانک توسعه اسلامی", "رئيس
// الجمعية الوطنية X". Persian and Arabic only (English bodies' heads have their own readings in 02b).
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { inSpan } from "../state.js";

/** The office of a body's head (offices.json: "Director General / head of an organisation"). */
const OFFICE = "director-general";

/** Titles for the chief nouns of a sentence before a body; the caller keeps those that find their person. */
export function bodyChiefTitles(state: ExtractState, st: SentenceState): TitleRef[] {
  if (state.lang === "en") return [];
  const sets = state.lex.words.sets;
  const chiefs = sets[`bodyChief.${state.lang}`];
  const tails = sets[`bodyChiefTail.${state.lang}`];
  const heads = sets[`orgHead.${state.lang}`];
  if (!chiefs || !heads) return [];
  const out: TitleRef[] = [];
  for (let i = 0; i < st.tokens.length; i++) {
    if (!isChief(state, chiefs, st.tokens[i].key) || st.owner[i] >= 0 || st.titles.some((t) => inSpan(i, t))) continue;
    let e = i + 1;
    if (tails?.has(st.tokens[e]?.key ?? "") && st.owner[e] < 0) e++;
    const bodyEnd = bodyAt(state, st, e, heads);
    if (bodyEnd === undefined) continue;
    out.push({ start: i, end: e, office: OFFICE, form: "title", phraseEnd: bodyEnd });
  }
  return out;
}

/** A chief noun, also with the conjunction و / ف glued to it in Arabic ("ورئيس منظمة …": and the head of). */
function isChief(state: ExtractState, chiefs: Set<string>, key: string): boolean {
  return chiefs.has(key) || (state.lang === "ar" && /^[وف]/.test(key) && key.length > 3 && chiefs.has(key.slice(1)));
}

/** The end of the body's name or head noun that starts at `i`, if one does. */
function bodyAt(state: ExtractState, st: SentenceState, i: number, heads: Set<string>): number | undefined {
  const tok = st.tokens[i];
  if (!tok || tok.punct) return undefined;
  const o = st.owner[i];
  if (o >= 0) {
    const sp = st.spans.get(o)!;
    return state.mentions[o].kind === "organization" && sp.start === i ? sp.end : undefined;
  }
  if (st.titles.some((t) => inSpan(i, t))) return undefined;
  // the Arabic head noun with its article: "الجمعية" (the list holds most heads without it)
  const bare = state.lang === "ar" ? tok.key.replace(/^ال/, "") : tok.key;
  return heads.has(tok.key) || heads.has(bare) ? i + 1 : undefined;
}
