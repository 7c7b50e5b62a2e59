// References by honorific that Arab state agencies make to a ruler they named in the lead (a helper of
// 03-references):
//   - an honorific pronoun as a clause's subject («وكان سموه قد استقبل …», «وأكد جلالته …», «تمنى فيه سموه …»):
//     سموه (his highness: an emir, crown prince, prince or sheikh), جلالته (his majesty: a king), فخامته (his
//     excellency: a president), دولته (a prime minister), معاليه (a minister) is the nearest person before it whom
//     the article gave that honorific («صاحب السمو»، «جلالة»، «فخامة»، «دولة»، «معالي») or that office;
//   - a ruler's title "of the country" («أمير البلاد»، «ملك البلاد»، «رئيس البلاد»: the agency's own country) is
//     the holder of that office the article already named, first the one it introduced with that same phrase,
//     not the ruler of the last country named;
//   - a bare title led by an honorific («جلالة الملك», «فخامة الرئيس», with no name and no country) where the
//     article holds several people of that office (a lexicon king of a background meeting) is the one the article
//     styled with that same honorific before it, the first it introduced so (Morocco's MAP writes «جلالة الملك»
//     for its own king all along, after «صاحب الجلالة الملك محمد السادس» in the lead);
//   - English readouts' bare title with no article ("Prime Minister also held …") is the holder the article
//     introduced with that office and no country ("Prime Minister Shri Narendra Modi"), not a foreign one.
// Honorific styles from the protocol usage of Gulf and Levantine state agencies (KUNA, WAM, SPA, Petra, QNA).
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { officesOn } from "../../lexicon/index.js";
import { normalizeKey } from "../../text/normalize.js";
import { personSlug } from "../../ids.js";
import { personKey, rootMention } from "./_mentions.js";
import type { Refer } from "./_subjects.js";

interface Style {
  /** The honorific words written before a name with that style (normalised keys, tested as substrings). */
  words: RegExp;
  offices: Set<string>;
  /** Other offices whose bare title the honorific may lead, when the one it refers to was styled with it by name. */
  titles?: Set<string>;
}

const STYLES: Record<string, Style> = {
  // (its title may also be a prime minister's who is a royal, as the Gulf agencies style him: KUNA's «سمو رئيس مجلس
  // الوزراء», Bahrain's crown prince and prime minister; the pronoun سموه stays a royal's)
  [normalizeKey("سموه")]: { words: /سمو|^الشيخ$|^شيخ$/, offices: new Set(["emir", "crown-prince", "deputy-crown-prince", "prince"]), titles: new Set(["prime-minister"]) },
  [normalizeKey("جلالته")]: { words: /^(ال)?جلال/, offices: new Set(["king"]) },
  [normalizeKey("فخامته")]: { words: /^فخام/, offices: new Set(["president"]) },
  [normalizeKey("دولته")]: { words: /^دول[هة]$/, offices: new Set(["prime-minister"]) },
  [normalizeKey("معاليه")]: { words: /^معالي$/, offices: new Set(["minister"]) },
};

/** Words after which the honorific pronoun is a clause's subject: an auxiliary or a particle («وكان سموه قد …»). */
const SUBJECT_AFTER = new Set(["كان", "وكان", "فكان", "قد", "وقد", "ثم", "فيه", "فيها", "حيث"].map(normalizeKey));

const HOST_COUNTRY = normalizeKey("البلاد");
/** The offices of a head of state that "of the country" may follow. */
const RULERS = new Set(["emir", "king", "president"]);

/** Resolves the honorific pronouns that are subjects in sentence `st`. */
export function honorificPronouns(state: ExtractState, st: SentenceState, refer: Refer): void {
  if (state.lang !== "ar") return;
  for (let i = 0; i < st.tokens.length; i++) {
    const key = st.tokens[i].key.replace(/^و/, "");
    const style = STYLES[key];
    if (!style || st.owner[i] >= 0) continue;
    const prev = st.tokens[i - 1];
    // the subject: at the head of a clause, after an auxiliary, or right after a verb the cues or triggers read
    const subject =
      !prev ||
      prev.punct ||
      st.tokens[i].key !== key ||
      SUBJECT_AFTER.has(prev.key) ||
      st.triggers.some((t) => t.end === i) ||
      st.cues.some((c) => (c.kind === "pronoun" || c.kind === "speech") && c.end === i);
    if (!subject) continue;
    const target = styledBefore(state, st, i, style);
    if (target !== undefined) refer(state, st, { start: i, end: i + 1 }, target, 0.6);
  }
}

