// The Date scalar: "YYYY-MM-DD", a real day of the proleptic Gregorian calendar, validated both ways.
// A bad date is BAD_USER_INPUT whether it is a literal in the query or a variable.
import { GraphQLScalarType, Kind, print } from "graphql";
import { userError } from "../errors.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for "2024-02-29", false for "2025-02-30", "2025-13-01" or "2025-00-10". */
export function isCalendarDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return mo >= 1 && mo <= 12 && d >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (typeof value !== "string" || !ISO.test(value)) throw userError("BAD_USER_INPUT", `Date must be "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  if (!isCalendarDate(value)) throw userError("BAD_USER_INPUT", `${JSON.stringify(value)} is not a day of the calendar`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar date, "YYYY-MM-DD"',
  serialize: (v) => String(v).slice(0, 10),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError("BAD_USER_INPUT", `Date must be a "YYYY-MM-DD" string, got ${print(ast)}`);
    return parse(ast.value);
  },
});
