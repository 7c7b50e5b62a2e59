// Which modality cues govern a clause's event words (a helper of pass 5, 05-events): a plan, a modal verb, a negation,
// a denial, a cancellation, an invitation, a condition, "without", "on the eve of". Each kind reaches its own way: a
// negation stands right at its verb, a cancellation holds for the whole clause, a plan binds to the event word next to
// it (or to the trip it governs, or to an event noun that is its clause's subject), and what a relative clause about a
// person says is that person's.
import type { CueHit, ExtractState, SentenceState, TokenSpan } from "../state.js";
import { backgroundClauseBetween, eveOf, personRelativeBetween, untilAfter, withoutNegates } from "./_event-parts.js";
import { IMPERFECT_AR, pluperfectAr } from "./_arabic-qad.js";
import { planOfSubjectNoun } from "./_subject-plans.js";
import { quotationOf } from "./_quotations.js";

const SCOPING = new Set(["denied", "notHeld", "cancelled", "postponed"]);
/** Cues about the meeting itself ("was postponed", "did not take place"): the whole clause, either side. */
const CLAUSE_WIDE = new Set(["notHeld", "cancelled", "postponed"]);

/** Modality that must stand right at its trigger: "did not meet", "indirect talks", «مذاکرات غیرمستقیم». */
const TIGHT = new Set(["negation", "indirect"]);

/** Tokens between a modality cue and its trigger. */
const MODALITY_WINDOW = 4;
/** English light verbs a plan may end in ("will hold", "will host"), whose object is the event noun. */
const LIGHT_VERBS = new Set(["hold", "host", "convene", "attend"]);
/** Tokens of the object between such a verb and its event noun ("the 22nd India-Russia annual summit"). */
const OBJECT_REACH = 8;

/**
 * The kinds of modality that govern `triggers` of `clause` (`whole`: the clause before it was split into parts), from
 * the cues that end by token `until`.
 */
