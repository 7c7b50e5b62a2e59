// The venue of a meeting told in a sentence of its own, after the meeting (a helper of pass 5, 05-events): "The talks
// took place at the Konstantinovsky Palace in St Petersburg", «وجرت المباحثات في قصر الإليزيه», «این دیدار در کاخ
// سعدآباد برگزار شد». The sentence names no one: its event noun is the meeting just reported, which takes the place
// when it has none, or only a wider one (its country or town: "…, who is in Russia on a working visit").
import type { ExtractState, SentenceState } from "../state.js";
import { lexPlaceId, placeSlug } from "../../ids.js";
import { placeChain } from "./_presence.js";
import { pointingBack } from "./_told-event.js";

/** Sentences back within which the meeting told again stands. */
const REACH = 2;

export function toldVenue(state: ExtractState, st: SentenceState): void {
  if (st.mentions.some((m) => state.mentions[m].kind === "person")) return;
  const t = eventNoun(state, st);
  // (not a plan or a denial, "The summit will take place in Paris", nor another event after the noun: "The meeting came
  // a day after talks in Beijing")
  if (t === undefined || st.modality.length || st.triggers.some((k) => k.start > t)) return;
  const nouns = state.lex.words.sets[`meetingNoun.${state.lang}`];
  if (st.tokens.slice(t + 1).some((w) => nouns?.has(w.key) || state.lex.words.sets[`summitNoun.${state.lang}`]?.has(w.key))) return;
  // (a place behind "at" / "in" / في / در, past an English article: "at the Konstantinovsky Palace")
  const behind = (i: number) => st.cues.some((c) => c.kind === "locative" && (c.end === i || (c.end === i - 1 && st.tokens[i - 1].key === "the")));
  const place = st.mentions.find((m) => state.mentions[m].kind === "place" && st.spans.get(m)!.start > t && behind(st.spans.get(m)!.start));
  if (place === undefined) return;
  const at = state.sentences.indexOf(st);
  const last = [...state.events].reverse().find((e) => e.kind === "meeting" && e.evidence.sentenceIndex < st.s.index);
  if (!last || at - state.sentences.findIndex((s) => s.s.index === last.evidence.sentenceIndex) > REACH) return;
  // (nor a meeting of another day: "The previous meeting of the two presidents took place in Sochi on 17 June 2022")
  if (last.date.precision === "day" && st.dates.some((d) => d.value.precision === "day" && !!d.value.date && d.value.date !== last.date.date)) return;
  const id = state.mentions[place].lexiconId;
  const old = last.place === undefined ? undefined : state.mentions[last.place].lexiconId;
  // (only a wider place gives way: the country or town the new place lies in)
  if (last.place !== undefined && !(old && id && placeChain(state, id).slice(1).includes(lexPlaceId(placeSlug(old))))) return;
  last.place = place;
}

/**
 * The event noun that refers back, near the sentence's start: English a meeting noun (cues.json meetingNoun) after
 * "the", "this" or "these"; Persian an event word after «این» (cues.json pointsBack); Arabic a definite event word opening its clause («وجرت المباحثات»).
 */
function eventNoun(state: ExtractState, st: SentenceState): number | undefined {
  const pointsBack = state.lex.words.sets[`pointsBack.${state.lang}`];
  const back = (i: number) => (state.lang === "ar" ? /^و?ال/.test(st.tokens[i].key) : !!pointsBack?.has(st.tokens[i - 1]?.key ?? ""));
  const nouns = state.lex.words.sets[`meetingNoun.${state.lang}`];
  for (let i = 1; i <= 3 && i < st.tokens.length; i++) {
    const word = nouns?.has(st.tokens[i].key) || [...st.triggers, ...(pointingBack.get(st) ?? [])].some((k) => k.kind === "meeting" && k.start === i);
    if (word && back(i)) return i;
  }
  return undefined;
}
