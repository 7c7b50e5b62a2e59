// Per-request context: the store, DataLoaders over its batch calls (so a request costs a constant
// number of store round trips, whatever the number of people or meetings in it), name lookups, and
// what the request may do.
import DataLoader from "dataloader";
import type { AgreementRow, AliasRow, Article, ArticleRow, EntityKind, MeetingRow, OrganizationRow, PersonRow, PlaceRow, RoleClaimRow, SourceRow } from "../model.js";
import type { GraphStore, MetWithRow, Nested } from "../store/types.js";
import { nameQuery } from "../resolve/lookup.js";
import { userError } from "./errors.js";
import { STORE_PREFIX } from "../ids.js";

export interface IngestOutcome {
  created: boolean;
  articleId: string;
}

export interface ApiServices {
  store: GraphStore;
  /** Adds one article through the pipeline (the ingestArticle mutation). */
  ingest?: (article: Article) => Promise<IngestOutcome>;
  /** Recomputes meetings and agreements after a removal. */
  rederive?: () => Promise<void>;
  /** Token for mutations; undefined disables them. */
  mutationToken?: string;
}

/** What one request may still do: cancelled on timeout, and the values it has resolved so far (budget.ts). */
export interface RequestScope {
  signal: AbortSignal;
  /** Cancels the request's remaining work (store calls refuse to start). */
  abort(reason: string): void;
  /** Values resolved so far, and the most allowed. */
  values: number;
  maxValues: number;
  /** Set when a limit cut the request short: the reply becomes this error alone. */
  cutOff?: { code: string; message: string };
  /** Distinct names resolved so far, and the most allowed. */
  lookups: number;
  maxLookups: number;
  /** Set once the operation is known to be a mutation: it is never cut off half-way (see server.ts). */
  mutation?: boolean;
}

export function requestScope(limits: { maxValues: number; maxLookups: number }): RequestScope {
  const ctl = new AbortController();
  return { signal: ctl.signal, abort: (reason) => ctl.abort(reason), values: 0, maxValues: limits.maxValues, lookups: 0, maxLookups: limits.maxLookups };
}

export interface ApiContext extends ApiServices {
  loaders: Loaders;
  request: RequestScope;
  /** The bearer token sent with the request, if any. */
  token?: string;
  /** An entity id for a name in any script (or an id given as is); null when nothing matches. */
  resolveName(kind: EntityKind, nameOrId: string): Promise<string | null>;
}

/**
 * A DataLoader that also keeps the values put into it by a nested read (prime), so that a field whose value the
 * request already holds answers it at once, without a promise: graphql-js completes a plain value far faster than
 * a promise (a who-met of a much-met person resolves a person, meetings and places by the hundred).
 */
export class KnownLoader<T> extends DataLoader<string, T | null> {
  private readonly known = new Map<string, T>();

  override prime(key: string, value: T | null | PromiseLike<T | null> | Error): this {
    if (value !== null && !(value instanceof Error) && typeof (value as PromiseLike<T>).then !== "function" && !this.known.has(key)) this.known.set(key, value as T);
    return super.prime(key, value);
  }

  /** The value, at once when the request holds it, else loaded. */
  get(key: string): T | null | Promise<T | null> {
    return this.known.get(key) ?? this.load(key);
  }

  /** The values of these keys that exist (the missing dropped), at once when the request holds them all. */
  getAll(keys: readonly string[]): T[] | Promise<T[]> {
    const out: T[] = [];
    for (const k of keys) {
      const v = this.known.get(k);
      if (v === undefined) return this.loadMany(keys).then((xs) => xs.filter((x): x is T => x !== null && x !== undefined && !(x instanceof Error)));
      out.push(v);
    }
    return out;
  }
}

