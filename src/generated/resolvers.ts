import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRow, PlaceRow, OrganizationRow, ArticleRow, MeetingRow, AgreementRow, RoleClaimRow, SourceRow } from '../model.js';
import type { MetWithParent, TimelineParent, SearchHitParent, IngestParent, PageParent } from '../api/mappers.js';
import type { PathRow } from '../store/types.js';
import type { ApiContext } from '../api/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, serialised as "YYYY-MM-DD". Null when the day is not known: a date is never invented. */
  Date: { input: string; output: string; }
};

/** An agreement: what was agreed or signed, between which parties, by whom, when. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The meeting it was reached at, when an article ties it to one. */
  meeting?: Maybe<Meeting>;
  /** The states or organisations (or people) that are parties. */
  parties: Array<Party>;
  /** People who signed or announced it. */
  signatories: Array<Person>;
  sources: Array<Source>;
  /** agreed or signed */
  status: Scalars['String']['output'];
  /** The agreed clause, as written in one of its sources. */
  summary: Scalars['String']['output'];
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

/** A surface form of a name as written in an article, with its BCP-47 language tag ("fa", "ar", "en"). */
export type Alias = {
  __typename?: 'Alias';
  language: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** An article the graph was built from. */
export type Article = Node & {
  __typename?: 'Article';
  /** Agreements this article reports. */
  agreements: Array<Agreement>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  /** Meetings this article reports. */
  meetings: Array<Meeting>;
  publishedAt?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** The article text (as loaded, headers removed); source offsets point into it. */
  text: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** Where it was read from: a file path, stdin, or a URI given at ingestion. */
  uri: Scalars['String']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleInput = {
  /** fa, ar or en; detected when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the article comes from (a URL); default: graphql:<content hash>. */
  uri?: InputMaybe<Scalars['String']['input']>;
};

/** The shortest chain of meetings linking two people: hops[i] is a meeting between people[i] and people[i+1]. */
export type Connection = {
  __typename?: 'Connection';
  hops: Array<Hop>;
  meetings: Array<Meeting>;
  people: Array<Person>;
};

/** What kind of contact an event is. Only MEETING is an in-person meeting. */
export type ContactKind =
  | 'CALL'
  | 'CANCELLED'
  | 'DENIED'
  | 'MEETING'
  | 'PLANNED';

export type Hop = {
  __typename?: 'Hop';
  from: Person;
  meeting: Meeting;
  to: Person;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** False when an article with the same content was already loaded (nothing changed). */
  created: Scalars['Boolean']['output'];
};

/** A meeting (or, by kind, another contact), concluded from one or more article reports of it. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Agreements reached at this meeting. */
  agreements: Array<Agreement>;
  confidence: Scalars['Float']['output'];
  /** The day, or null when no article lets us know it. */
  date?: Maybe<Scalars['Date']['output']>;
  /** How the date was found: explicit in an article, or propagated from a coreferent report. */
  dateBasis: Scalars['String']['output'];
  /** day, or null */
  datePrecision?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ContactKind;
  participants: Array<Person>;
  place?: Maybe<Place>;
  /** Every article and sentence that reports this meeting. */
  sources: Array<Source>;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingOrder =
  | 'DATE_ASC'
  | 'DATE_DESC';

/** One counterpart of a person, with the meetings they attended together. */
export type MetWith = {
  __typename?: 'MetWith';
  meetings: Array<Meeting>;
  person: Person;
};

/** Mutations need `Authorization: Bearer <KG_TOKEN>`; with no KG_TOKEN set on the server they are disabled. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Extracts an article's facts and adds them to the graph (idempotent by content). */
  ingestArticle: IngestResult;
  /** Removes an article and the facts only it supported. False when there was no such article. */
  removeArticle: Scalars['Boolean']['output'];
};


/** Mutations need `Authorization: Bearer <KG_TOKEN>`; with no KG_TOKEN set on the server they are disabled. */
export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


/** Mutations need `Authorization: Bearer <KG_TOKEN>`; with no KG_TOKEN set on the server they are disabled. */
export type MutationRemoveArticleArgs = {
  id: Scalars['ID']['input'];
};

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** An organisation: ministry, news agency, international body, armed group, … */
export type Organization = Node & Party & {
  __typename?: 'Organization';
  aliases: Array<Alias>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Something that can be a party to an agreement: a state (Place), an organisation, or a person. */
export type Party = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PeopleOrder =
  | 'MEETING_COUNT'
  | 'NAME';

/** A person, with every spelling and script the articles used for them. */
export type Person = Node & Party & {
  __typename?: 'Person';
  /** Agreements this person signed or announced. */
  agreements: AgreementConnection;
  /** Surface forms seen in articles. */
  aliases: Array<Alias>;
  id: Scalars['ID']['output'];
  /** This person's meetings (and, with `kinds`, other contacts), oldest first. */
  meetings: MeetingConnection;
  /**
   * Everyone this person met (in-person meetings only; calls and planned meetings are not meetings),
   * with the meetings, most frequent counterpart first. Optional filters: date range and place.
   */
  metWith: Array<MetWith>;
  /** Canonical English name (from the lexicon, or a transliteration). */
  name: Scalars['String']['output'];
  /** Offices the articles say this person held, each claim with its source. Conflicting claims are kept and flagged. */
  roles: Array<RoleClaim>;
  /** Meetings, contacts and agreements in date order (undated last). */
  timeline: Array<TimelineEntry>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<ContactKind>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonMetWithArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A place: country, city, region, site (palace, base) or area. */
export type Place = Node & Party & {
  __typename?: 'Place';
  aliases: Array<Alias>;
  id: Scalars['ID']['output'];
  /** country, city, region, site, area, continent */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The place this one lies within (the Kremlin is within Moscow), when the graph has it. */
  within?: Maybe<Place>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type Query = {
  __typename?: 'Query';
  /** Agreements, filtered by party (state, organisation), signatory (person) and date range. */
  agreements: AgreementConnection;
  article?: Maybe<Article>;
  articles: ArticleConnection;
  /**
   * The shortest chain of meetings linking two people (names in any script, or ids), with at most
   * `maxHops` meetings, counting only meetings within [since, until]. Null when there is none.
   */
  connection?: Maybe<Connection>;
  /**
   * Meetings (by default; other contacts with `kinds`). `participant` and `with` take names in any script or
   * ids: together they give the meetings between two people. `from`/`to` bound the date (undated meetings are
   * left out when a range is given); `place` and `country` take names or ids.
   */
  meetings: MeetingConnection;
  /** Any node by its global id. */
  node?: Maybe<Node>;
  organizations: OrganizationConnection;
  /** People, optionally by a name search (any script), by an office claim and its country. */
  people: PersonConnection;
  /**
   * A person by id, or by a name in any script or spelling ("الشیبانی", "الشيباني", "Shaibani" and
   * "al-Shaibani" find the same person). Null when no one matches.
   */
  person?: Maybe<Person>;
  place?: Maybe<Place>;
  places: PlaceConnection;
  /** Full-text search over people, places, organisations (any script or spelling) and article titles, ranked. */
  search: Array<SearchHit>;
  stats: Stats;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  party?: InputMaybe<Scalars['String']['input']>;
  signatory?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConnectionArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<ContactKind>>;
  orderBy?: InputMaybe<MeetingOrder>;
  participant?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  with?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PeopleOrder>;
  role?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlaceArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};

/** An office claim: the article says this person held this office (of this country) on this date. */
export type RoleClaim = {
  __typename?: 'RoleClaim';
  article: Article;
  /**
   * True when another claim for this person names a different office or country for the same kind of
   * post, e.g. one article calls a foreign minister "defence minister".
   */
  conflicting: Scalars['Boolean']['output'];
  country?: Maybe<Place>;
  date?: Maybe<Scalars['Date']['output']>;
  excerpt: Scalars['String']['output'];
  /** Office key from the offices lexicon: foreign-minister, president, defence-minister, … */
  office: Scalars['String']['output'];
};

/** A search result: the node and its score (1 = exact name). */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
};

export type SearchKind =
  | 'ARTICLE'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

/** Where a fact came from: the article and the sentence that says it, with offsets into the article text. */
export type Source = {
  __typename?: 'Source';
  article: Article;
  /** Extraction confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Offset after the sentence's last character. */
  end: Scalars['Int']['output'];
  /** The sentence that states the fact, in its original script. */
  excerpt: Scalars['String']['output'];
  /** Offset of the sentence's first character in the article text. */
  start: Scalars['Int']['output'];
};

/** Counts of what the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  agreements: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  meetings: Scalars['Int']['output'];
  mentions: Scalars['Int']['output'];
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

/** One entry of a person's timeline: a meeting/contact or an agreement. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  agreement?: Maybe<Agreement>;
  date?: Maybe<Scalars['Date']['output']>;
  meeting?: Maybe<Meeting>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgreementRow )
    | ( ArticleRow )
    | ( MeetingRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PlaceRow )
  ;
  Party:
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PlaceRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementConnection: ResolverTypeWrapper<PageParent<AgreementRow>>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  Alias: ResolverTypeWrapper<Alias>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<PageParent<ArticleRow>>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Connection: ResolverTypeWrapper<PathRow>;
  ContactKind: ContactKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Hop: ResolverTypeWrapper<Omit<Hop, 'from' | 'meeting' | 'to'> & { from: ResolversTypes['Person'], meeting: ResolversTypes['Meeting'], to: ResolversTypes['Person'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  MeetingConnection: ResolverTypeWrapper<PageParent<MeetingRow>>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingOrder: MeetingOrder;
  MetWith: ResolverTypeWrapper<MetWithParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<PageParent<OrganizationRow>>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Party']>;
  PeopleOrder: PeopleOrder;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<PageParent<PersonRow>>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Place: ResolverTypeWrapper<PlaceRow>;
  PlaceConnection: ResolverTypeWrapper<PageParent<PlaceRow>>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoleClaim: ResolverTypeWrapper<RoleClaimRow>;
  SearchHit: ResolverTypeWrapper<SearchHitParent>;
  SearchKind: SearchKind;
  Source: ResolverTypeWrapper<SourceRow>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineEntry: ResolverTypeWrapper<TimelineParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: AgreementRow;
  AgreementConnection: PageParent<AgreementRow>;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  Alias: Alias;
  Article: ArticleRow;
  ArticleConnection: PageParent<ArticleRow>;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  Connection: PathRow;
  Date: Scalars['Date']['output'];
  Float: Scalars['Float']['output'];
  Hop: Omit<Hop, 'from' | 'meeting' | 'to'> & { from: ResolversParentTypes['Person'], meeting: ResolversParentTypes['Meeting'], to: ResolversParentTypes['Person'] };
  ID: Scalars['ID']['output'];
  IngestResult: IngestParent;
  Int: Scalars['Int']['output'];
  Meeting: MeetingRow;
  MeetingConnection: PageParent<MeetingRow>;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MetWith: MetWithParent;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRow;
  OrganizationConnection: PageParent<OrganizationRow>;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  PageInfo: PageInfo;
  Party: ResolversInterfaceTypes<ResolversParentTypes>['Party'];
  Person: PersonRow;
  PersonConnection: PageParent<PersonRow>;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Place: PlaceRow;
  PlaceConnection: PageParent<PlaceRow>;
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  Query: Record<PropertyKey, never>;
  RoleClaim: RoleClaimRow;
  SearchHit: SearchHitParent;
  Source: SourceRow;
  Stats: Stats;
  String: Scalars['String']['output'];
  TimelineEntry: TimelineParent;
};

export type AgreementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AliasResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Connection'] = ResolversParentTypes['Connection']> = {
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type HopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  from?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MetWithResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MetWith'] = ResolversParentTypes['MetWith']> = {
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  removeArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveArticleArgs, 'id'>>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Meeting' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<PersonAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<PersonMeetingsArgs, 'first'>>;
  metWith?: Resolver<Array<ResolversTypes['MetWith']>, ParentType, ContextType, Partial<PersonMetWithArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleClaim']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, RequireFields<PersonTimelineArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  connection?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'a' | 'b' | 'maxHops'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first' | 'orderBy'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlaceArgs>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
};

export type RoleClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleClaim'] = ResolversParentTypes['RoleClaim']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  conflicting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Connection?: ConnectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Hop?: HopResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MetWith?: MetWithResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoleClaim?: RoleClaimResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
};

