// From one article's facts to the rows the store writes: entities with their keys, mentions with
// offsets, role claims with their sources, and the article's event and agreement REPORTS. Reports
// are what the article says; the meetings and agreements of the graph are concluded from all
// reports together by coref.ts.
import type {
  AgreementReport,
  ArticleFacts,
  DateValue,
  EventReport,
  Lang,
  MentionRow,
  OrganizationRow,
  PersonRow,
  PlaceRow,
  ResolvedArticle,
  RoleClaimRow,
} from "../model.js";
import type { Lexicon } from "../lexicon/index.js";
import { entityIdOf, fromLexicon, hashId, keysOfEntity, lexiconOrgNamed, resolveMentions, type ResolvedEntity } from "./entities.js";
import { normalizeKey } from "../text/normalize.js";
import { clean } from "../text/clean.js";
import { isLexOrgId, isLexPlaceId, isOrgId, isPlaceId, lexOrgId, lexPlaceId, placeId, placeSlug, storeOrgSlug, storePlaceSlug } from "../ids.js";

/** Only meetings, and the contacts that are not meetings, are stored; visits are context only. */
const STORED_KINDS = new Set(["meeting", "call", "planned", "cancelled", "denied"]);
/** An organisation's acronym (extract/passes/_acronyms.ts). */
const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;

