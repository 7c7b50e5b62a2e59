// The Date scalar accepts days of the calendar only.
import { describe, expect, it } from "vitest";
import { GraphQLError, Kind } from "graphql";
import { DateScalar, isCalendarDate } from "../../../src/api/resolvers/scalars.js";

describe("Date", () => {
  it("knows the calendar: month lengths and leap years", () => {
    for (const ok of ["2025-01-31", "2024-02-29", "2000-02-29", "2025-12-31", "1999-04-30"]) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ["2025-02-30", "2025-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-1-01", "31/07/2025", ""]) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it("rejects an impossible date with BAD_USER_INPUT, as a variable and as a literal", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof GraphQLError ? e.extensions.code : "not a GraphQLError";
      }
      return "accepted";
    };
    expect(codeOf(() => DateScalar.parseValue("2025-02-30"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => DateScalar.parseLiteral({ kind: Kind.STRING, value: "2025-02-30" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => DateScalar.parseLiteral({ kind: Kind.INT, value: "20250230" }))).toBe("BAD_USER_INPUT");
    expect(DateScalar.parseValue("2024-02-29")).toBe("2024-02-29");
  });
});
