import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeArticle, normalizeBody, parseLanguage, parseMetaDate } from "../../src/ingest/article.js";

describe("normalizeBody", () => {
  it("strips the BOM, converts CRLF and trims", () => {
    expect(normalizeBody("\uFEFF  سطر یک\r\nسطر دو\r\n\n")).toBe("سطر یک\nسطر دو");
  });
});

describe("parseMetaDate", () => {
  it("accepts ISO dates and date-times in any digits", () => {
    expect(parseMetaDate("2025-09-09")).toBe("2025-09-09");
    expect(parseMetaDate("2025-09-09T21:30:00+03:30")).toBe("2025-09-09");
    expect(parseMetaDate("2025/9/9")).toBe("2025-09-09");
    expect(parseMetaDate("۲۰۲۵-۰۹-۰۹")).toBe("2025-09-09");
  });
  it("converts Solar Hijri dates", () => {
    expect(parseMetaDate("1404-06-18")).toBe("2025-09-09");
    expect(parseMetaDate("۱۴۰۳/۱۲/۳۰")).toBe("2025-03-20");
  });
  it("rejects impossible or unknown forms", () => {
    expect(parseMetaDate("2025-02-30")).toBeUndefined();
    expect(parseMetaDate("1403-13-01")).toBeUndefined();
    expect(parseMetaDate("yesterday")).toBeUndefined();
    expect(parseMetaDate("09/09/2025")).toBeUndefined();
  });
});

describe("parseLanguage", () => {
  it("maps codes and names", () => {
    expect(parseLanguage("FA")).toBe("fa");
    expect(parseLanguage("Arabic")).toBe("ar");
    expect(parseLanguage("en-GB")).toBe("en");
    expect(parseLanguage("ru")).toBeUndefined();
  });
});

describe("makeArticle", () => {
  it("derives the id from the sha256 of the normalised body", () => {
    const warnings: string[] = [];
    const a = makeArticle("\uFEFFLine one\r\nLine two\r\n", { uri: "a.txt" }, (m) => warnings.push(m))!;
    const sha = createHash("sha256").update("Line one\nLine two").digest("hex");
    expect(a).toEqual({ id: `article:${sha.slice(0, 16)}`, uri: "a.txt", text: "Line one\nLine two", sha256: sha });
    expect(warnings).toEqual([]);
    // the same body with other line endings gets the same id
    expect(makeArticle("Line one\nLine two", { uri: "b.txt" }, () => {})!.id).toBe(a.id);
  });

  it("drops an invalid date or language with a warning and keeps the article", () => {
    const warnings: string[] = [];
    const a = makeArticle("متن", { uri: "x", publishedAt: "2025-13-01", language: "klingon", source: " IRNA " }, (m) =>
      warnings.push(m),
    )!;
    expect(a.publishedAt).toBeUndefined();
    expect(a.language).toBeUndefined();
    expect(a.source).toBe("IRNA");
    expect(warnings).toHaveLength(2);
  });

  it("returns null for an empty body", () => {
    expect(makeArticle(" \r\n\uFEFF", { uri: "x" }, () => {})).toBeNull();
  });
});
