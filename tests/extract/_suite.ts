// The harness of the article suites (tests/extract/articles, tests/extract/regions): short news articles written
// for these tests, FILE.txt with FILE.expected.json beside it, holding what a careful human reads in the text (not
// what the extractor outputs):
//   { people, notPeople, meetings: [{participants, date, place}], notMeetings: [[a, b]],
//     agreements: [{parties_or_signatories: [a, b]}], places?, organizations? }
//   - a meeting with more than two participants means every pair of them met;
//   - date null: the text gives no date, so none may be invented; place null: the place is not checked;
//   - an expected place matches the meeting's place or a place containing it (a palace in Cairo is "Cairo");
//   - agreements: [] means the article reports no agreement (so none may be extracted); notAgreements (optional):
//     pairs between whom the article reports no agreement reached (planned, rejected, lapsed, still negotiated);
//   - places / organizations (optional): each must be found among the article's places / organisations.
// Names are canonical lexicon names, or the name as written for people no lexicon knows.
//
// The whole pipeline runs (processArticle: extract + resolve, then deriveEvents as the loader does). Every
// expectation is its own `it`; one the extractor does not meet yet is a known gap (tests/known-gaps.ts), listed in
// the suite's ledger with why, never weakened. Precision/recall of people and met pairs, over the suite and per
// language (the file name's prefix: en-, fa-, ar-), is printed and written to tests/artifacts/<artifact>.
import { afterAll, describe, expect } from "vitest";
import { GapLedger } from "../known-gaps.js";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articleFromText } from "../../src/ingest/index.js";
import { getLexicon } from "../../src/lexicon/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";
import { deriveEvents } from "../../src/resolve/coref.js";
import { normalizeKey } from "../../src/text/normalize.js";

interface Expected {
  people: string[];
  notPeople: string[];
  meetings: Array<{ participants: string[]; date: string | null; place: string | null }>;
  notMeetings: Array<[string, string]>;
  agreements: Array<{ parties_or_signatories: [string, string] }>;
  notAgreements?: Array<[string, string]>;
  places?: string[];
  organizations?: string[];
}

const lex = getLexicon();
const same = (a: string, b: string) => a === b || normalizeKey(a) === normalizeKey(b);

/** All names of a lexicon entry (canonical and every written form), by id with or without its kind prefix. */
function lexiconNames(id: string): string[] | undefined {
  const slug = id.replace(/^(person|place|org|organization)[:/]/, "");
  const e = lex.people.get(slug) ?? lex.places.get(slug) ?? lex.organizations.get(slug);
  if (!e) return undefined;
  return [e.name, ...Object.values(e.names).flat()];
}

/** The place and every place containing it, each with all its names. */
function placeChain(id: string | undefined): string[][] {
  const out: string[][] = [];
  let slug: string | undefined = id?.replace(/^place[:/]/, "");
  for (let i = 0; slug && i < 6; i++) {
    const p = lex.places.get(slug);
    if (!p) break;
    out.push([p.name, ...Object.values(p.names).flat()]);
    slug = p.within ?? undefined;
  }
  return out;
}

function run(dir: string, file: string) {
  const article = articleFromText(readFileSync(join(dir, file), "utf8"), { uri: file }) as Article;
  const r = processArticle(article);
  const forms = new Map<string, string[]>();
  for (const e of [...r.people, ...r.places, ...r.organizations]) forms.set(e.id, [e.name, ...e.aliases.map((a) => a.text)]);
  /** Names of an entity id: the article's rows, else the lexicon (for ids the rows do not define). */
  const named = (id: string) => forms.get(id) ?? lexiconNames(id) ?? [id];
  const d = deriveEvents(r.events, r.agreements);
  // a place no lexicon holds (a site) is in the place the article puts it in (its row's `within`), and in that one's chain
  const rows = new Map(r.places.map((p) => [p.id, p]));
  const chainOf = (id: string | undefined, depth = 0): string[][] => {
    const row = id && depth < 6 && !placeChain(id).length ? rows.get(id) : undefined;
    return row ? [[row.name, ...row.aliases.map((a) => a.text)], ...chainOf(row.within, depth + 1)] : placeChain(id);
  };
  const meetings = d.meetings.map((m) => ({ kind: m.kind, date: m.date, people: m.participantIds.map(named), place: chainOf(m.placeId) }));
  const agreements = d.agreements.map((a) => [...a.partyIds, ...a.signatoryIds].map(named));
  const referenced = [...r.events.flatMap((e) => e.participantIds), ...r.agreements.flatMap((a) => [...a.partyIds, ...a.signatoryIds])];
  const dangling = [...new Set(referenced.filter((id) => !forms.has(id)))];
  return {
    people: r.people.map((p) => named(p.id)),
    places: r.places.map((p) => named(p.id)),
    organizations: r.organizations.map((o) => named(o.id)),
    meetings,
    agreements,
    dangling,
  };
}

