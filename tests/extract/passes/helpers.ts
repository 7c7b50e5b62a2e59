// Helpers for the per-pass tests: run the whole extractor on a few sentences written for the test, and
// read its facts by lexicon id ("person/abbas-araghchi") or, for unknown names, by the text as written.
// References ("the Iranian foreign minister", "his counterpart") are followed to the person they name.
import type { Article, ArticleFacts, MentionFact } from "../../../src/model.js";
import { articleFromText } from "../../../src/ingest/index.js";
import { extractArticle } from "../../../src/pipeline.js";

export function facts(text: string, date?: string): ArticleFacts {
  const raw = (date ? `date ${date}\n\n` : "") + text;
  return extractArticle(articleFromText(raw, { uri: "test.txt" }) as Article);
}

export function root(f: ArticleFacts, i: number): MentionFact {
  let m = f.mentions[i];
  const seen = new Set<number>();
  while (m.antecedent !== undefined && !seen.has(m.index)) {
    seen.add(m.index);
    m = f.mentions[m.antecedent];
  }
  return m;
}

const nameOf = (m: MentionFact) => m.lexiconId ?? m.text;

/** Person ids (or texts) named by the article, references followed. */
export function people(f: ArticleFacts): string[] {
  return [...new Set(f.mentions.filter((m) => m.kind === "person").map((m) => nameOf(root(f, m.index))))];
}

export function places(f: ArticleFacts): string[] {
  return [...new Set(f.mentions.filter((m) => m.kind === "place").map(nameOf))];
}

export interface Ev {
  kind: string;
  who: string[];
  date: string | null;
  /** The place's lexicon id (or text), null when the event has none. */
  place: string | null;
}

export function events(f: ArticleFacts, kind?: string): Ev[] {
  return f.events
    .filter((e) => !kind || e.kind === kind)
    .map((e) => {
      const place = e.place === undefined ? undefined : f.mentions.find((m) => m.index === e.place);
      return { kind: e.kind, who: [...new Set(e.participants.map((i) => nameOf(root(f, i))))].sort(), date: e.date.date, place: place ? nameOf(place) : null };
    });
}

/** Meetings (kind "meeting") that have both a and b among their participants. */
export function met(f: ArticleFacts, a: string, b: string): Ev[] {
  return events(f, "meeting").filter((e) => e.who.includes(a) && e.who.includes(b));
}

export function agreements(f: ArticleFacts): Array<{ status: string; who: string[] }> {
  return f.agreements.map((a) => ({
    status: a.status,
    who: [...new Set([...a.parties.map((i) => nameOf(root(f, i))), ...a.impliedParties, ...a.signatories.map((i) => nameOf(root(f, i)))])].sort(),
  }));
}

export const P = (slug: string) => `person/${slug}`;
