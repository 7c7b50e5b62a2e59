// The head of a body named right before a name, in English (a helper of 02b-organizations): "head of the State
// Agency for Forests X Y", "chairman of the Supreme Audit Chamber X Y", as the news agencies of the former Soviet
// states and of Asia write it in English, with no comma between the body's name and the name. After pass 2b has read
// the body (a known organisation or one named by its head noun), a chief noun, "of" and the article before it make a
// title slot for the name right after the body: a name of two words or more no lexicon knows is read there, as after
// "Minister", and holds the office of the body's head. (The Persian and Arabic chiefs are _body-chiefs.ts.)
import type { ExtractState, SentenceState } from "../state.js";
import { addRole, inSpan } from "../state.js";
import { newNameAfter } from "./_names.js";

/** The office of a body's head (offices.json: "Director General / head of an organisation"). */
const OFFICE = "director-general";
/** English nouns for the one who heads a body (standard English usage for the heads of public bodies). */
const CHIEFS = new Set(["head", "chairman", "chairwoman", "chairperson", "director", "chief"]);

/** Reads the names right after "head of the <body>" in every English sentence. */
export function englishBodyChiefs(state: ExtractState): void {
  if (state.lang !== "en") return;
  for (const st of state.sentences) for (let i = 0; i + 3 < st.tokens.length; i++) readChief(state, st, i);
}

function readChief(state: ExtractState, st: SentenceState, i: number): void {
  const tokens = st.tokens;
  if (!CHIEFS.has(tokens[i].key) || tokens[i + 1].key !== "of" || st.owner[i] >= 0 || st.titles.some((t) => inSpan(i, t))) return;
  const b = tokens[i + 2].key === "the" ? i + 3 : i + 2;
  const o = st.owner[b];
  if (o === undefined || o < 0 || state.mentions[o].kind !== "organization") return;
  const body = st.spans.get(o)!;
  if (body.start !== b) return;
  // the name follows the body's name at once: a capitalised word no mention holds, no comma
  const next = tokens[body.end];
  if (!next || next.punct || st.owner[body.end] >= 0 || !/^\p{Lu}\p{Ll}/u.test(next.text)) return;
  const person = newNameAfter(state, st, body.end, true);
  if (person === undefined) return;
  const end = st.spans.get(person)!.end;
  st.titles.push({ start: i, end: i + 1, office: OFFICE, form: "title", phraseEnd: body.end, person });
  addRole(state, st, { start: i, end }, { person, office: OFFICE, confidence: 0.7 });
}
