// "The two leaders", «دو رهبر», «الرجلان» as the people of an event (a helper of 05-events): the people of the
// meeting just reported; with no meeting reported near, the two people named last together (in this sentence
// before the phrase, else in the sentence before it that names people). Three or more there: ambiguous, no one.
import type { CueHit, ExtractState, SentenceState, TokenSpan } from "../state.js";
import type { EventFact } from "../../model.js";
import { personKey, rootMention } from "./_mentions.js";
import { officesOn } from "../../lexicon/index.js";
import { personSlug } from "../../ids.js";
import { normalizeKey } from "../../text/normalize.js";
import { backgroundWithItsDay } from "./_background-pair.js";

/** "The two countries", «دو کشور»، «البلدين»: states, not people. */
const COUNTRIES = /کشور|countries|بلد/;

/** "The two sides", «الجانبان»، «الطرفان»، «دو طرف», "both delegations": the sides of a meeting, not two people. */
const SIDES = /sides|parties|delegations|طرف|جانب|وفد|هیئت|هيئت/;

/** How many sentences back the meeting that "the two leaders" names may stand. */
const MEETING_REACH = 3;
/**
 * How far back "the two sides" reaches for the meeting whose sides it names: further, past the sentences of calls,
 * plans and colour that a report puts between its talks and their outcome ("… X is expected to visit Y next month.
 * The two sides signed a memorandum").
 */
const SIDES_REACH = 6;

/**
 * Adds to `participants` the people "the two X" stands for in the clause ("the two ministers then called X";
 * "وعقد الزعيمان محادثات حضرها X وY": the named people after it attend). Not "the two countries" inside a
 * prepositional phrase ("در روابط دو کشور", "in relations between the two countries"), nor "the two sides" of
 * "X met his Jordanian counterpart, and the two sides discussed …" (X and the unnamed counterpart).
 */
