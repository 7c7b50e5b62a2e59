// An English relative clause that says a person hosted or chaired the meeting the article tells (", who hosted the
// meeting", ", who chaired the summit on behalf of …", ", who had presided over the talks"): the verb of a host's or
// a chair's part (cues.json chairVerb, hostVerb), the definite article and the meeting's noun (cues.json talksNoun, summitNoun, meetingNoun, past
// up to two words: "the trilateral meeting", "the 41st summit"). What it tells is no contact of its own, but the
// person it is about was at that meeting: they join the meeting of that noun told within two sentences before or
// the one after ("X, who chaired the summit, received Y … The summit was attended by A, B and C": X is at the summit
// with A, B and C), else the meeting last told within three sentences before. Not a clause with a day of its own
// ("who hosted the talks in 2019": another occasion), not "whose" (a government's part), nor a meeting of another
// day. A helper of pass 5 (05-events), run once all the article's events are told.
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { actorsIn, rootMention } from "./_mentions.js";
import { otherDay } from "./_joiners.js";
import { normalizeKey } from "../../text/normalize.js";

/** Words that may stand between "who" and the verb ("who had hosted", "who also chaired"). */
const BEFORE_VERB = new Set(["had", "also"]);
/** Words between "the" and the meeting's noun. */
const MODIFIERS = 2;
/** How many sentences around the clause the meeting it names may be told in. */
const BACK = 2;
const AHEAD = 1;
const LAST_REACH = 3;

interface Host { st: SentenceState; person: number; noun: string; end: number }

function hostsOf(state: ExtractState, st: SentenceState): Host[] {
  const t = st.tokens;
  const sets = state.lex.words.sets;
  const nouns = new Set([...(sets["talksNoun.en"] ?? []), ...(sets["summitNoun.en"] ?? []), ...(sets["meetingNoun.en"] ?? [])]);
  // (the verbs of a host's or a chair's part, cues.json chairVerb and hostVerb, in the past: not "who chairs the council")
  const verbs = new Set([...(sets["chairVerb.en"] ?? []), ...(sets["hostVerb.en"] ?? [])].filter((w) => w.endsWith("ed")));
  const out: Host[] = [];
  for (let i = 1; i < t.length; i++) {
    if (t[i].key !== "who" || t[i - 1].text !== ",") continue;
    let v = i + 1;
    while (v < t.length && BEFORE_VERB.has(t[v].key)) v++;
    if (!t[v] || !verbs.has(t[v].key)) continue;
    let k = v + 1;
    if (t[v].key === "presided" && t[k]?.key === "over") k++;
    if (t[k]?.key !== "the") continue;
    let noun = -1;
    for (let a = 1; a <= MODIFIERS + 1 && k + a < t.length; a++) {
      if (t[k + a].punct) break;
      if (nouns.has(t[k + a].key)) { noun = k + a; break; }
    }
    if (noun < 0) continue;
    // (the clause: to its comma or the sentence's end; no day of its own)
    let end = noun + 1;
    while (end < t.length && !t[end].punct) end++;
    const chars = { start: t[i].start, end: t[Math.min(end, t.length) - 1].end };
    if (st.dates.some((d) => d.start >= chars.start && d.end <= chars.end)) continue;
    // (the person it is about: the last one named before ", who" in the stretch since the sentence's start)
    const before = actorsIn(state, st, { start: 0, end: i - 1 }).filter((m) => state.mentions[m].kind === "person");
    if (!before.length) continue;
    out.push({ st, person: before[before.length - 1], noun: t[noun].key, end: noun + 1 });
  }
  return out;
}

export function joinHosts(state: ExtractState): void {
  if (state.lang !== "en") return;
  for (const st of state.sentences) {
    if (st.s.heading) continue;
    for (const h of hostsOf(state, st)) {
      const at = st.s.index;
      const root = rootMention(state, h.person);
      // (a meeting of two others at least: not the host's own clause, "The leaders were welcomed by X, who hosted …")
      const others = (e: EventFact) => new Set(e.participants.map((p) => rootMention(state, p)).filter((r) => r !== root)).size >= 2;
      const meetings = state.events.filter((e) => e.kind === "meeting" && e.evidence.sentenceIndex >= at - LAST_REACH && e.evidence.sentenceIndex <= at + AHEAD && others(e));
      const names = (e: EventFact) => e.trigger.split(/\s+/).some((w) => normalizeKey(w) === h.noun);
      const near = (e: EventFact) => e.evidence.sentenceIndex >= at - BACK;
      const before = meetings.filter((e) => e.evidence.sentenceIndex <= at);
      // (of those its noun names, the nearest; one before it on a tie)
      const dist = (e: EventFact) => Math.abs(e.evidence.sentenceIndex - at) * 2 + (e.evidence.sentenceIndex > at ? 1 : 0);
      const named = meetings.filter((e) => near(e) && names(e)).sort((a, b) => dist(a) - dist(b));
      const meeting = named[0] ?? before[before.length - 1];
      if (!meeting || otherDay(st, meeting)) continue;
      if (meeting.participants.some((p) => rootMention(state, p) === root)) continue;
      meeting.participants.push(h.person);
    }
  }
}