export function modalityOf(state: ExtractState, st: SentenceState, clause: TokenSpan, whole: TokenSpan, triggers: SentenceState["triggers"], until = Infinity): Set<string> {
  // modality binds to a trigger it stands next to ("will meet", "قرار است … دیدار کند", "من المقرر أن يلتقي")
  // (Persian is verb-final: the verb that makes it future or an invitation may come further after).
  // A negation must stand right at the trigger ("did not meet", "لم يلتق", "دیدار نکرد"), before it but in Persian.
  const after = state.lang === "fa" ? MODALITY_WINDOW * 2 : MODALITY_WINDOW;
  // A denial or cancellation governs what follows it in the clause ("نفى أن يكون … قد التقى").
  // An invitation governs the meeting it precedes ("invited X to attend a summit in Doha"); a cancellation,
  // a postponement or "did not take place" anywhere in the clause ("the meeting between A and B was
  // postponed"); "X denied reports of …" after a meeting is about something else.
  // Persian puts the denial after what it denies: "خبر دیدار A با B … را تکذیب کرد" (denied the news of the meeting)
  const reported = (t: TokenSpan) => state.lang === "fa" && [1, 2].some((k) => state.lex.words.sets.reportOf.has(st.tokens[t.start - k]?.key ?? ""));
  const near = (m: CueHit) => {
    if (m.kind === "eve") return triggers.some((t) => eveOf(st, t));
    // a planned trip governs the talks it is for ("is expected to travel to Kampala on Thursday for a summit with Y")
    const trip = m.kind === "planned" || m.kind === "modal" ? plannedTrip(state, st, m) : undefined;
    // (with no comma between: "X, who will travel to Bergen next week, met Y" is no plan of the meeting)
    const unbroken = (t: TokenSpan) => !st.tokens.slice(trip! + 1, t.start).some((w) => /^[,،;]$/.test(w.text));
    if (trip !== undefined && triggers.some((t) => t.start > trip && unbroken(t))) return true;
    // "The meeting between A and B will be held in C": a plan after an event noun that is its clause's subject
    if (triggers.some((t) => planOfSubjectNoun(state, st, m, t, clause, triggers))) return true;
    // "will also meet", "would later hold talks": a modal verb right before, past one adverb
    // (Arabic قد، ربما: only before an imperfect, "قد يستقبل"; "قد استقبل" is a past)
    // (nor after a form of كان: «وكان X قد تسلم …» is a pluperfect, whatever the verb's first letter)
    if (m.kind === "modal") return triggers.some((t) => m.end <= t.start && t.start - m.end <= 1 && (state.lang !== "ar" || (IMPERFECT_AR.test(st.tokens[t.start].key) && !pluperfectAr(state, st, m.start))));
    // "if X meets Y", «اگر … دیدار کرده بود», «لو التقى», "any meeting between": a condition governs what follows it
    // in its clause, never a meeting reported before it ("met Y, even if no statement followed")
    if (m.kind === "condition") return triggers.some((t) => m.start <= t.start);
    if (m.kind === "without") return triggers.some((t) => withoutNegates(st, m, t));
    // (a plan ending in a light verb reaches the event noun its object ends in: "will hold the 22nd annual summit")
    const light = m.kind === "planned" && LIGHT_VERBS.has(st.tokens[m.end - 1]?.key ?? "");
    const before = TIGHT.has(m.kind) ? 2 : SCOPING.has(m.kind) || m.kind === "invited" ? 1000 : light ? OBJECT_REACH : MODALITY_WINDOW;
    return triggers.some((t) => {
      // (a denial does not reach past «، وكان …», a background clause of its own: «رفض A الاتفاق، وكان قد التقى B»)
      if (SCOPING.has(m.kind) && m.end <= t.start && backgroundClauseBetween(st, m.end, t.start)) return false;
      // an English infinitive takes the modality of the verb it depends on ("is expected to travel to Djibouti
      // later this week to meet X")
      if (m.kind === "planned" && state.lang === "en" && m.end <= t.start && st.tokens[t.start - 1]?.key === "to") return true;
      // Persian "در نشست امسال بریکس حضور نداشت": the negated verb comes a few words after the event noun it governs
      const atNoun = state.lang === "fa" && st.cues.some((c) => c.kind === "locative" && c.end === t.start);
      // Persian "دیدار A با B … پیش‌بینی شده است": an event noun opening its clause is the subject of the clause's verb
      const subject = state.lang === "fa" && t.start === clause.start && m.kind === "planned";
      // English and Arabic put a negation before the verb it negates ("did not meet", "لم يلتق"): one after the
      // event word negates another verb ("a visit not announced in advance", «زيارة لم يعلن عنها»)
      if (m.kind === "negation" && state.lang !== "fa" && (m.start >= t.end || untilAfter(st, t, clause))) return false;
      const behind = TIGHT.has(m.kind) ? (atNoun ? 6 : 2) : CLAUSE_WIDE.has(m.kind) || (m.kind === "denied" && reported(t)) || subject ? 1000 : after;
      return m.end <= t.start ? t.start - m.end <= before : m.start - t.end <= behind && !personRelativeBetween(state, st, t.end, m.start);
    });
  };
  // what is said of the meeting itself (called off, did not take place) holds for every part of the clause
  const inScope = (m: CueHit) => (CLAUSE_WIDE.has(m.kind) ? m.start >= whole.start && m.end <= whole.end : m.start >= clause.start && m.end <= clause.end && near(m));
  // what a speaker is quoted as saying is no modality of an event word outside the quotation ("X told Y in Moscow:
  // «there is no reason to postpone …»": the meeting in Moscow was held)
  const quoted = (m: CueHit) => {
    const q = quotationOf(st, m.start);
    return !!q && !triggers.some((t) => t.start >= q.start && t.end <= q.end);
  };
  return new Set(st.modality.filter((m) => m.end <= until && inScope(m) && !quoted(m)).map((m) => m.kind));
}

/**
 * The trip verb a plan governs, right at its end or after it ("will travel", "is expected to travel", "is due to fly",
 * «من المقرر أن يتوجه»: cues.json words tripVerb): its token, else undefined.
 */
function plannedTrip(state: ExtractState, st: SentenceState, m: CueHit): number | undefined {
  const trip = state.lex.words.sets[`tripVerb.${state.lang}`];
  if (!trip) return undefined;
  for (let k = m.end - 1; k <= m.end + 1 && k < st.tokens.length; k++) if (trip.has(st.tokens[k].key)) return k;
  return undefined;
}

