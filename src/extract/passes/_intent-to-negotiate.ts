// An agreement to negotiate (a helper of 07-agreements): "agreed on Friday to start negotiations on a defence pact",
// «اتفق الجانبان على بدء مفاوضات حول اتفاقية», «توافق کردند مذاکرات … را آغاز کنند». What the sides agreed is to open,
// resume or hold talks (cues.json negotiationStart before a talks noun: talksNoun, or a word of the dialogue topic of
// events.json); the document those talks are about is not agreed yet. That is an intent to negotiate (CAMEO 036), no
// agreement reached, as "agreed to continue dialogue" already is (07-agreements INTENT_ONLY) whatever the talks are
// about. A document or a signing named before the talks ("agreed to sign a trade deal and to open talks on …") is
// agreed.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";

/** Tokens after the agreement word that the talks may stand at ("agreed on Friday to start negotiations"); Arabic
 *  puts the subject, titles and all, between them («اتفق الرئيس X ونظيره Y يوم الجمعة على بدء مفاوضات»). */
const REACH: Record<string, number> = { en: 8, fa: 8, ar: 20 };
/** Tokens after the talks noun where a Persian verbal noun of starting may stand («مذاکرات را آغاز کنند»). */
const AFTER = 3;

export function agreedToNegotiate(state: ExtractState, st: SentenceState, trig: TokenSpan, clause: TokenSpan): boolean {
  const sets = state.lex.words.sets;
  const start = sets[`negotiationStart.${state.lang}`];
  const talks = sets[`talksNoun.${state.lang}`];
  const docs = sets[`documentNoun.${state.lang}`];
  if (!start) return false;
  const dialogue = state.lex.events.topics.find((t) => t.key === "dialogue")?.groups.flatMap((g) => g.findAll(st.tokens)) ?? [];
  const end = Math.min(clause.end, trig.end + (REACH[state.lang] ?? 8));
  for (let k = trig.end; k < end; k++) {
    const key = st.tokens[k].key;
    if (docs?.has(key) || st.triggers.some((t) => t.kind === "agreement" && t.start === k)) return false;
    // (Arabic lists the definite forms: «مفاوضات» is «المفاوضات» without its article)
    const talksNoun = !!talks?.has(key) || (state.lang === "ar" && !!talks?.has(`ال${key}`));
    if (!talksNoun && !dialogue.some((m) => m.start === k)) continue;
    const before = st.tokens.slice(trig.end, k).some((w) => start.has(w.key));
    const after = state.lang === "fa" && st.tokens.slice(k + 1, Math.min(clause.end, k + 1 + AFTER)).some((w) => start.has(w.key));
    return before || after;
  }
  return false;
}