export function addBothSides(state: ExtractState, st: SentenceState, clause: TokenSpan, participants: number[], pairOnly = false): void {
  // ("between" an event word's own, past an adjective, is no phrase of relations: «آخر لقاء مباشر بين الزعيمين»)
  const ownBetween = (p: CueHit) => state.lex.words.sets.between.has(st.tokens[p.start].key) && st.triggers.some((t) => t.kind !== "agreement" && t.end <= p.start && p.start - t.end <= 2);
  // (nor the relative «در آن» / «در این», in which: «سفری که در آن رؤسای جمهور دو کشور …» is no phrase of relations)
  const inWhich = (p: CueHit, c: CueHit) => c.start - p.end === 1 && state.lex.words.sets["inWhich.fa"].has(st.tokens[p.end].key);
  // (nor the preposition that ends a contact phrase of its own, "handed over the documents to the two principals")
  const ownPrep = (p: CueHit) => p.kind === "locative" && st.triggers.some((t) => t.kind === "meeting" && t.end === p.end && t.start <= p.start);
  const governed = (c: CueHit) => st.cues.some((p) => (p.kind === "locative" || p.kind === "from" || p.kind === "with") && p !== c && p.end <= c.start && c.start - p.end <= 1 && !ownBetween(p) && !inWhich(p, c) && !ownPrep(p));
  const both = st.cues.find((c) => c.kind === "bothSides" && c.start >= clause.start && c.end <= clause.end && !governed(c));
  // the office inside the phrase ("رئیس جمهور" of «دو رئیس جمهور») is its head noun, no one of its own
  if (both) for (let i = participants.length - 1; i >= 0; i--) {
    const sp = st.spans.get(participants[i])!;
    if (sp.start >= both.start && sp.end <= both.end) participants.splice(i, 1);
  }
  const unnamedCounterpart = participants.length === 1 && st.cues.some((c) => c.kind === "counterpart" && c.start >= clause.start && c.end <= clause.end && st.owner[c.start] < 0);
  if (!both || unnamedCounterpart || !(participants.length < 2 || participants.every((p) => st.spans.get(p)!.start > both.end))) return;
  // «عقد الرئيسان بري وميقاتي اجتماعا», «الوزيرين A وB»: a name right after the phrase, with nothing between, is what
  // the phrase is the title of, so it adds no one. Not past a comma: «در حضور دو رئیس جمهور، A، وزیر …، و B … امضا
  // کردند» (in the presence of the two presidents, A and B signed) ends a fronted phrase there, and the names after it
  // are the clause's subject. (Nor "the two countries": «مستشاري الأمن في البلدين A وB» names the advisers.)
  const titleOf = (p: number) => st.spans.get(p)!.start === both.end;
  // «دیدار سران دو کشور … میان A و B», "the meeting of the two leaders … between A and B": the two the clause names
  // right after "between" are the phrase's own
  const first = Math.min(...participants.map((p) => st.spans.get(p)!.start));
  if (participants.length >= 2 && first > both.end && state.lex.words.sets.between.has(st.tokens[first - 1]?.key ?? "")) return;
  if (!COUNTRIES.test(st.tokens.slice(both.start, both.end).map((t) => t.key).join(" ")) && participants.some(titleOf)) return;
  // (people: "the two men", «الرجلان»; not "the two sides", which are the delegations of the meeting just reported)
  const ofSides = SIDES.test(st.tokens.slice(both.start, both.end).map((t) => t.key).join(" "));
  const reach = ofSides ? SIDES_REACH : MEETING_REACH;
  let last = [...state.events].reverse().find((e) => e.kind === "meeting" && st.s.index - e.evidence.sentenceIndex <= reach && e.participants.length >= 2);
  // a pair named in the line right before (a question too, and past a one-word answer: "Did A and B meet? No. The
  // two men have not met …")
  // over an older meeting that does not hold them both
  const prevLine = [...state.sentences].reverse().find((s) => s.s.index < st.s.index && st.s.index - s.s.index <= 2 && s.mentions.some((m) => state.mentions[m].kind === "person"));
  const pair = prevLine ? peopleIn(state, prevLine, Infinity) : [];
  const holds = (ms: number[], p: number) => ms.some((q) => personKey(state, q) === personKey(state, p));
  if (last && !ofSides && pair.length === 2 && last.evidence.sentenceIndex < prevLine!.s.index && !pair.every((p) => holds(last!.participants, p))) last = undefined;
  // (a signing by the people of the meeting just reported is that meeting's, no new one: `pairOnly`)
  // (unless told in the pluperfect with a day of its own: a signing of the background, `_background-pair`)
  if (last && pairOnly && !backgroundWithItsDay(state, st, clause)) return;
  // (the pair named last stands only for people: not "the two countries", «وزیران خارجه دو کشور»)
  const ofPeople = !COUNTRIES.test(st.tokens.slice(both.start, both.end).map((t) => t.key).join(" "));
  // ("the two men" after meetings held separately with each are the two others; "the two sides" are each meeting's)
  let people = (last && !ofSides && ofPeople ? distributedOthers(state, last) : undefined) ?? last?.participants ?? (participants.length === 0 && ofPeople ? namedPair(state, st, both.start) : []);
  // "the two presidents", "the two prime ministers": two holders of that office, not a host or an aide beside them
  const office = pairOffice(st, both);
  const holders = office ? [...new Map(people.filter((p) => holdsOffice(state, p, office)).map((p) => [personKey(state, p), p])).values()] : [];
  if (office && holders.length < 2) people = holdersMet(state, st, office) ?? holdersNamed(state, st, office, both.start) ?? people;
  // (of a meeting that had others too, only the two holders: not the prime minister who attended with them)
  else if (office && holders.length === 2) people = holders;
  // "the two leaders", «الزعيمان», «دو رهبر»: two heads of state or government (offices.json rank 1–2), not the
  // minister and the politician quoted last
  else if (!office && LEADERS.test(st.tokens.slice(both.start, both.end).map((t) => t.key).join(" "))) {
    const two = [...new Map(people.filter((p) => leads(state, p)).map((p) => [personKey(state, p), p])).values()];
    // (of a meeting that had others too, only its two leaders: not the aides and ministers beside them)
    people = two.length < 2 ? (leadersMet(state, st) ?? people) : two.length === 2 ? two : people;
  }
  for (const p of people) if (!participants.some((q) => rootMention(state, q) === rootMention(state, p))) participants.unshift(p);
}

/**
 * The two people (by identity) named before `at` in this sentence, else in the last sentence before that names people
 * (the one before, or the one before that when the sentence between names no one).
 */
function namedPair(state: ExtractState, st: SentenceState, at: number): number[] {
  const here = peopleIn(state, st, at);
  if (here.length) return here.length === 2 ? here : [];
  const prev = [...state.sentences].reverse().find((s) => s.s.index < st.s.index && s.mentions.some((m) => state.mentions[m].kind === "person"));
  if (!prev || st.s.index - prev.s.index > 2) return [];
  const there = peopleIn(state, prev, Infinity);
  return there.length === 2 ? there : [];
}

