// An occasion held "in the presence of" several people ("the construction of the line was launched today in the
// presence of A, B, C and D", «مراسم … با اشتراک A، B و C برگزار گردید», «سنگ تهداب … با حضور A و B گذاشته شد») is
// a meeting of them: the leaders stood together at it, with the one who performs the act before the presence words
// («أدى X اليمين الدستورية … بحضور A»). A helper of pass 5 (05-events), for a sentence that reports no
// contact and no signing of its own (a signing watched by others is read by `_signings`, a ceremony already told by
// `_ceremony`), in a clause no plan, refusal or cancellation governs, and that names no summit (a body's session is
// no meeting of its attendees: `_presence.bodySession`) and no document (a signing told in the passive).
import { bodySession } from "./_presence.js";
import type { ExtractState, SentenceState } from "../state.js";
import { clauseOf } from "../state.js";
import { actorsIn, remotelyPresent, rootMention } from "./_mentions.js";
import { pushEvent } from "./_event-facts.js";
import { reportedAside } from "./_signings.js";

/** Modality that says the occasion was not (yet) held. */
const NOT_HELD = new Set(["planned", "modal", "eve", "invited", "condition", "denied", "notHeld", "negation", "without", "cancelled", "postponed"]);

/** Adds the meeting of the people named after a presence cue; true when it did. */
export function presenceGathering(state: ExtractState, st: SentenceState): boolean {
  if (state.events.some((e) => e.evidence.sentenceIndex === st.s.index && e.kind !== "visit")) return false;
  if (st.triggers.some((t) => t.kind === "agreement") || st.cues.some((c) => c.kind === "signing")) return false;
  const cue = st.cues.find((c) => c.kind === "presence");
  if (!cue) return false;
  const clause = clauseOf(st, cue.start);
  if (st.modality.some((m) => NOT_HELD.has(m.kind) && m.start >= clause.start && m.end <= clause.end)) return false;
  const summit = state.lex.words.sets[`summitNoun.${state.lang}`];
  if (summit && st.tokens.slice(clause.start, clause.end).some((t) => summit.has(t.key))) return false;
  // (nor those present at a body's session the sentence names, «ترأس X أعمال القمة العربية …، بمشاركة A وB»)
  if (st.triggers.some((t) => t.kind === "meeting" && bodySession(state, st, t))) return false;
  // (nor a document signed in their presence, "the charter was signed in the presence of A and B": the agreement pass's)
  const documents = state.lex.words.sets[`documentNoun.${state.lang}`];
  if (documents && st.tokens.slice(clause.start, clause.end).some((t) => documents.has(t.key))) return false;
  const people: number[] = [];
  const roots = new Set<number>();
  // the one who performs the act before the presence words is at it too («أدى X اليمين الدستورية … بحضور A وB», "X
  // opened the bridge in the presence of A"), unless the clause reports it ("X said the bridge was opened …")
  const reported = st.cues.some((c) => c.kind === "speech" && c.start >= clause.start && c.end <= cue.start);
  const performer = reported ? [] : reportedAside(state, st, actorsIn(state, st, { start: clause.start, end: cue.start }));
  for (const p of [...performer, ...actorsIn(state, st, { start: cue.end, end: clause.end })]) {
    const r = rootMention(state, p);
    // (not who is there by video: «با حضور A و حضور مجازی B»)
    if (!roots.has(r) && !remotelyPresent(state, st, p)) people.push(p);
    roots.add(r);
  }
  if (people.length < 2 || people.length === performer.length) return false;
  pushEvent(state, st, clause, "meeting", people, st.tokens.slice(cue.start, cue.end).map((t) => t.text).join(" "), cue.start, 0.6);
  return true;
}
