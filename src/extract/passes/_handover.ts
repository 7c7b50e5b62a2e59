// A message handed over in person (a helper of pass 1, 01-entities; not a pass): Persian news tells an envoy's audience
// by what was handed over, «پیام کتبی امیر کویت را به رئیس‌جمهوری تسلیم کرد», «نامه X را تقدیم رهبر انقلاب کرد», with
// no meeting verb: the compound verb of handing over (cues.json words handoverVerbNoun: تسلیم، تقدیم; with a light verb
// of lightVerbPast: کرد، کردند، نمود) whose object is a message (cues.json messageNoun: پیام، نامه) is a contact of
// the one who hands it over and the one who receives it, as a meeting trigger. The sender named in the object
// («پیام امیر») is a genitive of the message (cues.json genitive), no side. Not a message sent («ارسال کرد») nor one
// read out («قرائت کرد»): those are no handover.
import type { ExtractState, SentenceState } from "../state.js";

/** Words between the message noun and the handover noun (the sender's name and title, «را», the recipient). */
const MESSAGE_REACH = 16;
/** Words between the handover noun and its light verb (the recipient: «تسلیم رئیس‌جمهوری کشورمان کرد»). */
const VERB_REACH = 5;

export function handoverTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "fa") return;
  const sets = state.lex.words.sets;
  const nouns = sets["handoverVerbNoun.fa"];
  const messages = sets["messageNoun.fa"];
  const light = sets["lightVerbPast.fa"];
  if (!nouns || !messages || !light) return;
  const t = st.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!nouns.has(t[i].key) || st.triggers.some((x) => x.start <= i && x.end > i)) continue;
    let verb = -1;
    for (let k = i + 1; k <= i + VERB_REACH && k < t.length && !t[k].punct; k++) if (light.has(t[k].key)) { verb = k; break; }
    if (verb < 0) continue;
    let message = false;
    for (let k = i - 1; k >= Math.max(0, i - MESSAGE_REACH) && !/^[.؛;:]$/.test(t[k].text); k--) if (messages.has(t[k].key)) { message = true; break; }
    if (!message) continue;
    st.triggers.push({ start: i, end: i + 1, kind: "meeting", text: state.doc.article.text.slice(t[i].start, t[verb].end) });
    st.triggers.sort((a, b) => a.start - b.start);
  }
}
