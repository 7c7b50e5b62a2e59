// The schema's shape, checked on the SDL: enums match their lexicons, search is typed precisely, every
// list that can grow is a Relay connection, and the playground's examples are valid queries.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, getNamedType, isEnumType, isListType, isNonNullType, isObjectType, isUnionType, parse, validate, type GraphQLOutputType } from "graphql";
import { loadTypeDefs } from "../../src/api/schema.js";
import { EXAMPLE_QUERIES } from "../../src/api/playground.js";

const schema = buildSchema(loadTypeDefs());
const lexicon = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, "../../src/lexicon/data", file), "utf8")) as { entries: Array<{ key?: string; kind?: string }> };
const enumValues = (name: string) => {
  const t = schema.getType(name);
  if (!isEnumType(t)) throw new Error(`${name} is not an enum`);
  return t.getValues().map((v) => v.name);
};

/** Lists that stay small by nature: a thing's names, sources, participants, parties, path hops. */
const BOUNDED = new Set(["Person.aliases", "Person.roles", "Place.aliases", "Organization.aliases", "Meeting.participants", "Meeting.sources", "Meeting.agreements", "Agreement.parties", "Agreement.signatories", "Agreement.sources", "Article.meetings", "Article.agreements", "MetWith.meetings", "CounterpartEdge.meetings", "MeetingPath.people", "MeetingPath.meetings", "MeetingPath.hops"]);

const isList = (t: GraphQLOutputType): boolean => (isNonNullType(t) ? isList(t.ofType) : isListType(t));

describe("the schema", () => {
  it("Office has one value per offices.json entry, PlaceKind one per places.json kind", () => {
    const offices = lexicon("offices.json").entries.map((e) => e.key!.toUpperCase().replace(/-/g, "_"));
    expect(enumValues("Office").sort()).toEqual([...offices].sort());
    const kinds = new Set(lexicon("places.json").entries.map((e) => e.kind!.toUpperCase()));
    for (const k of kinds) expect(enumValues("PlaceKind")).toContain(k);
  });

  it("search returns exactly what SearchKind can ask for", () => {
    const node = schema.getType("SearchHit");
    const result = isObjectType(node) ? getNamedType(node.getFields().node.type) : null;
    expect(isUnionType(result)).toBe(true);
    if (!isUnionType(result)) return;
    expect(result.getTypes().map((t) => t.name.toUpperCase()).sort()).toEqual(enumValues("SearchKind").sort());
  });

  it("every list that can grow is a Relay connection with first/after, edges { cursor node }, pageInfo and totalCount", () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (isList(field.type) && !field.deprecationReason && !BOUNDED.has(name) && !type.name.endsWith("Connection")) unbounded.push(name);
        const target = getNamedType(field.type);
        if (!isObjectType(target) || !target.name.endsWith("Connection")) continue;
        expect(field.args.map((a) => a.name), name).toEqual(expect.arrayContaining(["first", "after"]));
        expect(Object.keys(target.getFields()).sort(), target.name).toEqual(["edges", "pageInfo", "totalCount"]);
        const edge = getNamedType(target.getFields().edges.type);
        expect(isObjectType(edge) && Object.keys(edge.getFields()), target.name).toEqual(expect.arrayContaining(["cursor", "node"]));
      }
    }
    expect(unbounded).toEqual([]);
    const pageInfo = schema.getType("PageInfo");
    expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual(["endCursor", "hasNextPage", "hasPreviousPage", "startCursor"]);
  });

  it("keeps deprecated aliases for what was renamed", () => {
    const query = schema.getQueryType()!.getFields();
    expect(query.connection.deprecationReason).toMatch(/path/);
    expect(getNamedType(query.connection.type).name).toBe("MeetingPath");
    const person = schema.getType("Person");
    expect(isObjectType(person) && person.getFields().metWith.deprecationReason).toMatch(/counterparts/);
  });

  it("the playground's example queries are valid", () => {
    expect(validate(schema, parse(EXAMPLE_QUERIES)).map((e) => e.message)).toEqual([]);
  });
});