export function resolveArticle(facts: ArticleFacts, lex: Lexicon): ResolvedArticle {
  const a = facts.article;
  const entities = resolveMentions(facts, lex);
  const seen = new Map<string, { e: ResolvedEntity; forms: Set<string>; langs: Map<string, Lang> }>();
  const mentions: MentionRow[] = [];
  facts.mentions.forEach((m, i) => {
    const e = entities[i];
    if (!e) return;
    let s = seen.get(e.id);
    if (!s) seen.set(e.id, (s = { e, forms: new Set(), langs: new Map() }));
    // "the Russian president" is not a name of Putin; an acronym an article defines ("… Colombia (FARC)") is one, and
    // so is a nom de guerre given in apposition ("Rodrigo Londoño, known as Timochenko")
    if (m.via === "coreference" && !m.alias && !(m.kind === "organization" && ACRONYM.test(m.text))) return;
    s.forms.add(m.text);
    s.langs.set(m.text, m.lang);
    // a Persian name written with سید, the name's own first word, is also written without it ("سید محمد خاتمی",
    // "محمد خاتمی"), as the lexicon keeps both forms for the people it holds
    const bare = e.kind === "person" && m.lang === "fa" ? /^(?:سید|سیده|سيد|سيده)\s+(\S+\s+\S+.*)$/.exec(m.text.trim())?.[1] : undefined;
    if (bare) {
      s.forms.add(bare);
      s.langs.set(bare, m.lang);
    }
    mentions.push({ id: `mention:${hashId(a.id, String(m.start), String(m.end))}`, articleId: a.id, entityId: e.id, kind: m.kind, text: m.text, lang: m.lang, start: m.start, end: m.end });
    if (e.kind !== "place") return;
    for (const inner of innerNames(lex, e, m.text)) {
      const [start, end] = [m.start + inner.start, m.start + inner.end];
      const text = m.text.slice(inner.start, inner.end);
      s.forms.add(text);
      s.langs.set(text, m.lang);
      mentions.push({ id: `mention:${hashId(a.id, String(start), String(end))}`, articleId: a.id, entityId: e.id, kind: m.kind, text, lang: m.lang, start, end });
    }
  });

  addSourceOrganization(facts, lex, seen, mentions);

  const people: PersonRow[] = [];
  const places: PlaceRow[] = [];
  const organizations: OrganizationRow[] = [];
  for (const { e, forms, langs } of seen.values()) {
    const aliases = [...forms].map((text) => ({ text, language: langs.get(text) ?? facts.language }));
    const keys = keysOfEntity(lex, e, [...forms]);
    if (e.kind === "person") people.push({ id: e.id, name: e.name, aliases, keys });
    else if (e.kind === "place") places.push({ id: e.id, name: e.name, kind: e.type ?? "place", within: e.within, aliases, keys });
    else organizations.push({ id: e.id, name: e.name, aliases, keys });
  }
  // containment (the Kremlin is within Moscow) is kept between places this article names; a place
  // the article never names (Kazakhstan for Astana) is not added to the graph on its own
  for (const p of places) if (p.within && !places.some((x) => x.id === p.within)) p.within = undefined;

  const idOf = (m: number | undefined) => (m === undefined || m < 0 ? undefined : entities[m]?.id);
  const roles: RoleClaimRow[] = [];
  for (const r of facts.roles) {
    const personId = idOf(r.person);
    if (!personId) continue;
    roles.push({
      id: `role:${hashId(a.id, personId, r.office, r.country ?? "", String(r.evidence.start))}`,
      personId,
      office: r.office,
      countryId: r.country ? entityIdOf(r.country) : undefined,
      articleId: a.id,
      date: r.date.date,
      sentence: r.evidence.sentence,
      start: r.evidence.start,
      end: r.evidence.end,
      confidence: r.confidence,
    });
  }
  for (const r of roles) if (r.countryId && !places.some((p) => p.id === r.countryId)) addContainers(lex, r.countryId, places);

  const dateVar = (d: DateValue) => (!d.date && d.anchor ? `${a.id}#${d.anchor}` : undefined);
  const reportIdOf = new Map<number, string>();
  const events: EventReport[] = [];
  for (const ev of facts.events) {
    if (!STORED_KINDS.has(ev.kind)) continue;
    const ids = [...new Set(ev.participants.map(idOf).filter((x): x is string => !!x))].sort();
    if (ids.length < 2) continue;
    const id = `report:${hashId(a.id, ev.kind, ids.join(","), String(ev.evidence.start))}`;
    reportIdOf.set(ev.index, id);
    // two reports of one sentence that name the same people once resolved ("ترمب" and "دونالد ترمب") are one report
    if (events.some((e) => e.id === id)) continue;
    events.push({
      id,
      articleId: a.id,
      kind: ev.kind,
      participantIds: ids,
      placeId: idOf(ev.place),
      date: ev.date,
      dateVar: dateVar(ev.date),
      publishedAt: a.publishedAt,
      trigger: ev.trigger,
      source: { articleId: a.id, excerpt: ev.evidence.sentence, start: ev.evidence.start, end: ev.evidence.end, confidence: ev.confidence },
    });
  }

  const agreements: AgreementReport[] = [];
  for (const ag of facts.agreements) {
    const partyIds = [...new Set([...ag.parties.map(idOf), ...ag.impliedParties.map(entityIdOf)].filter((x): x is string => !!x))].sort();
    const signatoryIds = [...new Set(ag.signatories.map(idOf).filter((x): x is string => !!x))].sort();
    if (partyIds.length < 2 && signatoryIds.length < 2) continue;
    for (const p of partyIds) if (isPlaceId(p) && !places.some((x) => x.id === p)) addContainers(lex, p, places);
    for (const p of partyIds) if (isOrgId(p)) addLexiconOrganization(lex, p, organizations);
    const meetingReportId = ag.meeting !== undefined ? reportIdOf.get(ag.meeting) : undefined;
    agreements.push({
      id: `agreement-report:${hashId(a.id, partyIds.join(","), ag.topics.join(","), String(ag.evidence.start), ag.summary)}`,
      articleId: a.id,
      summary: ag.summary,
      topics: ag.topics,
      status: ag.status,
      partyIds,
      signatoryIds,
      date: ag.date,
      dateVar: dateVar(ag.date),
      meetingReportId,
      publishedAt: a.publishedAt,
      source: { articleId: a.id, excerpt: ag.evidence.sentence, start: ag.evidence.start, end: ag.evidence.end, confidence: ag.confidence },
    });
  }

  return {
    article: { id: a.id, uri: a.uri, sha256: a.sha256, title: a.title, language: facts.language, publishedAt: a.publishedAt, source: a.source, text: a.text },
    people,
    places,
    organizations,
    mentions,
    roles,
    events,
    agreements,
  };
}

/**
 * The article's source ("منبع: فارس", a `source:` header) names the agency that published it. When
 * the organisation lexicon knows that name, the agency is an organisation of the graph, with the
 * source line as its mention (even though the line itself is cut from the text before extraction).
 */
