// Arabic name slots that the name-word model alone does not read (helpers of _names.ts): a name of
// common words after an honorific or a military rank, and a regnal name after a royal style.
import type { ExtractState, SentenceState } from "../state.js";
import { perfectVerb } from "../../lexicon/arabic-verbs.js";

/** An honorific (cues.json honorifics: السيد، الشيخ، العماد، اللواء …) ends right before `i`. */
export function afterHonorific(state: ExtractState, st: SentenceState, i: number): boolean {
  return state.lang === "ar" && st.cues.some((c) => c.kind === "honorific" && c.end === i);
}


/**
 * A name of common words only, right after an Arabic honorific or military rank ("السيد فاروق الشرع",
 * "العماد إميل لحود": Ayaspell lists both words of each): the honorific marks a name, and the name run already
 * ends at verb forms with a pronoun and at prefixed nouns (lexicon/arabic-verbs.ts). Read when it has two or three
 * words, none a function word and none a perfect verb ("الفريق عمل على": the team worked on); a perfect verb
 * that ends the run ends the name before it ("العماد إميل لحود أعرب").
 */
export function rankedName(state: ExtractState, st: SentenceState, words: number[]): boolean {
  const text = (w: number) => st.tokens[w].text;
  while (words.length > 2 && perfectVerb(text(words[words.length - 1]))) words.pop();
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => !state.lex.words.sets.functionWord.has(st.tokens[w].key) && !perfectVerb(text(w)));
}

/**
 * An Arabic name of three words whose last is a perfect verb that no name list holds ("خالد حداد أعرب فيها"): the
 * name ends before the verb, as rankedName ends a name of common words; a name word (a given name, a lexicon name
 * part) is kept. `words` is cut in place.
 */
export function verbAfterName(state: ExtractState, st: SentenceState, words: number[], isName: (i: number) => boolean): void {
  if (state.lang !== "ar") return;
  // (not the last word of a name an honorific opens, right before the comma that closes its apposition: «السيد عبد
  // العزيز خلف، …», where «خلف» is no verb "succeeded" with its subject but the family name)
  const closed = (w: number) => afterHonorific(state, st, words[0]) && /^[،,]$/.test(st.tokens[w + 1]?.text ?? "");
  while (words.length > 2 && !isName(words[words.length - 1]) && perfectVerb(st.tokens[words[words.length - 1]].text) && !closed(words[words.length - 1])) words.pop();
}


/** The start of a royal style (an honorific cue) ending right before `i`, if one does (Arabic). */
export function royalStyle(state: ExtractState, st: SentenceState, i: number): number | undefined {
  if (state.lang !== "ar") return undefined;
  const c = st.cues.find((x) => x.kind === "honorific" && x.end === i && x.end - x.start === 1 && state.lex.words.sets.royalHonorific.has(st.tokens[x.start].key));
  return c?.start;
}



/** Is token `i` a nasab particle of an Arabic name (cues.json nasab: بن، ابن، بنت; the Mauritanian ولد)? */
export function nasabParticle(state: ExtractState, st: SentenceState, i: number): boolean {
  return state.lang === "ar" && !!state.lex.words.sets["nasab.ar"]?.has(st.tokens[i]?.key ?? "");
}

/**
 * Right after a nasab particle that is the name's last word so far, a word other lists read as an honorific or title
 * (الشيخ، سلطان) or as another person's weak short form (one word, confidence under 0.9) is a word of the father's
 * name: "بندر بن سلطان", "محمد ولد الشيخ أحمد". Not a function word, an Arabic office title's word or a verb form;
 * any other word is read, or not, as every name word is.
 */
export function nasabWord(state: ExtractState, st: SentenceState, words: number[], i: number): boolean {
  if (!words.length || words[words.length - 1] !== i - 1 || !nasabParticle(state, st, i - 1)) return false;
  const tok = st.tokens[i];
  if (!tok || tok.punct || !/^[\u0600-\u06FF]+$/.test(tok.text) || tok.key.length < 3 || state.lex.words.sets.functionWord.has(tok.key) || perfectVerb(tok.text)) return false;
  if (state.lex.words.titleWordsIn.ar?.has(tok.key) && !st.cues.some((c) => c.kind === "honorific" && c.start === i && c.end === i + 1)) return false;
  const o = st.owner[i];
  if (o >= 0) return weakOneWord(state, st, o, i);
  if (st.cues.some((c) => c.kind !== "honorific" && c.kind !== "common" && c.start <= i && i < c.end)) return false;
  // (only a word another list claims: the verb ولد "was born" before "عام 1950" reads no name)
  const lists = state.lex.words;
  return st.cues.some((c) => c.kind === "honorific" && c.start === i && c.end === i + 1) || lists.honorificWords.has(tok.key) || lists.titleWords.has(tok.key);
}

/** A one-word lexicon person read weakly (a short form, confidence under 0.9) at token `i`. */
export function weakOneWord(state: ExtractState, st: SentenceState, o: number, i: number): boolean {
  const m = state.mentions[o];
  const sp = st.spans.get(o)!;
  return m.kind === "person" && m.via === "lexicon" && m.confidence < 0.9 && sp.start === i && sp.end === i + 1;
}

/**
 * An honorific right after a nasab particle is inside a name ("محمد بوي ولد الشيخ محمد فاضل": الشيخ is the father's):
 * the name starts at the given name before the particle, past one or two more name words. Undefined otherwise.
 */
export function nasabOpener(state: ExtractState, st: SentenceState, h: number, nameWordAt: (i: number) => boolean, givenAt: (i: number) => boolean): number | undefined {
  if (!nasabParticle(state, st, h - 1) || st.owner[h - 1] >= 0) return undefined;
  let s = h - 1;
  for (let k = h - 2; k >= 0 && h - 2 - k < 3 && st.owner[k] < 0 && nameWordAt(k); k--) s = k;
  return s < h - 1 && givenAt(s) ? s : undefined;
}

/**
 * A title word without the article right before a nasab particle is a given name, not a title: «الدكتور مساعد بن محمد
 * X» (مساعد: assistant), «سلطان بن أحمد» (as 02-titles reads a title hit there).
 */
export function titleWordBeforeNasab(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (state.lang === "en" || !state.lex.words.sets.nasabShort.has(st.tokens[i + 1]?.key ?? "") || /^(و|ف)?ال/.test(tok.key)) return false;
  return !!state.lex.words.titleWordsIn[state.lang]?.has(tok.key);
}