export interface Loaders {
  person: KnownLoader<PersonRow>;
  place: KnownLoader<PlaceRow>;
  organization: DataLoader<string, OrganizationRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  meeting: KnownLoader<MeetingRow>;
  agreement: DataLoader<string, AgreementRow | null>;
  aliases: DataLoader<string, AliasRow[]>;
  roles: DataLoader<string, RoleClaimRow[]>;
  sources: DataLoader<string, SourceRow[]>;
  articleEvents: DataLoader<string, { meetings: string[]; agreements: string[] }>;
  meetingAgreements: DataLoader<string, string[]>;
  /** metWith per filter: key = JSON of the filter. */
  metWith(filter: { from?: string; to?: string; placeId?: string }): DataLoader<string, MetWithRow[]>;
  /** The same lists, read with the counterparts, meetings and places in one round trip (which prime the loaders above). */
  metWithDetails(filter: { from?: string; to?: string; placeId?: string }): DataLoader<string, MetWithRow[]>;
  /** Puts the rows of a nested answer into the person, meeting and place loaders (no round trip when a field asks for them). */
  prime<T>(nested: Nested<T>): T;
}

export function createContext(services: ApiServices, token?: string, request: RequestScope = requestScope({ maxValues: Infinity, maxLookups: Infinity })): ApiContext {
  const { store } = services;
  const batch = <T,>(fn: (ids: readonly string[]) => Promise<T[]>) => new DataLoader<string, T>(async (ids) => fn(ids));
  const metWithLoaders = new Map<string, DataLoader<string, MetWithRow[]>>();
  const perFilter = (filter: object, details: boolean, load: (ids: readonly string[]) => Promise<MetWithRow[][]>) => {
    const key = JSON.stringify([details, filter]);
    let l = metWithLoaders.get(key);
    if (!l) metWithLoaders.set(key, (l = batch(load)));
    return l;
  };
  const known = <T,>(fn: (ids: readonly string[]) => Promise<Array<T | null>>) => new KnownLoader<T>(async (ids) => fn(ids));
  const loaders: Loaders = {
    person: known((ids) => store.getPeople(ids)),
    place: known((ids) => store.getPlaces(ids)),
    organization: batch((ids) => store.getOrganizations(ids)),
    article: batch((ids) => store.getArticles(ids)),
    meeting: known((ids) => store.getMeetings(ids)),
    agreement: batch((ids) => store.getAgreements(ids)),
    aliases: batch((ids) => store.aliasesOf(ids)),
    roles: batch((ids) => store.rolesOf(ids)),
    sources: batch((ids) => store.sourcesOf(ids)),
    articleEvents: batch((ids) => store.eventsOfArticles(ids)),
    meetingAgreements: batch((ids) => store.agreementsOfMeetings(ids)),
    metWith: (filter) => perFilter(filter, false, (ids) => store.metWith(ids, filter)),
    metWithDetails: (filter) => perFilter(filter, true, async (ids) => loaders.prime(await store.metWithDetails(ids, filter))),
    prime(nested) {
      for (const p of nested.people) loaders.person.prime(p.id, p);
      for (const m of nested.meetings) loaders.meeting.prime(m.id, m);
      for (const p of nested.places) loaders.place.prime(p.id, p);
      return nested.result;
    },
  };
  const names = new Map<string, Promise<string | null>>();
  const resolveName = (kind: EntityKind, nameOrId: string): Promise<string | null> => {
    const key = `${kind}|${nameOrId}`;
    let p = names.get(key);
    if (!p) {
      // the static check (limits.ts) counts the names in the document; this bounds what really runs
      if (++request.lookups > request.maxLookups) throw userError("COST_LIMIT", `more than ${request.maxLookups} names looked up in one request`, { max: request.maxLookups });
      names.set(key, (p = lookup(store, loaders, kind, nameOrId)));
    }
    return p;
  };
  return { ...services, loaders, token, resolveName, request };
}

async function lookup(store: GraphStore, loaders: Loaders, kind: EntityKind, nameOrId: string): Promise<string | null> {
  const text = nameOrId.trim();
  if (!text) return null;
  const load = (id: string) => (kind === "person" ? loaders.person.load(id) : kind === "place" ? loaders.place.load(id) : loaders.organization.load(id));
  if (text.startsWith(STORE_PREFIX[kind])) return (await load(text)) ? text : null;
  const q = nameQuery(text, kind);
  // a lexicon person the graph holds wins; then the name keys of the graph
  for (const id of q.lexiconIds) if (await load(id)) return id;
  const found = await store.findByKeys(kind, q.keys);
  return found[0] ?? null;
}