interface Tally {
  peopleExpected: number; peopleFound: number; peopleSystem: number; peopleRight: number;
  pairsExpected: number; pairsFound: number; pairsSystem: number; pairsRight: number;
  /** agreements: expected pairs found; system agreements holding an expected pair; organisations: expected ones found */
  agreementsExpected: number; agreementsFound: number; agreementsSystem: number; agreementsRight: number; orgsExpected: number; orgsFound: number;
}
const newTally = (): Tally => ({
  peopleExpected: 0, peopleFound: 0, peopleSystem: 0, peopleRight: 0, pairsExpected: 0, pairsFound: 0, pairsSystem: 0, pairsRight: 0,
  agreementsExpected: 0, agreementsFound: 0, agreementsSystem: 0, agreementsRight: 0, orgsExpected: 0, orgsFound: 0,
});
const pairKey = (a: string, b: string) => [normalizeKey(a), normalizeKey(b)].sort().join(" + ");
const pairsOf = (names: string[]) => names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as [string, string]));
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 1);
const scoresOf = (t: Tally) => ({
  people: { precision: ratio(t.peopleRight, t.peopleSystem), recall: ratio(t.peopleFound, t.peopleExpected), expected: t.peopleExpected, system: t.peopleSystem, found: t.peopleFound, right: t.peopleRight },
  metPairs: { precision: ratio(t.pairsRight, t.pairsSystem), recall: ratio(t.pairsFound, t.pairsExpected), expected: t.pairsExpected, system: t.pairsSystem, found: t.pairsFound, right: t.pairsRight },
  agreements: { precision: ratio(t.agreementsRight, t.agreementsSystem), recall: ratio(t.agreementsFound, t.agreementsExpected), expected: t.agreementsExpected, system: t.agreementsSystem, found: t.agreementsFound, right: t.agreementsRight },
  organizations: { recall: ratio(t.orgsFound, t.orgsExpected), expected: t.orgsExpected, found: t.orgsFound },
});

