// "The ministers taking part in the meeting", «الوزراء المشاركين في الاجتماع», «وزرای شرکت‌کننده در نشست» as the
// people of an event (a helper of 05-events): a participle of taking part (cues.json words `participantOf`) with a
// meeting's noun after its preposition («في الاجتماع», "in the talks", «در اجلاس»; cues.json `summitNoun`,
// `meetingNoun` or a meeting word of pass 1) names the people of the meeting reported last, within a few sentences
// before this one («استقبل الرئيس X الوزراء المشاركين في الاجتماع»: X received the ministers who had met). No
// one when no meeting of two or more was told in the sentences before.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { rootMention } from "./_mentions.js";

/** How many sentences back the meeting the phrase names may be told. */
const REACH = 3;

/** The preposition between the participle and the meeting's noun ("in", «في», «در»; Arabic also glued «بالاجتماع»). */
const IN: Record<string, Set<string>> = { en: new Set(["in", "at"]), ar: new Set(["في", "فی"]), fa: new Set(["در"]) };

/** Where the phrase of the people taking part in a meeting starts in the clause, and where it ends; undefined if none. */
export function participantsPhrase(state: ExtractState, st: SentenceState, clause: TokenSpan): TokenSpan | undefined {
  const participle = state.lex.words.sets[`participantOf.${state.lang}`];
  if (!participle) return undefined;
  const meetingWord = (i: number) => {
    const k = st.tokens[i]?.key ?? "";
    const bare = state.lang === "ar" ? k.replace(/^(ال|بال|بـ?)/, "") : k;
    const nouns = [state.lex.words.sets[`summitNoun.${state.lang}`], state.lex.words.sets[`meetingNoun.${state.lang}`]];
    if (nouns.some((s) => s?.has(k) || s?.has(bare) || s?.has(`ال${bare}`))) return true;
    return st.triggers.some((t) => t.kind === "meeting" && t.start <= i && i < t.end);
  };
  for (let i = clause.start; i < clause.end; i++) {
    if (!participle.has(st.tokens[i].key)) continue;
    let j = i + 1;
    if (state.lang === "en" && st.tokens[j]?.key === "part") j++; // "taking part in"
    const prep = IN[state.lang]?.has(st.tokens[j]?.key ?? "");
    // (Arabic glues «ب» to the noun: «المشاركين بالاجتماع»)
    const glued = state.lang === "ar" && /^بال/.test(st.tokens[j]?.key ?? "");
    const at = prep ? j + 1 : glued ? j : -1;
    if (at < 0) continue;
    // past an article ("the") or an ordinal-less determiner in English
    const noun = state.lang === "en" && /^(the|this|that)$/.test(st.tokens[at]?.key ?? "") ? at + 1 : at;
    if (noun < clause.end && meetingWord(noun)) return { start: i, end: noun + 1 };
  }
  return undefined;
}

/** Adds to `participants` the people of the meeting told last (in a sentence before this one) that the phrase names. */
export function addParticipantsOf(state: ExtractState, st: SentenceState, clause: TokenSpan, participants: number[]): void {
  const phrase = participantsPhrase(state, st, clause);
  if (!phrase) return;
  const last = [...state.events].reverse().find((e) => e.kind === "meeting" && e.evidence.sentenceIndex < st.s.index && st.s.index - e.evidence.sentenceIndex <= REACH && e.participants.length >= 2);
  if (!last) return;
  for (const p of last.participants) if (!participants.some((q) => rootMention(state, q) === rootMention(state, p))) participants.push(p);
}
