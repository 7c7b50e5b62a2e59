// Persian subjunctive of a meeting verb (pass 5): a compound verb of talks whose light verb is the present
// subjunctive («با X مذاکره کند», «دیدار و گفتگو کنند», «ملاقات نماید»: کند، کنند، نماید، نمایند with no «می»)
// names a meeting still to come: what «قرار است», «تا», «باید», «خواست» govern, however many words (a place,
// the guest's long title) stand between them and the verb. The light verb is read as a `planned` modality cue
// right at the trigger, so that the planned reading of pass 5 holds within its usual window. The indicative
// («مذاکره کرد», «مذاکره می‌کند») is untouched. Persian grammar of the compound verb (Lazard, §§ on the subjunctive).
import type { ExtractState, SentenceState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";


/**
 * Adds a `planned` modality cue at the subjunctive light verb of each Persian meeting or trip trigger of the sentence
 * (a trip too: «قرار است X فردا از Y بازدید کند», «… به Z سفر کند» is a trip still to come, which dates no meeting).
 */
export function markSubjunctiveMeetings(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "fa") return;
  // (the nouns of talks that form a compound verb with کردن / نمودن, and the present subjunctive of those light verbs,
  // third person, with and without «ب»: cues.json lightVerbNoun and lightVerbSubjunctive)
  const nouns = state.lex.words.sets["lightVerbNoun.fa"] ?? new Set<string>();
  const subjunctive = state.lex.words.sets["lightVerbSubjunctive.fa"] ?? new Set<string>();
  for (const t of st.triggers) {
    if (t.kind !== "meeting" && t.kind !== "visit") continue;
    let j = t.end;
    for (let k = 0; k < 4 && j < st.tokens.length && nouns.has(st.tokens[j].key); k++) j++;
    const verb = st.tokens[j];
    if (!verb || !subjunctive.has(verb.key) || st.tokens[j - 1]?.key === normalizeKey("می")) continue;
    if (st.modality.some((m) => m.kind === "planned" && m.start === j)) continue;
    st.modality.push({ kind: "planned", start: j, end: j + 1 });
  }
}