/** The nearest person before token `at` of `st` whom the article styled with `style`, by honorific or office. */
function styledBefore(state: ExtractState, st: SentenceState, at: number, style: Style): number | undefined {
  for (let s = st.s.index; s >= 0; s--) {
    const x = state.sentences[s];
    for (let k = x.mentions.length - 1; k >= 0; k--) {
      const m = x.mentions[k];
      if (state.mentions[m].kind !== "person" || (s === st.s.index && x.spans.get(m)!.end > at)) continue;
      if (styledAs(state, x, m, style)) return m;
    }
  }
  return undefined;
}

function styledAs(state: ExtractState, st: SentenceState, m: number, style: Style): boolean {
  const sp = st.spans.get(m)!;
  // an honorific written before the name, past its title, with no other person between
  for (let i = sp.start - 1; i >= 0 && i >= sp.start - 8; i--) {
    if (st.owner[i] >= 0 && st.owner[i] !== m && state.mentions[st.owner[i]].kind === "person") break;
    if (st.tokens[i].punct) break;
    if (style.words.test(st.tokens[i].key) && (st.cues.some((c) => c.kind === "honorific" && c.start <= i && c.end > i) || st.titles.some((t) => t.start <= i && t.end > i))) return true;
  }
  // an honorific inside the reference's own words («سمو أمير البلاد»)
  for (let i = sp.start; i < sp.end; i++) if (style.words.test(st.tokens[i].key)) return true;
  const offices = officesOf(state, m);
  return [...offices].some((o) => style.offices.has(o) || style.offices.has(state.lex.offices.get(o)?.parent ?? ""));
}

/** The offices the article or the lexicon gives the person of mention `m`. */
function officesOf(state: ExtractState, m: number): Set<string> {
  const key = personKey(state, m);
  const out = new Set<string>();
  for (const r of state.roles) if (personKey(state, r.person) === key) out.add(r.office);
  const root = state.mentions[rootMention(state, m)];
  const entry = root.lexiconId ? state.lex.people.get(personSlug(root.lexiconId)) : undefined;
  if (entry) for (const o of officesOn(entry, state.publishedAt ?? null)) out.add(o.office);
  return out;
}

/**
 * «وكان جلالة الملك والرئيس X قد التقيا …»: the holder, named before the title, whom the article styled with the
 * honorific written right before the title (by the honorific's words, not by office: every king holds "king"), the
 * first one introduced so. Undefined when no honorific leads the title or no holder was so styled.
 */
export function honorificTitleReferent(state: ExtractState, st: SentenceState, t: TitleRef, holders: Array<{ mention: number }>, namedBefore: (m: number) => boolean): number | undefined {
  if (state.lang !== "ar") return undefined;
  // the honorific right before the title or opening its words («جلالة الملك»)
  let style: Style | undefined;
  for (let i = Math.max(0, t.start - 1); i < t.phraseEnd && !style; i++) {
    if (i < t.start && !st.cues.some((c) => c.kind === "honorific" && c.start <= i && c.end > i)) continue;
    style = Object.values(STYLES).find((x) => x.words.test(st.tokens[i].key.replace(/^و/, "")));
  }
  if (!style || !(style.offices.has(t.office) || style.titles?.has(t.office))) return undefined;
  const styled = holders.filter((h) => namedBefore(h.mention) && styledByWords(state, h.mention, style));
  const at = (h: { mention: number }) => state.mentions[h.mention].sentenceIndex * 1e6 + state.mentions[h.mention].start;
  return styled.sort((a, b) => at(a) - at(b))[0]?.mention;
}

