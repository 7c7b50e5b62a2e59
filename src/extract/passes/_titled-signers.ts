// Arabic signings whose signers stand, with their titles, between the verb and the document: "وقع وزير الطاقة
// والمناجم، X، ووزير الدولة للموارد البترولية النيجيري، Y، ووزير البترول النيجري، Z، اليوم … على مذكرة تفاهم",
// "وقع معالي وزير البترول والثروة المعدنية المهندس X ووزير الخارجية الصيني Y اتفاقية …". Arabic puts the subject
// after the verb (VSO), so a list of ministers with their offices can be far longer than the words pass 1 lets
// stand between وقع and its document (_cue-readings.lightVerbTriggers: twelve words; the verb alone also means
// "happened", so it signs only with its document). Once pass 2 has read the titles and the names beside them, the
// words of a title, of a person's or an organisation's name, an honorific, a country adjective and the adjuncts of
// time and place pass 1 skips already do not count towards those twelve: the rest of the words between the verb
// and the document are what the gap measures, as in pass 1. A helper of pass 2b (run after the titles and the
// organisations are read), not a pass: it adds an agreement trigger on the verb, as pass 1 does.
import type { ExtractState, SentenceState } from "../state.js";
import { adjunctAr, dateBracket, SIGN_GAP_AR } from "./_cue-readings.js";

/** Quotation marks around a body's short name or acronym inside a signer's title ('رئيس الوكالة … "جايكا"'). */
const QUOTE = /^["“”«»]$/;

export function signingsAcrossTitles(state: ExtractState): void {
  if (state.lang !== "ar") return;
  const sets = state.lex.words.sets;
  const verbs = sets["signVerb.ar"];
  const nouns = sets["documentNoun.ar"];
  if (!verbs || !nouns) return;
  const has = (set: Set<string>, key: string) => set.has(key) || (/^[وف]/.test(key) && set.has(key.slice(1)));
  for (const st of state.sentences) {
    st.tokens.forEach((t, i) => {
      if (!has(verbs, t.key) || st.triggers.some((x) => x.kind === "agreement" && x.start <= i && x.end > i)) return;
      const j = documentAfter(state, st, i, verbs, nouns, has);
      if (j === undefined) return;
      st.triggers.push({ start: i, end: i + 1, kind: "agreement", text: state.doc.article.text.slice(t.start, st.tokens[j].end) });
      st.triggers.sort((a, b) => a.start - b.start);
    });
  }
}

/** The document the sign verb at i takes past titled signers, when the other words between are within the gap. */
function documentAfter(
  state: ExtractState,
  st: SentenceState,
  i: number,
  verbs: Set<string>,
  nouns: Set<string>,
  has: (set: Set<string>, key: string) => boolean,
): number | undefined {
  let words = 0;
  let signers = 0;
  for (let j = i + 1; j < st.tokens.length && words <= SIGN_GAP_AR; j++) {
    const w = st.tokens[j];
    if (nouns.has(w.key)) return signers > 0 ? j : undefined;
    if (has(verbs, w.key)) return undefined;
    if (w.punct) {
      // (the slash of a month named in both calendars' names, "9 تموز/يوليو 2018", is inside the date; a bracket
      // round an organisation's acronym, "القوات المسلحة الثورية الكولومبية (فارك)", is part of the signer's title)
      if (w.text === "،" || QUOTE.test(w.text) || dateBracket(st, j) || adjunctAr(state, st, j) || acronymBracket(state, st, j)) continue;
      return undefined;
    }
    const o = st.owner[j];
    const kind = o >= 0 ? state.mentions[o].kind : undefined;
    if (kind === "person" && st.spans.get(o)?.start === j) signers++;
    const titled = st.titles.some((x) => x.start <= j && j < x.phraseEnd);
    const honorific = st.cues.some((c) => c.kind === "honorific" && c.start <= j && j < c.end);
    const demonym = st.demonyms.some((d) => d.start <= j && j < d.end);
    if (!(kind === "person" || kind === "organization" || titled || honorific || demonym || adjunctAr(state, st, j))) words++;
  }
  return undefined;
}

/** A bracket round an organisation's name or acronym ("(فارك)"): the bracket's other side is the organisation. */
function acronymBracket(state: ExtractState, st: SentenceState, j: number): boolean {
  const org = (k: number) => (st.owner[k] ?? -1) >= 0 && state.mentions[st.owner[k]].kind === "organization";
  const t = st.tokens[j].text;
  return (t === "(" && org(j + 1) && st.tokens[j + 2]?.text === ")") || (t === ")" && org(j - 1) && st.tokens[j - 2]?.text === "(");
}
