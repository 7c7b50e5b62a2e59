// Pass 2b: organisations no lexicon knows, read from their descriptor head (cues.json words.orgHead).
//   - English puts the head last: "Oman Export Credit Guarantee Authority", "Singapore Maritime Training
//     Council"; or first with "of": "Ministry of External Affairs", "Office of the Presidency".
//     Its words are capitalised; places inside the name stay place mentions of their own.
//   - Arabic and Persian put the head first: _head-first.ts.
//   - English names a company before the post of its head ("Safaricom chief executive X") and after a noun for a
//     company ("state energy company SOCAR"): _companies.ts.
// Runs after the title pass, so a ministry with its country and a person after a title are read first.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { respan, unmention } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { addOrganization, capitalised } from "./_organization.js";
import { classOf } from "./_name-words.js";
import { findAcronyms } from "./_acronyms.js";
import { englishCompanies } from "./_companies.js";
import { headAt, headFirstName, quotedName } from "./_head-first.js";
import { glued, nameRun } from "./_names.js";
import { signingsAcrossTitles } from "./_titled-signers.js";
import { englishBodyChiefs } from "./_english-body-chiefs.js";

const MAX_WORDS = 7;

export function findOrganizations(state: ExtractState): void {
  namedAfterPeople(state);
  const heads = state.lex.words.sets[`orgHead.${state.lang}`] ?? new Set<string>();
  for (const st of state.sentences) {
    // a name in quotes right after an office title: منسق “اللقاء الإسلامي والوطني”، chairman of "X"
    for (const t of st.titles) {
      const sp = quotedName(state, st, t.phraseEnd);
      if (sp) addOrganization(state, st, sp);
    }
    for (let i = 0; i < st.tokens.length; i++) {
      if (st.owner[i] >= 0) continue;
      const head = state.lang === "en" ? (heads.has(st.tokens[i].key) ? { clitic: 0, definite: false } : undefined) : headAt(state, st, i);
      if (!head) continue;
      const sp = state.lang === "en" ? dashSuffix(state, st, englishName(state, st, i)) : headFirstName(state, st, i, head);
      if (sp && absorbsParent(state, st, sp)) i = st.spans.get(st.owner[sp.start])!.end - 1;
      else if (sp) {
        addOrganization(state, st, sp, sp.start === i ? head.clitic : 0);
        i = sp.end - 1;
      }
    }
  }
  if (state.lang === "en") englishCompanies(state);
  findAcronyms(state);
  signingsAcrossTitles(state);
  englishBodyChiefs(state); // "head of the State Agency for X Y Z": the name right after the body (_english-body-chiefs.ts)
}

/**
 * "مكتب الاستثمارات التابع للرئاسة التركية": a body "attached to" (cues.json words.affiliatedTo) an
 * organisation already read is one organisation, named by all its words; the parent's mention becomes it.
 */
function absorbsParent(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  if (!state.lex.words.sets.affiliatedTo?.has(st.tokens[sp.end - 1]?.key ?? "")) return false;
  const o = st.owner[sp.end];
  if (o === undefined || o < 0 || state.mentions[o].kind !== "organization" || st.spans.get(o)!.start !== sp.end) return false;
  respan(state, st, o, { start: sp.start, end: st.spans.get(o)!.end }, { lexiconId: undefined, via: "descriptor", confidence: 0.6 });
  return true;
}

const CONNECTORS = new Set(["of", "for", "and", "the", "&"]);
/** Heads of bodies named after their subject with "on" (cues.json orgHead.en). */
const DELIBERATIVE = new Set(["committee", "commission", "council", "forum"]);
/** Heads of a company's name (cues.json orgHead.en), after which "of X" says where the company is from. */
const COMPANY_HEADS = new Set(["corporation", "company", "group", "ltd", "limited", "inc", "holdings", "plc", "llc"]);
const isCountry = (state: ExtractState, st: SentenceState, i: number) => st.owner[i] >= 0 && state.mentions[st.owner[i]].placeKind === "country";

/** Free of people and of other organisations: only plain words and places. */
function free(state: ExtractState, st: SentenceState, i: number): boolean {
  const o = st.owner[i];
  return o < 0 || state.mentions[o].kind === "place";
}