/** Is the person of mention `m` written with the style's honorific before his name (or inside it) anywhere in the article? */
function styledByWords(state: ExtractState, m: number, style: Style): boolean {
  const key = personKey(state, m);
  for (const x of state.sentences) {
    for (const k of x.mentions) {
      if (state.mentions[k].kind !== "person" || state.mentions[k].via === "coreference" || personKey(state, k) !== key) continue;
      const sp = x.spans.get(k)!;
      for (let i = sp.start - 1; i >= 0 && i >= sp.start - 8; i--) {
        if (x.owner[i] >= 0 && x.owner[i] !== k && state.mentions[x.owner[i]].kind === "person") break;
        // (nor past an event word: «سمو رئيس مجلس الوزراء قد استقبل الكاظمي» styles the host, not his guest)
        if (x.tokens[i].punct || x.triggers.some((t) => t.start <= i && i < t.end)) break;
        if (style.words.test(x.tokens[i].key) && x.cues.some((c) => c.kind === "honorific" && c.start <= i && c.end > i)) return true;
      }
      for (let i = sp.start; i < sp.end; i++) if (style.words.test(x.tokens[i].key)) return true;
    }
  }
  return false;
}

/** Does the title say "of the country" («أمير البلاد», «ملك البلاد», «رئيس البلاد»)? */
export function hostCountryTitle(st: SentenceState, t: TitleRef): boolean {
  if (!RULERS.has(t.office)) return false;
  for (let i = t.start; i <= t.phraseEnd && i < st.tokens.length; i++) if (st.tokens[i].key === HOST_COUNTRY) return true;
  return false;
}

/**
 * «رئيس الجمهورية» with no country after it: how the agencies of a republic (APS, TAP, AMI) write their own president,
 * as «البلاد» does elsewhere. Only the holder the article introduced with that same bare phrase stands for it.
 */
export function bareRepublicTitle(st: SentenceState, t: TitleRef): boolean {
  if (t.office !== "president" || t.country) return false;
  for (let i = t.start; i < t.phraseEnd && i < st.tokens.length; i++) if (st.tokens[i].key === REPUBLIC) return true;
  return false;
}
const REPUBLIC = normalizeKey("الجمهورية");

/**
 * English government readouts (India's MEA and PIB, a presidency's statements) write their own leader by the bare
 * capitalised title with no article, no country and no name once the lead has named him: "Prime Minister also held
 * a bilateral meeting with …", "Later in the day, President received …". Only a title that opens its clause (the
 * sentence's start, a comma, a conjunction before it): "the Prime Minister", "Japan's Prime Minister" are not bare.
 */
export function bareOwnTitle(state: ExtractState, st: SentenceState, t: TitleRef): boolean {
  if (state.lang !== "en" || t.country || !/^[A-Z]/.test(st.tokens[t.start]?.text ?? "")) return false;
  const before = st.tokens[t.start - 1];
  return !before || (before.punct && before.text !== "'" && before.text !== "’") || CLAUSE_OPENERS.has(before.key);
}
const CLAUSE_OPENERS = new Set(["and", "but", "while", "then", "where", "when", "as"]);

/**
 * «وكان سمو أمير البلاد قد وصل …»: the holder of the title's office named before it, first one the article
 * introduced with "of the country" too, else the first one named.
 */
export function hostRuler(state: ExtractState, t: TitleRef, holders: Array<{ mention: number }>, namedBefore: (m: number) => boolean, republic = false): number | undefined {
  const before = holders.filter((h) => namedBefore(h.mention));
  if (!before.length) return undefined;
  const same = (x: SentenceState, u: TitleRef) => (state.lang === "en" ? !u.country : republic ? bareRepublicTitle(x, u) : hostCountryTitle(x, u));
  const at = (h: { mention: number }) => state.mentions[h.mention].sentenceIndex * 1e6 + state.mentions[h.mention].start;
  before.sort((a, b) => at(a) - at(b));
  const own = before.find((h) => {
    const m = state.mentions[h.mention];
    const x = state.sentences[m.sentenceIndex];
    return x.titles.some((u) => u.office === t.office && u.person !== undefined && personKey(state, u.person) === personKey(state, h.mention) && same(x, u));
  });
  if (republic) return own?.mention;
  return (own ?? before[0]).mention;
}
