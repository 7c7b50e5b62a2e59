// Small random corpora of REPORTS (not of texts), for the incremental-equals-full property tests:
// a handful of people and days, so that reports corefer often; explicit days, undated reports,
// weekday variables bound across an article, places within places, calls, agreements reached at a
// meeting. Seeded (bench/corpus.ts's PRNG), so a failure names its seed.
import type { AgreementReport, DateValue, EventReport, ResolvedArticle } from "../../src/model.js";

export { prng } from "../../bench/corpus.js";

export interface RandomArticle {
  id: string;
  publishedAt?: string;
  events: EventReport[];
  agreements: AgreementReport[];
  /** Entities the article has a mention of (their nodes live while a mention refers to them). */
  mentioned: string[];
  /** Entities the article has a row for but no mention (a coreference: "the minister"). */
  unmentioned: string[];
}

const PEOPLE = ["a", "b", "c", "d", "e", "f"].map((x) => `person:${x}`);
const PLACES = ["place:russia", "place:moscow", "place:sochi"];
const PARTIES = ["place:russia", "place:iran", "place:turkey"];
// days and publication dates close together (reports corefer often) and far apart (an undated report
// is about a day of its interval only: date-window.ts), month and year dates among them
const DAYS = ["2025-03-03", "2025-03-04", "2025-03-06", "2025-01-20", "2025-05-26"]; // Mon, Tue, Thu, Mon, Mon
const WEEKDAYS = [1, 2, 4, 5];
const PUBLISHED = [undefined, "2025-03-05", "2025-03-10", "2025-02-14", "2025-05-30"];
const MONTHS = ["2025-03-01", "2025-01-01", "2025-05-01"];

export function randomArticles(rand: () => number, n: number, prefix = "r"): RandomArticle[] {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: RandomArticle[] = [];
  for (let i = 0; i < n; i++) {
    const id = `article:${prefix}${i}`;
    const publishedAt = pick(PUBLISHED);
    const date = (): { date: DateValue; dateVar?: string } => {
      const x = rand();
      if (x < 0.45) return { date: { date: pick(DAYS), precision: "day", basis: "explicit" } };
      if (x < 0.57) return { date: { date: null, precision: null, basis: "unknown" } };
      if (x < 0.6) return { date: { date: null, precision: null, basis: "relative", anchor: pick(["week-1", "week", "week+1"]) } };
      if (x < 0.66) return { date: { date: pick(MONTHS), precision: "month", basis: "explicit" } };
      if (x < 0.68) return { date: { date: "2025-01-01", precision: "year", basis: "explicit" } };
      const w = pick(WEEKDAYS);
      return { date: { date: null, precision: null, basis: "weekday", weekday: w, anchor: `weekday:${w}` }, dateVar: `${id}#weekday:${w}` };
    };
    const events: EventReport[] = [];
    for (let k = 0, m = 1 + Math.floor(rand() * 3); k < m; k++) {
      const people = [...new Set([pick(PEOPLE), pick(PEOPLE), ...(rand() < 0.25 ? [pick(PEOPLE)] : [])])].sort();
      if (people.length < 2) continue;
      const x = rand();
      events.push({
        id: `report:${prefix}${i}-${k}`,
        articleId: id,
        kind: rand() < 0.8 ? "meeting" : "call",
        participantIds: people,
        placeId: x < 0.3 ? undefined : pick(PLACES),
        ...date(),
        publishedAt,
        trigger: "met",
        source: { articleId: id, excerpt: `sentence ${k} of ${id}`, start: k * 10, end: k * 10 + 9, confidence: Math.round((0.6 + rand() * 0.3) * 100) / 100 },
      });
    }
    const agreements: AgreementReport[] = [];
    if (rand() < 0.4) {
      const parties = [...new Set([pick(PARTIES), pick(PARTIES)])].sort();
      const meeting = events.length && rand() < 0.6 ? pick(events) : undefined;
      agreements.push({
        id: `agreement-report:${prefix}${i}`,
        articleId: id,
        summary: `agreement of ${id}`.slice(0, 10 + Math.floor(rand() * 12)),
        topics: [pick(["trade", "energy"])],
        status: rand() < 0.5 ? "signed" : "announced",
        partyIds: parties,
        signatoryIds: meeting ? meeting.participantIds.slice(0, 2) : [],
        ...date(),
        meetingReportId: meeting?.id,
        publishedAt,
        source: { articleId: id, excerpt: `agreement sentence of ${id}`, start: 100, end: 120, confidence: 0.7 },
      });
    }
    const named = [...new Set([...events.flatMap((e) => [...e.participantIds, ...(e.placeId ? [e.placeId] : [])]), ...agreements.flatMap((g) => [...g.partyIds, ...g.signatoryIds])])].sort();
    const mentioned: string[] = [];
    const unmentioned: string[] = [];
    for (const e of named) {
      const x = rand();
      if (e.startsWith("place:") || x < 0.75) mentioned.push(e);
      else if (x < 0.9) unmentioned.push(e);
    }
    out.push({ id, publishedAt, events, agreements, mentioned, unmentioned });
  }
  return out;
}

/** The rows the store writes for a random article. */
export function resolvedOf(a: RandomArticle): ResolvedArticle {
  const row = (id: string) => ({ id, name: id.split(":")[1], aliases: [], keys: [`k-${id.split(":")[1]}`] });
  const entities = [...a.mentioned, ...a.unmentioned];
  return {
    article: { id: a.id, uri: `test://${a.id}`, sha256: a.id, title: a.id, language: "en", publishedAt: a.publishedAt, source: "", text: `text of ${a.id}` },
    people: entities.filter((e) => e.startsWith("person:")).map(row),
    places: entities.filter((e) => e.startsWith("place:")).map((id) => ({ ...row(id), kind: id === "place:russia" ? "country" : "city", within: undefined })),
    organizations: [],
    mentions: a.mentioned.map((e, k) => ({ id: `mention:${a.id}-${k}`, articleId: a.id, entityId: e, kind: e.startsWith("place:") ? ("place" as const) : ("person" as const), text: e, lang: "en" as const, start: k, end: k + 1 })),
    roles: [],
    events: a.events,
    agreements: a.agreements,
  };
}

/** A random permutation (Fisher–Yates). */
export function shuffle<T>(rand: () => number, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