function englishName(state: ExtractState, st: SentenceState, h: number): TokenSpan | undefined {
  if (!capitalised(st, h)) return undefined;
  let start = h;
  // left: capitalised words (and "and"/"&" between two of them)
  while (start - 1 >= 0 && h - start < MAX_WORDS && free(state, st, start - 1)) {
    const k = start - 1;
    if (capitalised(st, k) && !st.tokens[k].punct) start = k;
    // "People's Bank of China", "Workers' Party": a collective noun's possessive inside the name
    else if (collectivePossessive(st, k)) start = st.tokens[k].key === "s" ? k - 2 : k - 1;
    // "Oil and Gas Corporation"; not "… Gavan and Vietnam Coast Guard", where a place opens the name
    else if ((st.tokens[k].key === "and" || st.tokens[k].text === "&") && capitalised(st, k - 1) && free(state, st, k - 1) && st.owner[start] < 0) start = k - 1;
    else break;
  }
  if (st.tokens[start].key === "the") start++;
  // right: "of" / "for" + capitalised words ("Ministry of External Affairs", "Office of the Presidency")
  let end = h + 1;
  // "Joint Standing Committee on Treaties", "Commission on Human Rights": "on" after a body that deliberates
  const onAfter = st.tokens[h + 1]?.key === "on" && DELIBERATIVE.has(st.tokens[h].key) && !calendarLexicon().get(phraseKey(st.tokens[h + 2]?.text ?? "")).length;
  const ofAfter = st.tokens[h + 1]?.key === "of" || st.tokens[h + 1]?.key === "for" || onAfter;
  for (let j = h + 1; ofAfter && j < st.tokens.length && j - start < MAX_WORDS + 3; j++) {
    const t = st.tokens[j];
    if (!free(state, st, j)) break;
    if ((CONNECTORS.has(t.key) || (onAfter && j === h + 1)) && !t.punct) continue;
    if (!capitalised(st, j) || t.punct || calendarLexicon().get(phraseKey(t.text)).length) break;
    // "State Committee for National Security Kamchybek Tashiev": after a complement of common words, two name words
    // are the name of its head, no part of the body's name
    if (end > h + 1 && nameAfterComplement(state, st, h + 2, end, j)) break;
    end = j + 1;
  }
  while (end > h + 1 && CONNECTORS.has(st.tokens[end - 1].key)) end--;
  // "Sinohydro Corporation of China": after a company's own name, "of" and a country is its nationality
  if (start < h && COMPANY_HEADS.has(st.tokens[h].key) && end === h + 3 && isCountry(state, st, h + 2)) end = h + 1;
  if (end - start < 2) return undefined;
  // a sentence-initial capital is no evidence: "Government officials said"
  const words = st.tokens.slice(start, end).filter((t) => !CONNECTORS.has(t.key));
  if (words.length < 2) return undefined;
  return { start, end };
}

/** Are the words from `from` to `end` common words, and do two name words (no common word) open at `j`? */
function nameAfterComplement(state: ExtractState, st: SentenceState, from: number, end: number, j: number): boolean {
  const common = (k: number) => classOf(state, st.tokens[k]) === "common";
  const words = st.tokens.slice(from, end).map((_, i) => from + i).filter((k) => !CONNECTORS.has(st.tokens[k].key));
  if (!words.length || !words.every(common)) return false;
  const next = st.tokens[j + 1];
  return !common(j) && !!next && !next.punct && capitalised(st, j + 1) && !common(j + 1) && st.owner[j] < 0;
}

/** Plural collective nouns whose possessive stands inside a body's name ("People's", "Workers'", "Women's"). */
const COLLECTIVE = new Set(["people", "peoples", "workers", "women", "farmers", "children", "citizens", "veterans", "nations"]);

