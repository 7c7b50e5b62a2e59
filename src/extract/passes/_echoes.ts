// Later mentions of names no lexicon knows (a helper of pass 2, 02-titles): a name read once in a title slot
// ("Treasury secretary Kamau Ng'ang'a", "رئيس الجمعية الوطنية مسعود ولد بلخير") is the same person wherever the
// article writes it again, in full or by its surname ("Ng'ang'a told reporters", "استقبل ولد بلخير"), with no
// title beside it. The resolver (resolve/entities.ts) joins a surname to the full name it ends.
import type { ExtractState } from "../state.js";
import { addMention, inCue } from "../state.js";
import { PhraseMatcher } from "../../text/matcher.js";
import { normalizeKey } from "../../text/normalize.js";
import { isCommonWord, wordClass } from "../../lexicon/words.js";
import { classOf } from "./_names.js";

/** Finds the names read in title, quote and honorific slots again in every sentence, where no mention is yet. */
export function echoNewNames(state: ExtractState): void {
  const fulls = new Set<string>();
  const surnames = new Map<string, Set<string>>();
  const afterEvent = new Map<string, Set<string>>();
  for (const m of state.mentions) {
    if (m.kind !== "person" || m.lexiconId || m.antecedent !== undefined || (m.via !== "title" && m.via !== "quote")) continue;
    const words = normalizeKey(m.text).split(" ").filter(Boolean);
    if (words.length < 2) continue;
    const full = words.join(" ");
    fulls.add(full);
    for (const s of surnameForms(state, m.text.trim().split(/\s+/), words)) (surnames.get(s) ?? surnames.set(s, new Set()).get(s)!).add(full);
    // a surname the dictionary knows as a word, of a name led by a given name, stands for it only right after an
    // event word ("التقت غنام …": she met, the surname is its subject)
    const last = words[words.length - 1];
    if (state.lang !== "en" && last.length >= 3 && !surnames.has(last) && classOf(state, { text: m.text.trim().split(/\s+/)[0], key: words[0] }) === "name") {
      if (!state.lex.words.titleWordsIn[state.lang]?.has(last)) (afterEvent.get(last) ?? afterEvent.set(last, new Set()).get(last)!).add(full);
    }
  }
  if (!fulls.size) return;
  const matcher = new PhraseMatcher<true>();
  for (const f of fulls) matcher.add(f, true);
  // a surname two of the article's new people share names neither of them
  for (const [s, owners] of surnames) if (owners.size === 1 && !fulls.has(s)) matcher.add(s, true);
  const eventMatcher = new PhraseMatcher<true>();
  for (const [s, owners] of afterEvent) if (owners.size === 1 && !fulls.has(s) && !surnames.has(s)) eventMatcher.add(s, true);
  matcher.build();
  eventMatcher.build();
  for (const st of state.sentences) {
    const afterTrigger = eventMatcher.findAll(st.tokens).filter((h) => !h.proclitic && st.triggers.some((t) => t.end === h.start));
    for (const hit of [...matcher.findAll(st.tokens, { proclitics: state.lang === "ar" }), ...afterTrigger]) {
      let free = true;
      // (the syllable after an apostrophe, "a" of Ng'ang'a, may be a stop word)
      for (let i = hit.start; i < hit.end; i++) if (st.owner[i] >= 0 || (inCue(st, i) && !/^['’]$/.test(st.tokens[i - 1]?.text ?? ""))) free = false;
      if (!free || runsOn(state, st.tokens, hit.start, hit.end)) continue;
      addMention(state, st, { start: hit.start, end: hit.end }, { kind: "person", via: "title", confidence: 0.6 }, hit.proclitic?.length ?? 0);
    }
  }
}

/**
 * The short forms of a new name that may stand for it alone: its last word when no dictionary knows it as a
 * common word (Ng'ang'a, O'Rourke, بوستامانتي), and a particle with the word after it (ولد بلخير، بن شماش).
 */
function surnameForms(state: ExtractState, written: string[], keys: string[]): string[] {
  const out: string[] = [];
  const last = written[written.length - 1];
  const key = keys[keys.length - 1];
  const particle = keys.length >= 3 && state.lex.words.sets.nameParticle.has(keys[keys.length - 2]);
  if (particle) out.push(keys.slice(-2).join(" "));
  const bare = last.replace(/['’]/g, "");
  const common = state.lang === "en" ? isCommonWord(bare, "en") || !/^[A-Z]/.test(last) : wordClass(last, key, state.lang, state.lex.words.nameParts) === "common";
  if (!common && bare.length >= 3 && !particle && !state.lex.words.titleWordsIn[state.lang]?.has(key)) out.push(key);
  return out;
}

/**
 * English: a match that another capitalised name word runs on from or into is someone else's name ("Mary Kamau"),
 * and one before a capitalised head noun of a body names the body ("Dangote Group", "Kenyatta University").
 */
function runsOn(state: ExtractState, tokens: ExtractState["sentences"][number]["tokens"], start: number, end: number): boolean {
  if (state.lang !== "en") return false;
  const cap = (i: number) => !!tokens[i] && /^[A-Z][a-z]/.test(tokens[i].text) && !isCommonWord(tokens[i].text, "en");
  const head = !!tokens[end] && /^[A-Z]/.test(tokens[end].text) && !!state.lex.words.sets["orgHead.en"]?.has(tokens[end].key);
  return (start > 0 && cap(start - 1)) || cap(end) || head;
}
