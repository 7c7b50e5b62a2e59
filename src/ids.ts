// Entity ids, in their two forms, and every conversion between them:
//   lexicon form  "person/x", "place/x", "org/x"  (a lexicon entry; MentionFact.lexiconId, extraction)
//   store form    "person:x", "place:x", "org:x"  (a node of the graph; resolution, store, API)
// "x" is the entry's slug, the same in both. Branded types keep the forms apart where a signature
// names them; a branded id is still a string wherever a string is expected.
import type { EntityKind } from "./model.js";

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Store forms. */
export type PersonId = Brand<`person:${string}`, "PersonId">;
export type PlaceId = Brand<`place:${string}`, "PlaceId">;
export type OrgId = Brand<`org:${string}`, "OrgId">;
/** Lexicon forms. */
export type LexPersonId = Brand<`person/${string}`, "LexPersonId">;
export type LexPlaceId = Brand<`place/${string}`, "LexPlaceId">;
export type LexOrgId = Brand<`org/${string}`, "LexOrgId">;

/** Lexicon-form prefix per entity kind. */
export const LEX_PREFIX: Record<EntityKind, string> = { person: "person/", place: "place/", organization: "org/" };
/** Store-form prefix per entity kind. */
export const STORE_PREFIX: Record<EntityKind, string> = { person: "person:", place: "place:", organization: "org:" };

// ---------------------------------------------------------------- lexicon form

export const lexPersonId = (slug: string): LexPersonId => `person/${slug}` as LexPersonId;
export const lexPlaceId = (slug: string): LexPlaceId => `place/${slug}` as LexPlaceId;
export const lexOrgId = (slug: string): LexOrgId => `org/${slug}` as LexOrgId;

/** A place in lexicon form, whether given as a slug or already as "place/x". */
export const asLexPlaceId = (slugOrId: string): LexPlaceId => (isLexPlaceId(slugOrId) ? slugOrId : lexPlaceId(slugOrId));

export const isLexPlaceId = (id: string): id is LexPlaceId => id.startsWith("place/");
export const isLexOrgId = (id: string): id is LexOrgId => id.startsWith("org/");

/** The slug of a lexicon-form person id ("person/x" → "x"); any other string is returned as is. */
export const personSlug = (id: string): string => id.replace(/^person\//, "");
/** The slug of a lexicon-form place id ("place/x" → "x"); any other string is returned as is. */
export const placeSlug = (id: string): string => id.replace(/^place\//, "");
/** The slug of a lexicon-form organisation id ("org/x" → "x"); any other string is returned as is. */
export const orgSlug = (id: string): string => id.replace(/^org\//, "");

/** The parts of a lexicon id: "person/x" → ["person", "x"], "ministry/office/country" → its three parts. */
export const lexIdParts = (id: string): string[] => id.split("/");

// ---------------------------------------------------------------- store form

export const personId = (slug: string): PersonId => `person:${slug}` as PersonId;
export const placeId = (slug: string): PlaceId => `place:${slug}` as PlaceId;
export const orgId = (slug: string): OrgId => `org:${slug}` as OrgId;

export const isPersonId = (id: string): id is PersonId => id.startsWith("person:");
export const isPlaceId = (id: string): id is PlaceId => id.startsWith("place:");
export const isOrgId = (id: string): id is OrgId => id.startsWith("org:");

/** The entity kind a store-form id names, or undefined for any other id. */
export function kindOfId(id: string): EntityKind | undefined {
  return isPersonId(id) ? "person" : isPlaceId(id) ? "place" : isOrgId(id) ? "organization" : undefined;
}

/** The slug of a store-form person id ("person:x" → "x"); any other string is returned as is. */
export const storePersonSlug = (id: string): string => id.replace(/^person:/, "");
/** The slug of a store-form place id ("place:x" → "x"); any other string is returned as is. */
export const storePlaceSlug = (id: string): string => id.replace(/^place:/, "");
/** The slug of a store-form organisation id ("org:x" → "x"); any other string is returned as is. */
export const storeOrgSlug = (id: string): string => id.replace(/^org:/, "");

/** The id of an agreement from the hash of its first fact. */
export const agreementId = (hash: string): string => `agreement:${hash}`;
export const isAgreementId = (id: string): boolean => id.startsWith("agreement:");

/** The store form of a lexicon id: "person/sergey-lavrov" → "person:sergey-lavrov". */
export function storeIdOf(lexiconId: string): string {
  const [kind, id] = lexIdParts(lexiconId);
  return `${kind === "org" ? "org" : kind}:${id}`;
}