/** Does token `k` end "People's" / "Workers'" (tokens "People" "'" "s", "Workers" "'") before the name's next word? */
function collectivePossessive(st: SentenceState, k: number): boolean {
  const t = st.tokens;
  const apo = t[k].key === "s" ? k - 1 : k;
  if (!/^['’]$/.test(t[apo]?.text ?? "") || (apo !== k && t[apo].end !== t[k].start)) return false;
  return apo > 0 && COLLECTIVE.has(t[apo - 1].key) && capitalised(st, apo - 1) && t[apo - 1].end === t[apo].start;
}

/**
 * "Pakistan Muslim League-Nawaz", "Liberation Movement-North": one capitalised word glued to the head by a hyphen
 * is the name's suffix (a faction, a wing), not a person or a place of its own: the short form "Nawaz" read there
 * (Nawaz Sharif) goes.
 */
function dashSuffix(state: ExtractState, st: SentenceState, sp: TokenSpan | undefined): TokenSpan | undefined {
  if (!sp || st.tokens[sp.end]?.text !== "-" || !glued(st, sp.end) || !capitalised(st, sp.end + 1)) return sp;
  const w = sp.end + 1;
  if (/^[A-Z]/.test(st.tokens[w + 1]?.text ?? "") && !st.tokens[w + 1].punct) return sp; // a longer name goes on: not a suffix
  const o = st.owner[w];
  if (o >= 0) {
    const osp = st.spans.get(o)!;
    if (osp.start !== w || osp.end !== w + 1 || state.mentions[o].kind === "organization") return sp;
    unmention(state, st, o);
  }
  return { start: sp.start, end: w + 1 };
}

/** Adjectives between a Persian facility head and the name it bears (airport noun "میدان هوایی" in Dari, international). */
/**
 * Facility heads a name may take in lower case ("the Lenin mausoleum", "the Somoni monument"), among them works of
 * infrastructure named after people ("the Tancredo Neves bridge", "the Jomo Kenyatta airport", "the Nelson Mandela
 * stadium", "the Kariba dam" is no person's).
 */
const MONUMENT = new Set(["monument", "memorial", "mausoleum", "statue", "bridge", "dam", "airport", "stadium", "highway"]);

/**
 * A place named after a person is no mention of the person: "Jomo Kenyatta International Airport",
 * "مطار الملك خالد الدولي", "فرودگاه امام خمینی". The person's words and the facility head noun (cues.json
 * words.facilityHead: after the name in English, up to two words between; before it in Arabic and Persian, past up
 * to two of its adjectives in Persian: هوایی، بین‌المللی، ملی)
 * become one place no lexicon knows.
 */
function namedAfterPeople(state: ExtractState): void {
  const heads = state.lex.words.sets[`facilityHead.${state.lang}`];
  if (!heads) return;
  for (const st of state.sentences) {
    for (const m of [...st.mentions]) {
      const x = state.mentions[m];
      if (x.kind !== "person" || x.via === "coreference" || !st.spans.has(m)) continue;
      const sp = st.spans.get(m)!;
      let place: TokenSpan | undefined;
      if (state.lang === "en" && namesAward(state, st, sp)) {
        unmention(state, st, m);
        continue;
      }
      if (state.lang === "en") {
        // (in lower case only a monument after "the" and the name: "laid a wreath at the Lenin mausoleum")
        const lower = (j: number) => j === sp.end && st.tokens[sp.start - 1]?.key === "the" && MONUMENT.has(st.tokens[j].key);
        for (let j = sp.end; j < st.tokens.length && j <= sp.end + 2 && (capitalised(st, j) || lower(j)) && st.owner[j] < 0; j++) {
          if (heads.has(st.tokens[j].key)) {
            place = { start: sp.start, end: j + 1 };
            break;
          }
        }
      } else {
        let b = sp.start - 1;
        // past the honorific of a namesake who died for a cause («بندر شهید رجایی», «مطار الشهيد …»)
        if (b > 0 && st.owner[b] < 0 && state.lex.words.sets.namesakeHonorific?.has(st.tokens[b].key)) b--;
        // past the head's adjectives ("میدان هوایی بین‌المللی حامد کرزی", "فرودگاه بین‌المللی امام خمینی")
        for (let n = 0; n < 2 && b > 0 && st.owner[b] < 0 && state.lex.words.sets.facilityAdjective.has(st.tokens[b].key); n++) b--;
        const key = st.tokens[b]?.key ?? "";
        if (b >= 0 && st.owner[b] < 0 && (heads.has(key) || (/^[وبل]/.test(key) && heads.has(key.slice(1))))) place = { start: b, end: sp.end };
      }
      // the honorific read as a name of its own («بندر شهید» + رجایی): the place goes on over the namesake's name
      if (place && state.lang !== "en" && sp.end - sp.start === 1 && state.lex.words.sets.namesakeHonorific?.has(st.tokens[sp.start].key)) place = { start: place.start, end: namesakeEnd(state, st, sp.end) };
      if (place) respan(state, st, m, place, { kind: "place", lexiconId: undefined, alternatives: undefined, via: "descriptor", placeKind: "site", confidence: 0.6 });
    }
  }
}

/** The end of the name a namesake honorific is followed by: a person read there (dropped), else its name words. */
function namesakeEnd(state: ExtractState, st: SentenceState, from: number): number {
  const o = st.owner[from];
  if (o >= 0 && state.mentions[o].kind === "person" && st.spans.has(o)) {
    const end = st.spans.get(o)!.end;
    unmention(state, st, o);
    return end;
  }
  const rest = nameRun(state, st, from).slice(0, 2);
  return rest.length ? rest[rest.length - 1] + 1 : from;
}

/**
 * "the Indira Gandhi Prize for Peace", "the Nelson Mandela Award", "the Olof Palme Memorial Lecture": a person's
 * name right before an award's head (cues.json words.awardHead, capitalised, past up to two capitalised words: "the
 * Indira Gandhi Peace Prize") names the award, and the person is no one the article tells of.
 */
function namesAward(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  const heads = state.lex.words.sets["awardHead.en"];
  if (!heads) return false;
  for (let j = sp.end; j < st.tokens.length && j <= sp.end + 2 && capitalised(st, j); j++) {
    if (heads.has(st.tokens[j].key)) return true;
    if (st.owner[j] >= 0) return false;
  }
  return false;
}
