// The Date scalar: "YYYY-MM-DD", validated both ways.
import { GraphQLScalarType, Kind } from "graphql";
import { userError } from "../errors.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (typeof value !== "string" || !ISO.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw userError("BAD_USER_INPUT", `Date must be "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar date, "YYYY-MM-DD"',
  serialize: (v) => String(v).slice(0, 10),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError("BAD_USER_INPUT", "Date must be a string");
    return parse(ast.value);
  },
});
