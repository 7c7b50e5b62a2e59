// Later mentions of names no lexicon knows (a helper of pass 2, 02-titles): a name read once in a title slot
// ("Treasury secretary Kamau Ng'ang'a", "رئيس الجمعية الوطنية مسعود ولد بلخير") is the same person wherever the
// article writes it again, in full or by its surname ("Ng'ang'a told reporters", "استقبل ولد بلخير"), with no
// title beside it. The resolver (resolve/entities.ts) joins a surname to the full name it ends.
import { lexiconPeopleNamedInFull, NAMED_IN_FULL } from "../../model.js";
import type { ExtractState } from "../state.js";
import { addMention, inCue } from "../state.js";
import { PhraseMatcher } from "../../text/matcher.js";
import { normalizeKey } from "../../text/normalize.js";
import { isCommonWord, wordClass } from "../../lexicon/words.js";
import { classOf } from "./_name-words.js";
import { titledSurname } from "./_titled-surnames.js";
import { afterEventWith } from "./_with-surname.js";

/** Finds the names read in title, quote and honorific slots again in every sentence, where no mention is yet. */
export function echoNewNames(state: ExtractState): void {
  const fulls = new Set<string>();
  const surnames = new Map<string, Set<string>>();
  const afterEvent = new Map<string, Set<string>>();
  const alone = new Set<string>();
  for (const m of state.mentions) {
    if (m.kind !== "person" || m.lexiconId || m.antecedent !== undefined || (m.via !== "title" && m.via !== "quote")) continue;
    const words = normalizeKey(m.text).split(" ").filter(Boolean);
    // a surname alone after the title of a head of state or government or a minister ("President Kowalczyk") is a
    // name of its own, written again alone ("Kowalczyk said"); the resolver keeps it (resolve/entities.ts)
    if (words.length === 1 && titledSurname(state, m.index)) alone.add(words[0]);
    if (words.length < 2) continue;
    const full = words.join(" ");
    fulls.add(full);
    for (const s of surnameForms(state, m.text.trim().split(/\s+/), words)) (surnames.get(s) ?? surnames.set(s, new Set()).get(s)!).add(full);
    // a surname the dictionary knows as a word, of a name led by a given name, stands for it only right after an
    // event word ("التقت غنام …": she met, the surname is its subject) or an honorific («آقای قانونی»), or in Persian
    // opening a sentence with one
    const last = words[words.length - 1];
    if (state.lang !== "en" && last.length >= 3 && !surnames.has(last) && classOf(state, { text: m.text.trim().split(/\s+/)[0], key: words[0] }) === "name") {
      if (!state.lex.words.titleWordsIn[state.lang]?.has(last)) (afterEvent.get(last) ?? afterEvent.set(last, new Set()).get(last)!).add(full);
    }
  }
  if (!fulls.size && !alone.size) return;
  echoFirstWords(state);
  const matcher = new PhraseMatcher<true>();
  for (const f of fulls) matcher.add(f, true);
  // (a surname alone that is also the last word of a longer new name is that name's: the resolver joins them)
  for (const a of alone) if (!surnames.has(a) && !fulls.has(a)) matcher.add(a, true);
  // a surname two of the article's new people share names neither of them
  for (const [s, owners] of surnames) if (owners.size === 1 && !fulls.has(s)) matcher.add(s, true);
  const eventMatcher = new PhraseMatcher<true>();
  for (const [s, owners] of afterEvent) if (owners.size === 1 && !fulls.has(s) && !surnames.has(s)) eventMatcher.add(s, true);
  matcher.build();
  eventMatcher.build();
  // a lexicon short form the surname also is ("الجبوري": another Jabouri), read with less than full confidence, yields
  // to the new name when the article does not name the lexicon's person in full (Arabic)
  const namedInFull = lexiconPeopleNamedInFull(state.mentions);
  for (const st of state.sentences) {
    // (Persian puts the subject first: "نوذری روز بعد با … دیدار کرد", the surname opening a sentence that tells an event)
    const subjectFirst = (h: { start: number }) => state.lang === "fa" && h.start === 0 && st.triggers.length > 0;
    // (and right after an honorific, which names a person: «آقای قانونی», "Mr Qanuni"); or after «مع» following an event word: _with-surname
    const afterHonorific = (h: { start: number }) => st.cues.some((c) => c.kind === "honorific" && c.end === h.start);
    const afterTrigger = eventMatcher.findAll(st.tokens).filter((h) => !h.proclitic && (st.triggers.some((t) => t.end === h.start) || subjectFirst(h) || afterHonorific(h) || afterEventWith(state, st, h.start)));
    for (const hit of [...matcher.findAll(st.tokens, { proclitics: state.lang === "ar", lang: state.lang }), ...afterTrigger]) {
      const o = st.owner[hit.start];
      const x = o >= 0 ? state.mentions[o] : undefined;
      if (state.lang === "ar" && x && x.kind === "person" && x.lexiconId && x.via === "lexicon" && x.confidence < 0.9 && x.antecedent === undefined && !namedInFull.has(x.lexiconId) && sameSpan(st.spans.get(o)!, hit)) {
        Object.assign(x, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
        continue;
      }
      let free = true;
      // (the syllable after an apostrophe, "a" of Ng'ang'a, may be a stop word)
      for (let i = hit.start; i < hit.end; i++) if (st.owner[i] >= 0 || (inCue(st, i) && !/^['’]$/.test(st.tokens[i - 1]?.text ?? ""))) free = false;
      if (!free || runsOn(state, st, hit.start, hit.end)) continue;
      addMention(state, st, { start: hit.start, end: hit.end }, { kind: "person", via: "title", confidence: 0.6 }, hit.proclitic?.length ?? 0);
    }
  }
}

/**
 * English: a name whose first word is no given name the lexicon knows is written with the family name first
 * (Chinese, Vietnamese, Korean: "Hu Jintao" is "Hu") or is called by its first name (Thai, Indonesian,
 * Ethiopian: "Abhisit Vejjajiva" is "Abhisit"); either way the first word alone, capitalised and no common word,
 * refers to that person when no other person of the article starts with it. So does the first word of a lexicon
 * person named in full that no short form holds ("Xi" for Xi Jinping: two letters, and a Greek letter in the
 * dictionary; not an English given name, "William" for William Ruto). Each such word becomes a reference
 * to the full name (an `antecedent`), found after it, where no mention is yet. Run by pass 2 for the names of
 * title slots and again by pass 3 for those it reads ("his Vietnamese counterpart Tran Duc Luong").
 */
export function echoFirstWords(state: ExtractState): void {
  if (state.lang !== "en") return;
  const owners = new Map<string, number[]>();
  for (const m of state.mentions) {
    // (a short form read with little confidence is no other person: see `weak` below)
    if (m.kind !== "person" || m.antecedent !== undefined || (m.lexiconId && m.confidence <= 0.5)) continue;
    const written = m.text.trim().split(/\s+/);
    const key = normalizeKey(written[0]);
    const list = owners.get(key) ?? owners.set(key, []).get(key)!;
    if (!list.some((o) => normalizeKey(state.mentions[o].text) === normalizeKey(m.text))) list.push(m.index);
  }
  const eligible = (key: string, o: number) => {
    const m = state.mentions[o];
    const written = m.text.trim().split(/\s+/);
    // (a lexicon person named in full too: "Xi Jinping … Xi met", a two-letter family name no short form holds)
    const known = !!m.lexiconId && m.via === "lexicon" && m.confidence >= NAMED_IN_FULL;
    if ((m.lexiconId && !known) || (!known && m.via !== "title" && m.via !== "quote") || written.length < 2 || written.length > 4) return false;
    // (of a lexicon person, a family name of three letters or fewer though a dictionary has it: Xi, Wen, Ban)
    const common = isCommonWord(written[0], "en") && !(known && written[0].length <= 3);
    if (!/^[A-Z][a-z]+$/.test(written[0]) || common || state.lex.words.givenNames.en?.has(key)) return false;
    return !state.lex.words.sets.nameParticle.has(key) && !state.lex.words.titleWordsIn.en?.has(key);
  };
  // several people named in full with the word first ("Li Qiang", "Li Keqiang"): each occurrence is the one of
  // them named before it, when only one is
  const first = new Map<string, number[]>();
  for (const [key, list] of owners) if (list.every((o) => eligible(key, o))) first.set(key, list);
  if (!first.size) return;
  // a lexicon short form the word also is ("Wang": Wang Yi), read with little confidence, yields to the person
  // the article names in full when it does not name the lexicon's one in full
  const namedInFull = lexiconPeopleNamedInFull(state.mentions);
  const weak = (o: number) => {
    const m = state.mentions[o];
    return m.kind === "person" && !!m.lexiconId && m.confidence <= 0.5 && m.antecedent === undefined && !namedInFull.has(m.lexiconId);
  };
  for (const st of state.sentences) {
    for (let i = 0; i < st.tokens.length; i++) {
      const o = st.owner[i];
      const full = onlyNamedBefore(state, first.get(st.tokens[i].key), st.s.index, st.tokens[i].start);
      if (full !== undefined && o >= 0 && weak(o) && st.spans.get(o)!.start === i && st.spans.get(o)!.end === i + 1 && st.s.index >= state.mentions[full].sentenceIndex) {
        Object.assign(state.mentions[o], { lexiconId: undefined, alternatives: undefined, via: "title", antecedent: full, confidence: 0.6 });
        continue;
      }
      if (full === undefined || o >= 0 || inCue(st, i) || st.tokens[i].text !== state.mentions[full].text.trim().split(/\s+/)[0]) continue;
      if (st.s.index < state.mentions[full].sentenceIndex || runsOn(state, st, i, i + 1)) continue;
      addMention(state, st, { start: i, end: i + 1 }, { kind: "person", via: "title", antecedent: full, confidence: 0.6 });
    }
  }
}

/** Of the people named in full with a word first, the one named before a place of the text (of one, itself), else undefined. */
function onlyNamedBefore(state: ExtractState, list: number[] | undefined, sentence: number, at: number): number | undefined {
  if (!list || list.length === 1) return list?.[0];
  const named = list.filter((o) => state.mentions[o].sentenceIndex < sentence || (state.mentions[o].sentenceIndex === sentence && state.mentions[o].end <= at));
  return named.length === 1 ? named[0] : undefined;
}

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

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
 * English: a match that another capitalised name word (no honorific) runs on from or into is someone else's name ("Mary Kamau"),
 * and one before a capitalised head noun of a body names the body ("Dangote Group", "Kenyatta University").
 */
function runsOn(state: ExtractState, st: ExtractState["sentences"][number], start: number, end: number): boolean {
  if (state.lang !== "en") return false;
  const tokens = st.tokens;
  const cap = (i: number) => !!tokens[i] && /^[A-Z][a-z]/.test(tokens[i].text) && !isCommonWord(tokens[i].text, "en");
  const head = !!tokens[end] && /^[A-Z]/.test(tokens[end].text) && !!state.lex.words.sets["orgHead.en"]?.has(tokens[end].key);
  // (an honorific before it is no name word: "Ms Laing", "Dr Mwangi")
  const honorific = st.cues.some((c) => c.kind === "honorific" && c.end === start);
  return (start > 0 && cap(start - 1) && !honorific) || cap(end) || head;
}
