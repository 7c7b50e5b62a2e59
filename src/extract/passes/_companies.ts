// English company names no lexicon knows and no head noun marks (a helper of pass 2b, 02b-organizations):
//   - before the post of the company's head: "Safaricom chief executive X", "Ethio Telecom CEO X", "Acme's chairman X";
//   - after a noun for a company, in apposition: "state energy company SOCAR", "Chinese telecoms firm Huawei",
//     "the lender Barclays" (cues.json words.companyNoun);
// and the same words elsewhere in the article are that company too ("SOCAR President X").
import type { ExtractState, SentenceState } from "../state.js";
import { inCue as inAnyCue } from "../state.js";
import { wordClass } from "../../lexicon/words.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { addOrganization, capitalised } from "./_organization.js";

/** Offices held in a company: the words right before their title name the company. */
const COMPANY_POSTS = new Set(["chief-executive", "executive-director"]);
/** Offices held in a party, a movement or another body (offices.json), which an acronym before their title names ("leader" is also head-of-state-generic's title). */
const BODY_POSTS = new Set(["party-leader", "head-of-state-generic", "armed-group-leader", "armed-group-spokesperson", "secretary-general", "spokesperson"]);
const MAX_NAME = 3;

export function englishCompanies(state: ExtractState): void {
  const names = [...beforePosts(state), ...afterCompanyNouns(state)];
  if (names.length) elsewhere(state, names);
}

/** "Safaricom chief executive X": the capitalised words right before a company post. */
function beforePosts(state: ExtractState): string[][] {
  const names: string[][] = [];
  for (const st of state.sentences) {
    for (const t of st.titles) {
      if (t.country) continue;
      if (!COMPANY_POSTS.has(t.office)) {
        if (BODY_POSTS.has(t.office)) names.push(...acronymBefore(state, st, t.start));
        continue;
      }
      let end = t.start;
      if (st.tokens[end - 1]?.key === "s" && /^['’]$/.test(st.tokens[end - 2]?.text ?? "")) end -= 2; // "Acme's CEO"
      let start = end;
      while (start > 0 && end - start < 3 && st.owner[start - 1] < 0 && !st.tokens[start - 1].punct && capitalised(st, start - 1) && !inCue(st, start - 1)) start--;
      const words = st.tokens.slice(start, end);
      if (!words.length || words.every((w) => wordClass(w.text, w.key, "en", state.lex.words.nameParts) === "common")) continue;
      if (words.some((w) => state.lex.words.honorificWords.has(w.key))) continue;
      addOrganization(state, st, { start, end });
      names.push(words.map((w) => w.key));
    }
  }
  return names;
}

/**
 * "ANC chairman X", "PTI chief X", "ELN spokesman X": an acronym in capitals right before the post of a party's,
 * a movement's or a body's head names that body (not before "president" or "minister": "DRC President" is a
 * country's). A word the lexicon reads already (NATO, a place) keeps its reading.
 */
function acronymBefore(state: ExtractState, st: SentenceState, post: number): string[][] {
  const b = post - 1;
  const t = st.tokens[b];
  if (!t || st.owner[b] >= 0 || !/^[A-Z]{2,6}$/.test(t.text) || inCue(st, b)) return [];
  // "… of the ANC": an acronym that another capitalised word runs into is part of a longer name
  if (b > 0 && capitalised(st, b - 1) && !st.tokens[b - 1].punct) return [];
  addOrganization(state, st, { start: b, end: b + 1 });
  return [[t.key]];
}

/** "state energy company SOCAR", "telecoms firm Huawei": a company noun, then up to three capitalised words. */
function afterCompanyNouns(state: ExtractState): string[][] {
  const nouns = state.lex.words.sets["companyNoun.en"];
  const names: string[][] = [];
  if (!nouns) return names;
  for (const st of state.sentences) {
    for (let i = 0; i + 1 < st.tokens.length; i++) {
      const t = st.tokens[i];
      if (!nouns.has(t.key) || /^[A-Z]/.test(t.text) || st.owner[i] >= 0) continue;
      let end = i + 1;
      while (end < st.tokens.length && end - i <= MAX_NAME && st.owner[end] < 0 && !st.tokens[end].punct && capitalised(st, end) && !inCue(st, end)) end++;
      const words = st.tokens.slice(i + 1, end);
      // a name: not a common or calendar word ("the company Tuesday"), nor a person's given name
      if (!words.length || words.some((w) => wordClass(w.text, w.key, "en", state.lex.words.nameParts) !== "unknown" || calendarLexicon().get(phraseKey(w.text)).length > 0)) continue;
      addOrganization(state, st, { start: i + 1, end });
      names.push(words.map((w) => w.key));
      i = end - 1;
    }
  }
  return names;
}

/** The same words elsewhere in the article, not inside a longer capitalised name. */
function elsewhere(state: ExtractState, names: string[][]): void {
  for (const st of state.sentences) {
    for (let i = 0; i < st.tokens.length; i++) {
      const n = names.find((k) => k.every((key, j) => st.tokens[i + j]?.key === key && st.owner[i + j] < 0));
      // (a capitalised word around it makes a longer name, except a sentence's "The")
      if (!n || (i > 0 && capitalised(st, i - 1) && st.owner[i - 1] < 0 && !st.tokens[i - 1].punct && st.tokens[i - 1].key !== "the") || capitalised(st, i + n.length)) continue;
      addOrganization(state, st, { start: i, end: i + n.length });
      i += n.length - 1;
    }
  }
}

/** A word of a cue of another pass, a rank or an honorific included. */
function inCue(st: SentenceState, i: number): boolean {
  return inAnyCue(st, i, (c) => c.kind === "honorific");
}