function addSourceOrganization(facts: ArticleFacts, lex: Lexicon, seen: Map<string, { e: ResolvedEntity; forms: Set<string>; langs: Map<string, Lang> }>, mentions: MentionRow[]): void {
  const outletOf = (s: string | undefined) => lexiconOrgNamed(lex, s);
  let source = facts.article.source?.trim();
  let id = outletOf(source);
  // a loader's source that names no outlet ("source: rewritten from example.com") leaves the text's own
  // source line ("منبع: فارس") to say it
  if (!id && source) {
    source = clean(facts.article.text).source?.trim();
    id = outletOf(source);
  }
  if (!source || !id) return;
  const e = fromLexicon(lex, id);
  if (!e) return;
  let s = seen.get(e.id);
  if (!s) seen.set(e.id, (s = { e, forms: new Set(), langs: new Map() }));
  s.forms.add(source);
  s.langs.set(source, facts.language);
  const at = facts.article.text.lastIndexOf(source);
  if (at >= 0) mentions.push({ id: `mention:${hashId(facts.article.id, String(at), String(at + source.length))}`, articleId: facts.article.id, entityId: e.id, kind: "organization", text: source, lang: facts.language, start: at, end: at + source.length });
}

/**
 * Adds a country the article refers to without naming it ("the Syrian minister"; the country of a
 * signatory), so that role claims and agreement parties have their place node.
 */
function addContainers(lex: Lexicon, id: string | undefined, places: PlaceRow[]): void {
  if (!id || places.some((p) => p.id === id)) return;
  const entry = lex.places.get(storePlaceSlug(id));
  if (!entry) return;
  const within = entry.within && places.some((p) => p.id === placeId(entry.within!)) ? placeId(entry.within) : undefined;
  places.push({ id, name: entry.name, kind: entry.kind, within, aliases: [], keys: keysOfEntity(lex, { id, kind: "place", name: entry.name, lexiconId: lexPlaceId(entry.id) }, []) });
}

/** An organisation the article does not name but a party is (the body of a signatory's office), from the lexicon. */
function addLexiconOrganization(lex: Lexicon, id: string, organizations: OrganizationRow[]): void {
  if (organizations.some((o) => o.id === id)) return;
  const e = fromLexicon(lex, lexOrgId(storeOrgSlug(id)));
  if (e) organizations.push({ id, name: e.name, aliases: [], keys: keysOfEntity(lex, e, []) });
}

/**
 * A place written with its descriptor ("قاعدة حميميم الجوية", "Hmeimim air base") is also a mention of
 * the bare name the lexicon knows it by, where that name is written inside the span ("حميميم"): users
 * and other articles call the place by that name. Only the place's own names count, so "قاعدة طرطوس
 * البحرية" does not become a mention of the naval base by the city's name. Offsets are the span's own.
 */
/** The normalised names of a lexicon place, once per place. */
const placeKeyCache = new WeakMap<Lexicon, Map<string, Set<string>>>();
function placeNameKeys(lex: Lexicon, id: string): Set<string> {
  let cache = placeKeyCache.get(lex);
  if (!cache) placeKeyCache.set(lex, (cache = new Map()));
  let keys = cache.get(id);
  if (!keys) {
    const names = Object.values(lex.places.get(id)?.names ?? {}).flatMap((l) => (typeof l === "string" ? [l] : (l ?? [])));
    cache.set(id, (keys = new Set(names.map(normalizeKey).filter((k) => k.length >= 3))));
  }
  return keys;
}

function innerNames(lex: Lexicon, e: ResolvedEntity, text: string): Array<{ start: number; end: number }> {
  const words = [...text.matchAll(/\S+/g)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
  if (words.length < 2 || !(e.lexiconId !== undefined && isLexPlaceId(e.lexiconId))) return []; // one word has nothing inside it
  const keys = placeNameKeys(lex, placeSlug(e.lexiconId));
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < words.length; j++) {
      if (i === 0 && j === words.length - 1) continue; // the whole span is the mention itself
      if (keys.has(normalizeKey(text.slice(words[i].start, words[j].end)))) out.push({ start: words[i].start, end: words[j].end });
    }
  }
  // the bare names: an inner name that holds another ("قاعدة حميميم" in "قاعدة حميميم الجوية") is not one
  return out.filter((a) => !out.some((b) => b !== a && b.start >= a.start && b.end <= a.end));
}
