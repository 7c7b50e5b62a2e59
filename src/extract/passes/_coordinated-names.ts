// A name no lexicon knows and no title introduces, coordinated right after a person (Arabic, Persian; English below): "التقى
// سيرغي لافروف وماتيو رينالدي", «لاوروف و ماتئو رینالدی را پذیرفت». It starts with a given name of the language's
// lists (given-names.json: faker, persian-names, arabnamer's spellings of Latin-script names), or with any word no
// dictionary lists as a common word when its own title follows it ("وتوماش ليبيتسكي رئيس وزراء بولندا"), with و glued
// to it or written apart, and goes on with one or two name words, the last of which no dictionary lists as a common word. A
// helper of pass 2 (02-titles), after the title and descriptor slots.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue } from "../state.js";
import { classOf, endsName, givenName, nameLike } from "./_name-words.js";

/** Name words after the given name, at most. */
const MAX_AFTER = 2;

export function coordinatedNames(state: ExtractState, st: SentenceState): void {
  if (state.lang === "en") return englishCoordinatedNames(state, st);
  if (state.lang !== "ar" && state.lang !== "fa") return;
  for (const m of [...st.mentions]) {
    if (state.mentions[m].kind !== "person") continue;
    let i = st.spans.get(m)!.end;
    const and = st.tokens[i];
    if (!and) continue;
    let shift = 0;
    if (and.key === "و") i++;
    else if (and.key.startsWith("و") && and.key.length > 3) shift = 1;
    else continue;
    const tok = st.tokens[i];
    if (!tok || st.owner[i] >= 0 || inCue(st, i)) continue;
    const first = shift ? { text: tok.text.slice(1), key: tok.key.slice(1) } : tok;
    const given = givenName(state, first);
    if (!given && classOf(state, first) === "common") continue;
    let end = i + 1;
    while (end < st.tokens.length && end - i <= MAX_AFTER && nameLike(state, st, end) && !(state.lang === "ar" && endsName(state, st.tokens[end])) && !st.titles.some((t) => t.start === end)) end++;
    if (end === i + 1 || classOf(state, st.tokens[end - 1]) === "common") continue;
    // a first word no list holds as a given name: only a name in apposition to its own title, which no one holds
    // yet ("وتوماش ليبيتسكي رئيس وزراء بولندا")
    if (!given && !st.titles.some((t) => t.start === end && t.person === undefined)) continue;
    addMention(state, st, { start: i, end }, { kind: "person", via: "title", confidence: 0.55 }, shift);
  }
  if (state.lang === "ar") for (const m of [...st.mentions]) coordinatedBefore(state, st, m);
}

/**
 * The same, read backwards (Arabic): a name no lexicon knows right before «و» glued to a person, or to the honorific
 * before one («يضم X Y والدكتورة Z W»): a given name and one or two name words, the last no common word, with no name
 * word before it (no longer name cut) and no title ending there (whose slot reads its own name).
 */
function coordinatedBefore(state: ExtractState, st: SentenceState, m: number): void {
  if (state.mentions[m].kind !== "person") return;
  let k = st.spans.get(m)!.start;
  const honorific = st.cues.find((c) => c.kind === "honorific" && c.end === k);
  if (honorific) k = honorific.start;
  if (!/^و/.test(st.tokens[k]?.text ?? "") || st.tokens[k].key.length <= 3) return;
  const end = k;
  let i = end - 1;
  while (i >= 0 && end - i <= MAX_AFTER + 1 && st.owner[i] < 0 && nameLike(state, st, i) && !endsName(state, st.tokens[i]) && !givenName(state, st.tokens[i])) i--;
  if (i < 0 || i === end - 1 || st.owner[i] >= 0 || !nameLike(state, st, i) || !givenName(state, st.tokens[i])) return;
  if (classOf(state, st.tokens[end - 1]) === "common" || inCue(st, end - 1)) return;
  const before = st.tokens[i - 1];
  if (before && !before.punct && (st.owner[i - 1] >= 0 || st.titles.some((t) => t.end === i) || (nameLike(state, st, i - 1) && classOf(state, before) !== "common"))) return;
  addMention(state, st, { start: i, end }, { kind: "person", via: "title", confidence: 0.55 });
}

/** The word lists of the head nouns of buildings', bodies' and media's names (cues.json). */
const HEADS = ["facilityHead", "venueHead", "orgHead", "mediaHead"];

/** Capitalised ("Massa", "O'Brien"), as an English name word is. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * English: "their finance ministers, Fernando Haddad and Sergio Massa": after a person and "and", a capitalised given
 * name of the lists (given-names.json, English and Latin-script) and one or two capitalised words, no head of a
 * building's or a body's name, then no more capitalised words, are a name no lexicon knows.
 */
function englishCoordinatedNames(state: ExtractState, st: SentenceState): void {
  for (const m of [...st.mentions]) {
    if (state.mentions[m].kind !== "person") continue;
    const i = st.spans.get(m)!.end + 1;
    const tok = st.tokens[i];
    if (st.tokens[i - 1]?.key !== "and" || !tok || st.owner[i] >= 0 || inCue(st, i) || !CAPITALISED.test(tok.text) || !givenName(state, tok)) continue;
    let end = i + 1;
    // (a capitalised common word is a surname here, "Sergio Massa", "Gordon Brown"; not the head of a building's or a
    // body's name, "Grace Church", "Victoria Hall")
    const head = (k: string) => HEADS.some((h) => !!state.lex.words.sets[`${h}.en`]?.has(k));
    while (end < st.tokens.length && end - i <= MAX_AFTER && st.owner[end] < 0 && !inCue(st, end) && CAPITALISED.test(st.tokens[end].text) && !head(st.tokens[end].key)) end++;
    if (end === i + 1 || /^\p{Lu}/u.test(st.tokens[end]?.text ?? "")) continue;
    addMention(state, st, { start: i, end }, { kind: "person", via: "title", confidence: 0.55 });
  }
}
