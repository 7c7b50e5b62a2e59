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
    const key = st.tokens[i].key;
    if (st.owner[i] >= 0 || st.titles.some((t) => inSpan(i, t))) continue;
    // "رئيسها التنفيذي X", "ومديره العام X": the body is the one the pronoun stands for, the name follows
    const own = state.lang === "ar" && POSSESSIVE.test(key) && isChief(state, chiefs, key.replace(POSSESSIVE, ""));
    // "المدير العام لمكتب …", "الرئيسة التنفيذية للشركة …": the definite chief, its adjective and the body after ل
    const definite = state.lang === "ar" && /^و?ال/.test(key) && isChief(state, chiefs, key.replace(/^(و?)ال/, "$1"));
    if (!own && !definite && !isChief(state, chiefs, key)) continue;
    let e = i + 1;
    if (tails?.has(st.tokens[e]?.key ?? "") && st.owner[e] < 0) e++;
    if (own) {
      out.push({ start: i, end: e, office: OFFICE, form: "title", phraseEnd: e });
      continue;
    }
    if (definite && e === i + 1) continue;
    const bodyEnd = bodyAt(state, st, e, heads, definite);
    if (bodyEnd === undefined) continue;
    out.push({ start: i, end: e, office: OFFICE, form: "title", phraseEnd: bodyEnd });
  }
  return out;
}

/** An Arabic possessive pronoun on a noun: its, his, her (رئيسها، مديره). */
const POSSESSIVE = /(ها|ه)$/;

/** A chief noun, also with the conjunction و / ف glued to it in Arabic ("ورئيس منظمة …": and the head of). */
function isChief(state: ExtractState, chiefs: Set<string>, key: string): boolean {
  return chiefs.has(key) || (state.lang === "ar" && /^[وف]/.test(key) && key.length > 3 && chiefs.has(key.slice(1)));
}

/** The end of the body's name or head noun that starts at `i`, if one does. */
function bodyAt(state: ExtractState, st: SentenceState, i: number, heads: Set<string>, definite = false): number | undefined {
  const tok = st.tokens[i];
  if (!tok || tok.punct) return undefined;
  if (definite && !/^ل/.test(tok.key)) return undefined;
  const o = st.owner[i];
  if (o >= 0) {
    const sp = st.spans.get(o)!;
    return state.mentions[o].kind === "organization" && sp.start === i ? sp.end : undefined;
  }
  if (st.titles.some((t) => inSpan(i, t))) return undefined;
  // the Arabic head noun with its article: "الجمعية" (the list holds most heads without it)
  const bare = state.lang === "ar" ? tok.key.replace(/^ال/, "") : tok.key;
  // after a definite chief, the body behind the preposition ل ("لمكتب", "للبنك")
  const behind = definite && /^ل/.test(tok.key) ? tok.key.replace(/^لل?/, "") : "";
  if (definite) return behind && heads.has(behind) ? i + 1 : undefined;
  return heads.has(tok.key) || heads.has(bare) ? i + 1 : undefined;
}
