// Hand-built resolved articles for the store contract suite (not from the seeds): two articles about
// the same meeting, a third about another meeting, an injection-looking name, and conflicting roles.
import type { DerivedEvents, ResolvedArticle } from "../../src/model.js";

const person = (id: string, name: string, keys: string[] = []) => ({ id, name, aliases: [], keys: [name.toLowerCase().replace(/\s+/g, ""), ...keys] });

export function article(n: number, extra: Partial<ResolvedArticle> = {}): ResolvedArticle {
  const id = `article:fixture${n}`;
  return {
    article: { id, uri: `fixtures/${n}.txt`, sha256: `sha${n}`, title: `Fixture ${n}`, language: "en", publishedAt: `2024-0${n}-15`, text: `Text of fixture ${n}.` },
    people: [person("person:alpha", "Alpha One", ["آلفا"]), person("person:beta", "Beta Two")],
    places: [
      { id: "place:land", name: "Land", kind: "country", aliases: [], keys: ["land"] },
      { id: "place:capital", name: "Capital", kind: "city", within: "place:land", aliases: [], keys: ["capital"] },
    ],
    organizations: [{ id: "org:agency", name: "Agency", aliases: [], keys: ["agency"] }],
    mentions: [
      { id: `mention:${n}a`, articleId: id, entityId: "person:alpha", kind: "person", text: n === 1 ? "Alpha One" : "آلفا", lang: n === 1 ? "en" : "fa", start: 0, end: 9 },
      { id: `mention:${n}b`, articleId: id, entityId: "person:beta", kind: "person", text: "Beta Two", lang: "en", start: 10, end: 18 },
      { id: `mention:${n}c`, articleId: id, entityId: "place:capital", kind: "place", text: "Capital", lang: "en", start: 20, end: 27 },
      { id: `mention:${n}d`, articleId: id, entityId: "place:land", kind: "place", text: "Land", lang: "en", start: 28, end: 32 },
      { id: `mention:${n}e`, articleId: id, entityId: "org:agency", kind: "organization", text: "Agency", lang: "en", start: 33, end: 39 },
    ],
    roles: [
      { id: `role:${n}`, personId: "person:alpha", office: n === 2 ? "defence-minister" : "foreign-minister", countryId: "place:land", articleId: id, date: `2024-0${n}-15`, sentence: "Alpha One, the minister", start: 0, end: 20, confidence: 0.8 },
    ],
    events: [
      { id: `report:${n}`, articleId: id, kind: "meeting", participantIds: ["person:alpha", "person:beta"], placeId: "place:capital", date: { date: "2024-01-10", precision: "day", basis: "explicit" }, trigger: "met", source: { articleId: id, excerpt: `Alpha met Beta (${n})`, start: 0, end: 18, confidence: 0.9 } },
    ],
    agreements: [],
    ...extra,
  };
}

export const injectionName = `x'}) DETACH DELETE n //`;

export function injectionArticle(): ResolvedArticle {
  const a = article(3);
  return {
    ...a,
    article: { ...a.article, title: `" OR 1=1` },
    people: [{ id: "person:evil", name: injectionName, aliases: [], keys: ["evilkey"] }, ...a.people],
    mentions: [...a.mentions, { id: "mention:3z", articleId: a.article.id, entityId: "person:evil", kind: "person", text: injectionName, lang: "en", start: 40, end: 63 }],
    events: [
      { id: "report:3", articleId: a.article.id, kind: "meeting", participantIds: ["person:beta", "person:evil"], placeId: "place:land", date: { date: "2024-03-01", precision: "day", basis: "explicit" }, trigger: "met", source: { articleId: a.article.id, excerpt: "Beta met evil", start: 0, end: 13, confidence: 0.8 } },
    ],
  };
}

/** Derived events as coref would give for fixtures 1–3. */
export function derived(): DerivedEvents {
  return {
    meetings: [
      { id: "meeting:ab", kind: "meeting", date: "2024-01-10", datePrecision: "day", dateBasis: "explicit", confidence: 0.9, participantIds: ["person:alpha", "person:beta"], placeId: "place:capital", sources: [{ articleId: "article:fixture1", excerpt: "Alpha met Beta (1)", start: 0, end: 18, confidence: 0.9 }, { articleId: "article:fixture2", excerpt: "Alpha met Beta (2)", start: 0, end: 18, confidence: 0.9 }], reportIds: ["report:1", "report:2"] },
      { id: "meeting:be", kind: "meeting", date: "2024-03-01", datePrecision: "day", dateBasis: "explicit", confidence: 0.8, participantIds: ["person:beta", "person:evil"], placeId: "place:land", sources: [{ articleId: "article:fixture3", excerpt: "Beta met evil", start: 0, end: 13, confidence: 0.8 }], reportIds: ["report:3"] },
      { id: "call:ab", kind: "call", date: "2024-02-01", datePrecision: "day", dateBasis: "explicit", confidence: 0.7, participantIds: ["person:alpha", "person:beta"], sources: [], reportIds: [] },
    ],
    agreements: [
      { id: "agreement:x", summary: "trade", date: "2024-01-10", status: "signed", partyIds: ["place:land", "org:agency"], signatoryIds: ["person:alpha"], meetingId: "meeting:ab", sources: [{ articleId: "article:fixture1", excerpt: "agreed", start: 0, end: 6, confidence: 0.7 }], reportIds: [] },
    ],
  };
}
