// Incremental derivation equals a full derivation: random corpora of reports, added and removed in
// random order and random groups; after EVERY step the rows kept up to date by applying only the
// diffs equal deriveEvents over every report present. The store is simulated by a key index here
// (the real stores are checked in tests/pipeline/incremental.test.ts).
import { describe, expect, it } from "vitest";
import type { AgreementReport, AgreementRow, EventReport, MeetingRow } from "../../src/model.js";
import { deriveEvents } from "../../src/resolve/coref.js";
import { deriveChanges, keysOf, type ReportSet } from "../../src/resolve/incremental.js";
import { prng, randomArticles, shuffle, type RandomArticle } from "./random-reports.js";

class Simulated {
  events = new Map<string, EventReport>();
  agreements = new Map<string, AgreementReport>();
  index = new Map<string, Set<string>>();
  meetings = new Map<string, MeetingRow>();
  agreementRows = new Map<string, AgreementRow>();
  lookups = 0;

  private keyed(reports: ReportSet, add: boolean) {
    for (const { key, id } of keysOf(reports)) {
      let s = this.index.get(key);
      if (!s) this.index.set(key, (s = new Set()));
      if (add) s.add(id);
      else s.delete(id);
    }
  }

  lookup = async (keys: string[]): Promise<ReportSet> => {
    this.lookups++;
    const ids = new Set(keys.flatMap((k) => (k.startsWith("r:") ? [k.slice(2)] : [...(this.index.get(k) ?? [])])));
    return { events: [...ids].flatMap((id) => this.events.get(id) ?? []), agreements: [...ids].flatMap((id) => this.agreements.get(id) ?? []) };
  };

  async change(add: RandomArticle[], remove: RandomArticle[]) {
    const added: ReportSet = { events: add.flatMap((a) => a.events), agreements: add.flatMap((a) => a.agreements) };
    const removed: ReportSet = { events: remove.flatMap((a) => a.events), agreements: remove.flatMap((a) => a.agreements) };
    for (const r of removed.events) this.events.delete(r.id);
    for (const g of removed.agreements) this.agreements.delete(g.id);
    this.keyed(removed, false);
    for (const r of added.events) this.events.set(r.id, r);
    for (const g of added.agreements) this.agreements.set(g.id, g);
    this.keyed(added, true);
    const diff = await deriveChanges({ added, removed, entities: [] }, this.lookup);
    for (const m of diff.deleteMeetings) {
      expect(this.meetings.get(m.id), `deleted meeting ${m.id} was stored as derived`).toEqual(m);
      this.meetings.delete(m.id);
    }
    for (const g of diff.deleteAgreements) {
      expect(this.agreementRows.get(g.id), `deleted agreement ${g.id} was stored as derived`).toEqual(g);
      this.agreementRows.delete(g.id);
    }
    for (const m of diff.meetings) {
      expect(this.meetings.has(m.id), `meeting ${m.id} inserted twice`).toBe(false);
      this.meetings.set(m.id, m);
    }
    for (const g of diff.agreements) {
      expect(this.agreementRows.has(g.id), `agreement ${g.id} inserted twice`).toBe(false);
      this.agreementRows.set(g.id, g);
    }
    return diff;
  }

  full() {
    return deriveEvents([...this.events.values()], [...this.agreements.values()]);
  }
}

