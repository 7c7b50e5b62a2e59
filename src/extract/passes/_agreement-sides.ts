// Pass 7's "the two sides": who signs an agreement that names fewer than two signers, from the meeting just reported.
// "The two sides agreed…", "the three leaders agreed…" (threeSides), "the two foreign ministers signed…" (the two
// who hold that office), or an agreement no one is named in ("it was agreed to…", «تم الاتفاق على»): the people of
// that meeting (or of "the same two men", withPairOf) become its signatories, or, when the clause is signed in
// their presence, lend it their states (the returned witnesses). Split from 07-agreements.ts.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { partiesIn } from "./_parties.js";
import { storyTimeFirst } from "./_story-time.js";
import { holdersAmong, pairOffice, twoOf } from "./_agreement-clause.js";
import { withPairOf } from "./_both-sides.js";
import { fullName, sameAs } from "./_signers.js";

/** What the clause around the signing holds: a presence phrase, who brokered it, and whether bodies sign it. */
export interface AroundTheSigning {
  witnessed: TokenSpan | undefined;
  brokered: (token: number) => boolean;
  bodiesSign: () => boolean;
}

/** Adds the meeting's people to `signatories` (changed in place); returns the witnesses whose states are lent. */
export function sidesOfTheMeeting(state: ExtractState, st: SentenceState, clause: TokenSpan, signatories: Set<number>, around: AroundTheSigning): Set<number> {
  const { witnessed, brokered } = around;
  const within = (sp: TokenSpan) => sp.start >= clause.start && sp.end <= clause.end;
  const witnessStates = new Set<number>();
  const nobody = signatories.size === 0 && partiesIn(state, st, { start: 0, end: st.tokens.length }).size === 0 && !around.bodiesSign();
  const bothCue = st.cues.find((c) => (c.kind === "bothSides" || c.kind === "threeSides") && within(c));
  const both = bothCue !== undefined;
  const two = twoOf(state, st, clause);
  // the office the pair names ("the two foreign ministers", «الوزيران»), if any
  const pairWords = two ?? (bothCue && bothCue.kind === "bothSides" ? st.tokens.slice(bothCue.start, bothCue.end).map((t) => t.key).join(" ") : undefined);
  const office = pairWords === undefined ? undefined : pairOffice(state, pairWords);
  if (signatories.size < 2 && (nobody || both || two)) {
    const pair = withPairOf(state, st, within); // "with the same two men": that pair, not the whole meeting
    // (a meeting of this sentence told in another clause is not this one's: "…was signed in May, despite a visit by X, who met Y …")
    const otherClause = (e: (typeof state.events)[number]) =>
      e.evidence.sentenceIndex === st.s.index && st.clauseBreaks.length > 0 && !e.participants.some((p) => st.spans.has(p) && within(st.spans.get(p)!));
    // (of the story's time: not a meeting of an earlier year told in between, _story-time)
    const told = storyTimeFirst([...state.events].reverse().filter((e) => e.kind === "meeting" && e.evidence.sentenceIndex <= st.s.index && !otherClause(e) && (nobody || st.s.index - e.evidence.sentenceIndex <= 3)));
    const found = pair.length ? { participants: pair } : told[0];
    // ("the two foreign ministers" of a meeting with a prime minister too, «الوزيران» after a background audience of
    // others: the two who hold that office, of the latest meeting that has two)
    const holders = office && !pair.length ? told.map((e) => holdersAmong(state, e.participants, office, (a, b) => sameAs(state, a, b))).find((h) => h.length) ?? [] : [];
    const last = holders.length ? { participants: holders } : found;
    // witnesses of the signing ("…, in the presence of the leaders") lend it their states, not their names;
    // "the two heads of state" are two of its people (the first, who lead it), beside those the clause names
    const into = witnessed ? witnessStates : signatories;
    let room = two ? 2 : Infinity;
    // not one who joined it in a later sentence, nor its host this sentence sets aside ("X, who hosted the ceremony,
    // stood between the two men as they signed")
    const asideHere = (p: number) => st.mentions.some((o) => brokered(st.spans.get(o)!.start) && sameAs(state, o, p));
    const namedBy = (p: number) => state.mentions.some((o) => o.kind === "person" && o.sentenceIndex <= st.s.index && sameAs(state, o.index, p));
    for (const p of last?.participants ?? []) {
      const m = fullName(state, p);
      if (room <= 0 || [...signatories].some((x) => sameAs(state, x, m))) continue;
      if (!namedBy(p) || asideHere(p)) continue;
      into.add(m);
      room--;
    }
  }
  return witnessStates;
}
