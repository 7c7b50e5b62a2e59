// All resolvers, typed by the generated Resolvers type (schema-first: schema/*.graphql is the truth).
import type { Resolvers } from "../../generated/resolvers.js";
import { Query } from "./Query.js";
import { Mutation } from "./Mutation.js";
import { Person } from "./Person.js";
import * as types from "./types.js";
import { DateScalar } from "./scalars.js";

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Person,
  ...types,
};