const sorted = <T extends { id: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("resolve/incremental: incremental derivation equals the full one", () => {
  it("after every load and removal, in random order and grouping (200 random corpora)", async () => {
    let merged = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const rand = prng(seed);
      const articles = randomArticles(rand, 6 + Math.floor(rand() * 14), `s${seed}-`);
      const sim = new Simulated();
      const present = new Set<RandomArticle>();
      const queue = shuffle(rand, articles);
      while (queue.length) {
        const add = queue.splice(0, 1 + Math.floor(rand() * 3));
        const remove = [...present].filter(() => rand() < 0.2);
        for (const a of remove) (present.delete(a), rand() < 0.5 && queue.push(a)); // some come back later
        for (const a of add) present.add(a);
        await sim.change(add, remove);
        const full = sim.full();
        expect(sorted(sim.meetings.values()), `seed ${seed}`).toEqual(sorted(full.meetings));
        expect(sorted(sim.agreementRows.values()), `seed ${seed}`).toEqual(sorted(full.agreements));
      }
      merged += [...sim.meetings.values()].filter((m) => m.reportIds.length > 1).length;
    }
    // the corpora are dense enough that reports do corefer (the property is not vacuous)
    expect(merged).toBeGreaterThan(100);
  });

  it("an agreement follows its meeting when a later report changes the meeting (id and date)", async () => {
    const ev = (id: string, art: string, date: string | null): EventReport => ({ id, articleId: art, kind: "meeting", participantIds: ["person:p", "person:q"], date: date ? { date, precision: "day", basis: "explicit" } : { date: null, precision: null, basis: "unknown" }, trigger: "met", source: { articleId: art, excerpt: id, start: 0, end: 1, confidence: 0.8 } });
    const agreement: AgreementReport = { id: "agreement-report:g", articleId: "article:2", summary: "a deal", topics: ["trade"], status: "signed", partyIds: ["place:iran", "place:russia"], signatoryIds: [], date: { date: null, precision: null, basis: "unknown" }, meetingReportId: "report:2", source: { articleId: "article:2", excerpt: "g", start: 5, end: 6, confidence: 0.7 } };
    const second: RandomArticle = { id: "article:2", events: [ev("report:2", "article:2", null)], agreements: [agreement], mentioned: [], unmentioned: [] };
    const first: RandomArticle = { id: "article:1", events: [ev("report:1", "article:1", "2025-03-03")], agreements: [], mentioned: [], unmentioned: [] };
    const sim = new Simulated();
    await sim.change([second], []);
    await sim.change([first], []);
    const [g] = sim.agreementRows.values();
    expect(g.date).toBe("2025-03-03");
    expect(g.meetingId).toBe([...sim.meetings.values()][0].id);
    expect(sorted(sim.agreementRows.values())).toEqual(sorted(sim.full().agreements));
  });

  it("a change far from the rest re-derives only its own reports", async () => {
    const rand = prng(99);
    const sim = new Simulated();
    await sim.change(randomArticles(rand, 20, "x"), []);
    const lone: RandomArticle = {
      id: "article:lone",
      events: [{ id: "report:lone", articleId: "article:lone", kind: "meeting", participantIds: ["person:y1", "person:y2"], date: { date: "2025-01-01", precision: "day", basis: "explicit" }, trigger: "met", source: { articleId: "article:lone", excerpt: "", start: 0, end: 1, confidence: 0.8 } }],
      agreements: [],
      mentioned: [],
      unmentioned: [],
    };
    const diff = await sim.change([lone], []);
    expect(diff.reports).toBe(1);
    expect(diff.meetings.map((m) => m.reportIds)).toEqual([["report:lone"]]);
    expect(diff.deleteMeetings).toEqual([]);
  });

  it("a pair that meets every day: a new day's report re-derives that day alone, an undated one the pair", async () => {
    const day = (n: number) => `2025-0${1 + Math.floor(n / 28)}-${String(1 + (n % 28)).padStart(2, "0")}`;
    const report = (id: string, date: string | null, meetingDay = false): RandomArticle => {
      const art = `article:${id}`;
      const ev: EventReport = { id: `report:${id}`, articleId: art, kind: "meeting", participantIds: ["person:a", "person:b"], date: date ? { date, precision: "day", basis: "explicit" } : { date: null, precision: null, basis: "unknown" }, trigger: "met", source: { articleId: art, excerpt: id, start: 0, end: 1, confidence: 0.8 } };
      const g: AgreementReport = { id: `agreement-report:${id}`, articleId: art, summary: "a deal", topics: ["trade"], status: "signed", partyIds: ["place:iran", "place:russia"], signatoryIds: [], date: { date: null, precision: null, basis: "unknown" }, meetingReportId: ev.id, source: { articleId: art, excerpt: "g", start: 5, end: 6, confidence: 0.7 } };
      return { id: art, events: [ev], agreements: meetingDay ? [g] : [], mentioned: [], unmentioned: [] };
    };
    const sim = new Simulated();
    await sim.change(Array.from({ length: 200 }, (_, n) => report(`d${n}`, day(n % 100), true)), []);
    // a report of a day already known: that day's two reports and their agreements, and itself
    const one = await sim.change([report("x", day(5), true)], []);
    expect(one.reports).toBe(6);
    // a report with no day can be any of them: every report of the pair (of its kind), and the
    // agreements reached at them
    const undated = await sim.change([report("u", null)], []);
    expect(undated.reports).toBe(1 + 201 + 201);
    expect(sorted(sim.meetings.values())).toEqual(sorted(sim.full().meetings));
    expect(sorted(sim.agreementRows.values())).toEqual(sorted(sim.full().agreements));
  });

  it("a pair that meets every day: an undated report with a publication date re-derives the months of its window only", async () => {
    const day = (n: number) => `2025-0${1 + Math.floor(n / 28)}-${String(1 + (n % 28)).padStart(2, "0")}`;
    const report = (id: string, date: string | null, publishedAt?: string): RandomArticle => {
      const art = `article:${id}`;
      const ev: EventReport = { id: `report:${id}`, articleId: art, kind: "meeting", participantIds: ["person:a", "person:b"], date: date ? { date, precision: "day", basis: "explicit" } : { date: null, precision: null, basis: "unknown" }, publishedAt, trigger: "met", source: { articleId: art, excerpt: id, start: 0, end: 1, confidence: 0.8 } };
      const g: AgreementReport = { id: `agreement-report:${id}`, articleId: art, summary: "a deal", topics: ["trade"], status: "signed", partyIds: ["place:iran", "place:russia"], signatoryIds: [], date: { date: null, precision: null, basis: "unknown" }, meetingReportId: ev.id, publishedAt, source: { articleId: art, excerpt: "g", start: 5, end: 6, confidence: 0.7 } };
      return { id: art, publishedAt, events: [ev], agreements: date ? [g] : [], mentioned: [], unmentioned: [] };
    };
    const sim = new Simulated();
    await sim.change(Array.from({ length: 200 }, (_, n) => report(`d${n}`, day(n % 100), day(n % 100))), []);
    // published 10 February: its window (31 days) touches January and February, two reports a day
    // each with its agreement (56 + 56 days' reports and their agreements), not March or April
    const undated = await sim.change([report("w", null, "2025-02-10")], []);
    expect(undated.reports).toBe(1 + 112 + 112);
    expect(sorted(sim.meetings.values())).toEqual(sorted(sim.full().meetings));
    expect(sorted(sim.agreementRows.values())).toEqual(sorted(sim.full().agreements));
  });
});