/** The people (one mention each, by identity) a sentence names before token `before`, not in a genitive. */
function peopleIn(state: ExtractState, s: SentenceState, before: number): number[] {
  const found = new Map<string, number>();
  for (const m of s.mentions) if (state.mentions[m].kind === "person" && !state.genitive.has(m) && s.spans.get(m)!.end <= before && !found.has(personKey(state, m))) found.set(personKey(state, m), m);
  return [...found.values()];
}

/**
 * "…, and C signed a separate deal with the same two men" («با همین دو نفر»): "the two" after "with" is the pair
 * named after "with" in the sentence before (the other side of the signing told there); none unless exactly two.
 */
export function withPair(state: ExtractState, st: SentenceState, w: TokenSpan): number[] {
  const both = st.cues.find((c) => c.kind === "bothSides" && c.start === w.end);
  if (!both || COUNTRIES.test(st.tokens.slice(both.start, both.end).map((t) => t.key).join(" "))) return [];
  const prev = [...state.sentences].reverse().find((s) => s.s.index < st.s.index && s.mentions.some((m) => state.mentions[m].kind === "person"));
  if (!prev || st.s.index - prev.s.index > 1) return [];
  const lastWith = [...prev.cues].reverse().find((c) => c.kind === "with" && WITH.has(prev.tokens[c.start].key));
  if (!lastWith) return [];
  const found = new Map<string, number>();
  for (const m of prev.mentions) if (state.mentions[m].kind === "person" && !state.genitive.has(m) && prev.spans.get(m)!.start >= lastWith.end && !found.has(personKey(state, m))) found.set(personKey(state, m), m);
  return found.size === 2 ? [...found.values()] : [];
}

/** "with" that marks the other side ("با", "with", "مع"). */
const WITH = new Set(["با", "with", "مع"]);

/** The pair of withPair for the first "with" in the span `within` accepts. */
export function withPairOf(state: ExtractState, st: SentenceState, within: (sp: TokenSpan) => boolean): number[] {
  const w = st.cues.find((c) => c.kind === "with" && WITH.has(st.tokens[c.start].key) && within(c) && st.cues.some((b) => b.kind === "bothSides" && b.start === c.end));
  return w ? withPair(state, st, w) : [];
}

/** The office itself, or one it is the parent of (offices.json: foreign-minister → minister, queen → king). */
function isOffice(state: ExtractState, held: string, office: string): boolean {
  return held === office || state.lex.offices.get(held)?.parent === office;
}

/** The office a plural title names in "the two presidents" / "both prime ministers" (English; pairOffice below). */
const PAIR_OFFICES: Array<[RegExp, string]> = [
  [/\bforeign ministers$/, "foreign-minister"],
  [/\b(prime ministers|premiers)$/, "prime-minister"],
  [/\bpresidents$/, "president"],
  [/\b(kings|monarchs)$/, "king"],
  // "the two ministers", «دو وزیر», «الوزيران»: two holders of any ministry (isOffice; not prime ministers, matched above)
  [new RegExp(`(\\bministers|^${normalizeKey("دو وزیر")}|^${normalizeKey("وزیران")}|^${normalizeKey("الوزيران")}|^${normalizeKey("الوزيرين")})$`), "minister"],
  // Persian: «دو رئیس جمهور», «رؤسای جمهور دو کشور», «دو نخست وزیر» (keys as normalizeKey writes them)
  [new RegExp(`^(${normalizeKey("دو رئیس جمهور")}|${normalizeKey("رؤسای جمهور")}|${normalizeKey("روسای جمهور")})`), "president"],
  [new RegExp(`^(${normalizeKey("دو نخست وزیر")}|${normalizeKey("نخست وزیران")})`), "prime-minister"],
  // Arabic duals: «الرئيسان» / «الرئيسين» (not «رئيسا البلديتين», the two mayors), «الوزيران» is any two ministers
  [new RegExp(`^(${normalizeKey("الرئيسان")}|${normalizeKey("الرئيسين")})$`), "president"],
];

function pairOffice(st: SentenceState, both: TokenSpan): string | undefined {
  const words = st.tokens.slice(both.start, both.end).map((t) => t.key).join(" ");
  return PAIR_OFFICES.find(([re]) => re.test(words))?.[1];
}

/** "The two leaders" (a phrase of cues.json bothSides): heads of state or government, whatever their offices. */
const LEADERS = new RegExp(["leaders", "heads of state", "heads of government", "الزعيم", "القائد", "رهبر"].map(normalizeKey).join("|"));
/** offices.json rank of a head of government: a leader has this rank or a higher one (1, head of state). */
const LEADER_RANK = 2;

