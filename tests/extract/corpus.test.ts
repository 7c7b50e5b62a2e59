// The extraction engine on a corpus of short articles we wrote (tests/extract/corpus: 5 English,
// 5 Persian, 5 Arabic; other countries than the seeds), each with traps: phone calls, planned,
// postponed, cancelled and denied meetings, "stressed the importance of", a genitive, reader comments.
// Every expectation is its own test; suite precision/recall is printed and saved.
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articleFromText } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";
import { deriveEvents } from "../../src/resolve/coref.js";

const DIR = join(import.meta.dirname, "corpus");
interface Expected {
  people: string[];
  notPeople: string[];
  meetings: Array<{ participants: [string, string]; date: string | null }>;
  notMeetings: Array<[string, string]>;
  agreements: Array<[string, string]>;
  noAgreements?: boolean;
}
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, Expected | string>;
const files = Object.keys(expected).filter((k) => k.endsWith(".txt"));

function run(file: string) {
  const article = articleFromText(readFileSync(join(DIR, file), "utf8"), { uri: file }) as Article;
  const r = processArticle(article);
  const names = new Map([...r.people, ...r.places, ...r.organizations].map((e) => [e.id, e.name]));
  const d = deriveEvents(r.events, r.agreements);
  const meetings = d.meetings.map((m) => ({ kind: m.kind, date: m.date, people: m.participantIds.map((id) => names.get(id) ?? id) }));
  const agreements = d.agreements.map((a) => [...a.partyIds, ...a.signatoryIds].map((id) => names.get(id) ?? id));
  return { people: r.people.map((p) => p.name), meetings, agreements };
}

const tally = { peopleFound: 0, peopleExpected: 0, peopleSystem: 0, peopleRight: 0, pairsExpected: 0, pairsFound: 0, pairsSystem: 0, pairsRight: 0 };
const pairKey = (a: string, b: string) => [a, b].sort().join(" + ");

describe.each(files)("%s", (file) => {
  const exp = expected[file] as Expected;
  const got = run(file);
  const met = (a: string, b: string) => got.meetings.filter((m) => m.kind === "meeting" && m.people.includes(a) && m.people.includes(b));

  // suite tallies (people precision counts only names the expectations speak about: expected or forbidden)
  tally.peopleExpected += exp.people.length;
  tally.peopleFound += exp.people.filter((p) => got.people.includes(p)).length;
  tally.peopleSystem += got.people.length;
  tally.peopleRight += got.people.filter((p) => exp.people.includes(p)).length;
  const expectedPairs = new Set(exp.meetings.map((m) => pairKey(...m.participants)));
  const systemPairs = new Set(got.meetings.filter((m) => m.kind === "meeting").flatMap((m) => m.people.flatMap((a, i) => m.people.slice(i + 1).map((b) => pairKey(a, b)))));
  tally.pairsExpected += expectedPairs.size;
  tally.pairsFound += [...expectedPairs].filter((p) => systemPairs.has(p)).length;
  tally.pairsSystem += systemPairs.size;
  tally.pairsRight += [...systemPairs].filter((p) => expectedPairs.has(p)).length;

  it("finds the people", () => expect(got.people).toEqual(expect.arrayContaining(exp.people)));
  if (exp.notPeople.length) it("keeps out names from comments and related-news boxes", () => expect(got.people.filter((p) => exp.notPeople.includes(p))).toEqual([]));
  for (const m of exp.meetings) {
    it(`meeting ${m.participants.join(" + ")}${m.date === "?" ? "" : ` on ${m.date}`}`, () => {
      const found = met(...m.participants);
      expect(found.length).toBeGreaterThan(0);
      if (m.date !== "?") expect(found.map((x) => x.date)).toContain(m.date);
    });
  }
  for (const [a, b] of exp.notMeetings) it(`no meeting ${a} + ${b}`, () => expect(met(a, b)).toEqual([]));
  for (const [a, b] of exp.agreements) it(`agreement ${a} + ${b}`, () => expect(got.agreements.some((x) => x.includes(a) && x.includes(b))).toBe(true));
  if (exp.noAgreements) it("no agreement from 'stressed the importance of'", () => expect(got.agreements).toEqual([]));
});

afterAll(() => {
  const r = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 1);
  const scores = {
    articles: files.length,
    people: { precision: r(tally.peopleRight, tally.peopleSystem), recall: r(tally.peopleFound, tally.peopleExpected) },
    metPairs: { precision: r(tally.pairsRight, tally.pairsSystem), recall: r(tally.pairsFound, tally.pairsExpected) },
  };
  console.log("extraction corpus:", JSON.stringify(scores));
  const dir = join(import.meta.dirname, "../artifacts");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "extraction-corpus.json"), JSON.stringify(scores, null, 1));
});
