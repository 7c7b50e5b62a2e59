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
import { entityIdOf, hashId, keysOfEntity, resolveMentions, type ResolvedEntity } from "./entities.js";

/** Only meetings, and the contacts that are not meetings, are stored; visits are context only. */
const STORED_KINDS = new Set(["meeting", "call", "planned", "cancelled", "denied"]);

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
    if (m.via === "coreference") return; // "the Russian president" is not a name of Putin
    s.forms.add(m.text);
    s.langs.set(m.text, m.lang);
    mentions.push({ id: `mention:${hashId(a.id, String(m.start), String(m.end))}`, articleId: a.id, entityId: e.id, kind: m.kind, text: m.text, lang: m.lang, start: m.start, end: m.end });
  });

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
  // containing places (the Kremlin is within Moscow) are written too, so WITHIN edges have both ends
  for (const p of [...places]) addContainers(lex, p.within, places);

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
    for (const p of partyIds) if (p.startsWith("place:") && !places.some((x) => x.id === p)) addContainers(lex, p, places);
    const meetingReportId = ag.meeting !== undefined ? reportIdOf.get(ag.meeting) : undefined;
    agreements.push({
      id: `agreement-report:${hashId(a.id, partyIds.join(","), ag.topics.join(","), String(ag.evidence.start))}`,
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

/** Adds a place and the places containing it, when missing (no mentions: they are context). */
function addContainers(lex: Lexicon, id: string | undefined, places: PlaceRow[]): void {
  for (let cur = id, i = 0; cur && i < 6; i++) {
    if (places.some((p) => p.id === cur)) {
      cur = places.find((p) => p.id === cur)?.within;
      continue;
    }
    const entry = lex.places.get(cur.replace(/^place:/, ""));
    if (!entry) return;
    const row: PlaceRow = { id: cur, name: entry.name, kind: entry.kind, within: entry.within ? `place:${entry.within}` : undefined, aliases: [], keys: keysOfEntity(lex, { id: cur, kind: "place", name: entry.name, lexiconId: `place/${entry.id}` }, []) };
    places.push(row);
    cur = row.within;
  }
}
