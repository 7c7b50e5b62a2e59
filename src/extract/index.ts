// extract: one prepared article (text/ → Doc) in, its facts out (ArticleFacts), every fact with the
// sentence that says it. A short orchestrator over numbered passes, each adding one layer:
//   1 entities (lexicon) → 2 titles, roles, new names → 2b organisations by their head noun → 3 references → 4 dates → 5 events
//   → 6 one report per meeting → 7 agreements
import type { ArticleFacts, Doc, IsoDate } from "../model.js";
import { getLexicon, type Lexicon } from "../lexicon/index.js";
import type { ExtractState, SentenceState } from "./state.js";
import { findEntities } from "./passes/01-entities.js";
import { findTitles } from "./passes/02-titles.js";
import { findOrganizations } from "./passes/02b-organizations.js";
import { findSources } from "./passes/02c-sources.js";
import { findFacilities } from "./passes/02d-facilities.js";
import { resolveReferences } from "./passes/03-references.js";
import { findArticleDates } from "./passes/04-dates.js";
import { findEvents } from "./passes/05-events.js";
import { mergeLocalEvents } from "./passes/06-local-coreference.js";
import { findAgreements } from "./passes/07-agreements.js";
import { findDates } from "./dates/index.js";
import { publicationDate } from "../text/dates.js";
import { unglue } from "./glued.js";

const PASSES: Array<(state: ExtractState) => void> = [
  findEntities,
  findTitles,
  findOrganizations,
  findSources,
  findFacilities,
  resolveReferences,
  findArticleDates,
  findEvents,
  mergeLocalEvents,
  findAgreements,
];

export function extract(doc: Doc, lex: Lexicon = getLexicon()): ArticleFacts {
  const publishedGiven = !!doc.article.publishedAt;
  doc = withDateline(doc);
  const state: ExtractState = {
    doc,
    lex,
    lang: doc.language,
    publishedAt: doc.article.publishedAt,
    publishedGiven,
    mentions: [],
    sentences: windows(doc.sentences).map((s) => initSentence(doc.language === "en" ? { ...s, tokens: unglue(s.tokens, lex) } : s)),
    roles: [],
    events: [],
    agreements: [],
    genitive: new Set(),
    possessors: new Set(),
  };
  for (const pass of PASSES) pass(state);
  return {
    article: doc.article,
    language: doc.language,
    publishedAt: doc.article.publishedAt,
    mentions: state.mentions,
    roles: state.roles,
    events: state.events,
    agreements: state.agreements,
  };
}

/**
 * A dateline ("الجزائر في 15 أيار/مايو 2025", "Damascus, 12 March 2025 –") is the publication date
 * when the loader gave none: a short first line with a full date, before any sentence of the body.
 */
function withDateline(doc: Doc): Doc {
  const publishedAt = publicationDate({ header: doc.article.publishedAt, dateline: () => datelineDate(doc) });
  if (publishedAt === doc.article.publishedAt) return doc;
  return { ...doc, article: { ...doc.article, publishedAt } };
}

function datelineDate(doc: Doc): IsoDate | undefined {
  for (const s of doc.sentences.slice(0, 2)) {
    if (s.tokens.length > 12) break;
    const d = findDates(s.tokens, doc.article.text).find((x) => x.value.date && x.value.precision === "day" && x.value.basis === "explicit");
    if (d?.value.date) return d.value.date;
  }
  return undefined;
}

/** Longest run of tokens read as one sentence: a run-on line (a table, a pasted list) is read in windows. */
const MAX_SENTENCE_TOKENS = 200;

function windows(sentences: Doc["sentences"]): Doc["sentences"] {
  const out: Doc["sentences"] = [];
  for (const s of sentences) {
    if (s.tokens.length <= MAX_SENTENCE_TOKENS) {
      out.push({ ...s, index: out.length });
      continue;
    }
    for (let i = 0; i < s.tokens.length; i += MAX_SENTENCE_TOKENS) {
      const tokens = s.tokens.slice(i, i + MAX_SENTENCE_TOKENS);
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      out.push({ ...s, index: out.length, tokens, start, end, text: s.text.slice(start - s.start, end - s.start) });
    }
  }
  return out;
}

function initSentence(s: Doc["sentences"][number]): SentenceState {
  return {
    s,
    tokens: s.tokens,
    owner: new Int32Array(s.tokens.length).fill(-1),
    mentions: [],
    spans: new Map(),
    demonyms: [],
    titles: [],
    cues: [],
    triggers: [],
    modality: [],
    dates: [],
    clauseBreaks: [],
  };
}