/** Declares the suite of `dir`: one describe per article, one `it` per expectation, and the scores after all. */
export function articleSuite(opts: { dir: string; name: string; artifact: string; knownGaps: Record<string, string> }): void {
  const { dir } = opts;
  const ledger = new GapLedger(opts.knownGaps);
  const tally = newTally();
  const byLanguage = new Map<string, Tally>();
  const perArticle: Record<string, { people: [number, number, number]; pairs: [number, number, number] }> = {};
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

  describe.each(files)("%s", (file) => {
    const exp = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
    const got = run(dir, file);
    /** `list` holds entities, each with its names; an expected name matches any of them. */
    const has = (list: string[][], name: string) => list.some((forms) => forms.some((x) => same(x, name)));
    const isExpected = (list: string[], forms: string[]) => list.some((x) => forms.some((f) => same(x, f)));
    const met = (a: string, b: string) => got.meetings.filter((m) => m.kind === "meeting" && has(m.people, a) && has(m.people, b));
    const check = (title: string, fn: () => void) => ledger.check(`${file} › ${title}`, title, fn);

    // ---- tallies (people: every person the pipeline reports; pairs: every met pair it reports)
    const expectedPeople = [...new Set([...exp.people, ...exp.meetings.flatMap((m) => m.participants)])];
    const peopleFound = expectedPeople.filter((p) => has(got.people, p)).length;
    const peopleRight = got.people.filter((forms) => isExpected(expectedPeople, forms)).length;
    const expectedPairs = new Set(exp.meetings.flatMap((m) => pairsOf(m.participants).map(([a, b]) => pairKey(a, b))));
    const label = (forms: string[]) => expectedPeople.find((n) => forms.some((f) => same(f, n))) ?? forms[0];
    const systemPairs = new Set(got.meetings.filter((m) => m.kind === "meeting").flatMap((m) => pairsOf(m.people.map(label)).map(([a, b]) => pairKey(a, b))));
    const pairsFound = [...expectedPairs].filter((p) => systemPairs.has(p)).length;
    const pairsRight = [...systemPairs].filter((p) => expectedPairs.has(p)).length;
    const agreementHas = (x: string[][], [a, b]: [string, string]) => has(x, a) && has(x, b);
    const expectedAgreements = exp.agreements.map((x) => x.parties_or_signatories);
    const agreementsFound = expectedAgreements.filter((pair) => got.agreements.some((x) => agreementHas(x, pair))).length;
    const agreementsRight = got.agreements.filter((x) => expectedAgreements.some((pair) => agreementHas(x, pair))).length;
    const orgsFound = (exp.organizations ?? []).filter((o) => has(got.organizations, o)).length;
    const lang = /^(en|fa|ar)-/.exec(file)?.[1] ?? "other";
    if (!byLanguage.has(lang)) byLanguage.set(lang, newTally());
    for (const t of [tally, byLanguage.get(lang) as Tally]) {
      t.peopleExpected += expectedPeople.length;
      t.peopleFound += peopleFound;
      t.peopleSystem += got.people.length;
      t.peopleRight += peopleRight;
      t.pairsExpected += expectedPairs.size;
      t.pairsFound += pairsFound;
      t.pairsSystem += systemPairs.size;
      t.pairsRight += pairsRight;
      t.agreementsExpected += expectedAgreements.length;
      t.agreementsFound += agreementsFound;
      t.agreementsSystem += got.agreements.length;
      t.agreementsRight += agreementsRight;
      t.orgsExpected += exp.organizations?.length ?? 0;
      t.orgsFound += orgsFound;
    }
    perArticle[file] = { people: [expectedPeople.length, got.people.length, peopleFound], pairs: [expectedPairs.size, systemPairs.size, pairsFound] };

    // ---- expectations, one `it` each
    for (const p of exp.people) check(`finds ${p}`, () => expect(has(got.people, p)).toBe(true));
    check("finds no one else", () => expect(got.people.filter((forms) => !isExpected(expectedPeople, forms)).map((f) => f[0])).toEqual([]));
    for (const p of exp.notPeople) check(`does not extract ${p}`, () => expect(has(got.people, p)).toBe(false));
    for (const p of exp.places ?? []) check(`finds the place ${p}`, () => expect(has(got.places, p)).toBe(true));
    for (const o of exp.organizations ?? []) check(`finds the organisation ${o}`, () => expect(has(got.organizations, o)).toBe(true));

    for (const m of exp.meetings) {
      const who = m.participants.join(" + ");
      for (const [a, b] of pairsOf(m.participants)) check(`meeting ${a} + ${b}`, () => expect(met(a, b).length).toBeGreaterThan(0));
      check(`meeting ${who} is dated ${m.date ?? "nothing (no date in the text)"}`, () => {
        const [a, b] = m.participants;
        expect(met(a, b).map((x) => x.date)).toContain(m.date);
      });
      if (m.place) {
        const place = m.place;
        check(`meeting ${who} is placed in ${place}`, () => {
          const [a, b] = m.participants;
          expect(met(a, b).some((x) => has(x.place, place))).toBe(true);
        });
      }
    }
    for (const [a, b] of exp.notMeetings) check(`no meeting ${a} + ${b}`, () => expect(met(a, b).map((x) => x.date)).toEqual([]));

    for (const { parties_or_signatories: [a, b] } of exp.agreements) {
      check(`agreement ${a} + ${b}`, () => expect(got.agreements.some((x) => has(x, a) && has(x, b))).toBe(true));
    }
    for (const [a, b] of exp.notAgreements ?? []) check(`no agreement ${a} + ${b}`, () => expect(got.agreements.filter((x) => has(x, a) && has(x, b)).map((x) => x.map((f) => f[0]))).toEqual([]));
    if (exp.agreements.length === 0) check("no agreement where none was reached", () => expect(got.agreements.map((x) => x.map((f) => f[0]))).toEqual([]));

    check("every participant, party and signatory id is an entity of the article", () => expect(got.dangling).toEqual([]));
  });

  afterAll(() => {
    const languages = Object.fromEntries([...byLanguage].sort().map(([l, t]) => [l, scoresOf(t)]));
    const scores = { articles: files.length, ...scoresOf(tally), languages, knownGaps: ledger.size, perArticle };
    const line = (s: ReturnType<typeof scoresOf>) =>
      `people P ${s.people.precision} R ${s.people.recall}  met pairs P ${s.metPairs.precision} R ${s.metPairs.recall}  agreements P ${s.agreements.precision} R ${s.agreements.recall}  orgs R ${s.organizations.recall}`;
    const rows = Object.entries(perArticle).map(([f, s]) => `${f.padEnd(22)} people exp/sys/found ${s.people.join("/").padEnd(8)} pairs exp/sys/found ${s.pairs.join("/")}`);
    console.log(
      [
        `${opts.name} (${files.length} articles)`,
        `  all  ${line(scores)}`,
        ...Object.entries(languages).map(([l, s]) => `  ${l.padEnd(4)} ${line(s)}`),
        `  known gaps ${scores.knownGaps}`,
        ...rows.map((x) => "  " + x),
      ].join("\n"),
    );
    const out = join(import.meta.dirname, "../artifacts");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, opts.artifact), JSON.stringify(scores, null, 1) + "\n");
  });

  describe("known gaps", () => ledger.noStaleKeys());
}