/** A head of state or government: by the text's titles (pass 2's roles), else the lexicon on the publication date. */
function leads(state: ExtractState, p: number): boolean {
  const key = personKey(state, p);
  const rank = (o: string) => state.lex.offices.get(o)?.rank ?? 9;
  if (state.roles.some((r) => personKey(state, r.person) === key && rank(r.office) <= LEADER_RANK)) return true;
  const root = state.mentions[rootMention(state, p)];
  const entry = root.lexiconId ? state.lex.people.get(personSlug(root.lexiconId)) : undefined;
  return !!entry && officesOn(entry, state.publishedAt ?? null).some((o) => rank(o.office) <= LEADER_RANK);
}

/** The two leaders of the last meeting reported before this sentence that two leaders attended. */
function leadersMet(state: ExtractState, st: SentenceState): number[] | undefined {
  for (const e of [...state.events].reverse()) {
    if (e.kind !== "meeting" || e.evidence.sentenceIndex >= st.s.index) continue;
    const two = [...new Map(e.participants.filter((p) => leads(state, p)).map((p) => [personKey(state, p), p])).values()];
    if (two.length === 2) return two;
  }
  return undefined;
}

/** The text (pass 2's roles) or the lexicon, on the publication date, gives the person that office. */
function holdsOffice(state: ExtractState, p: number, office: string): boolean {
  const key = personKey(state, p);
  if (state.roles.some((r) => isOffice(state, r.office, office) && personKey(state, r.person) === key)) return true;
  const root = state.mentions[rootMention(state, p)];
  const entry = root.lexiconId ? state.lex.people.get(personSlug(root.lexiconId)) : undefined;
  return !!entry && officesOn(entry, state.publishedAt ?? null).some((o) => isOffice(state, o.office, office));
}

/**
 * The people of the last meeting (or call) reported before this sentence that two holders of `office` attended, those two
 * ("Xi arrived … was received by the foreign minister … The two presidents had last met in X": not the minister).
 */
function holdersMet(state: ExtractState, st: SentenceState, office: string): number[] | undefined {
  for (const e of [...state.events].reverse()) {
    // (a call or video conference of theirs names them too: «رئیسی و پوتین از طریق ویدئوکنفرانس …»)
    if ((e.kind !== "meeting" && e.kind !== "call") || e.evidence.sentenceIndex >= st.s.index) continue;
    const two = [...new Map(e.participants.filter((p) => holdsOffice(state, p, office)).map((p) => [personKey(state, p), p])).values()];
    if (two.length === 2) return two;
  }
  return undefined;
}

/** How many sentences back the holders of "the two presidents" may be named when no meeting of theirs was told. */
const HOLDERS_REACH = 3;

/**
 * The two holders of `office` named in this sentence before the phrase and the three before it, when no meeting of
 * theirs was told («سفر شی جین‌پینگ رئیس جمهور چین …؛ سفری که در آن رؤسای جمهور دو کشور …»: Xi and the host
 * president named before); none unless exactly two.
 */
function holdersNamed(state: ExtractState, st: SentenceState, office: string, before: number): number[] | undefined {
  const found = new Map<string, number>();
  for (const s of state.sentences) {
    if (s.s.index > st.s.index || st.s.index - s.s.index > HOLDERS_REACH) continue;
    for (const m of s.mentions) {
      if (state.mentions[m].kind !== "person" || (s === st && s.spans.get(m)!.end > before) || !holdsOffice(state, m, office)) continue;
      if (!found.has(personKey(state, m))) found.set(personKey(state, m), m);
    }
  }
  return found.size === 2 ? [...found.values()] : undefined;
}

/**
 * The meeting just reported was one of several a subject held separately («التقت X كلا من A وB على حدة»: X–A, X–B,
 * events of one trigger): "the two men" after it are the others, A and B, not the last pair. Undefined otherwise.
 */
function distributedOthers(state: ExtractState, last: EventFact): number[] | undefined {
  const siblings = state.events.filter((e) => e.kind === last.kind && e.evidence.sentenceIndex === last.evidence.sentenceIndex && e.trigger === last.trigger && e.participants.length === 2);
  if (siblings.length !== 2 || !siblings.includes(last)) return undefined;
  const key = (m: number) => personKey(state, m);
  const [a, b] = siblings;
  const shared = a.participants.filter((p) => b.participants.some((q) => key(q) === key(p)));
  if (shared.length !== 1) return undefined;
  const others = [...a.participants, ...b.participants].filter((p) => key(p) !== key(shared[0]));
  return others.length === 2 && key(others[0]) !== key(others[1]) ? others : undefined;
}
