// A labelled publication line that page chrome cuts gives the article's publication date when the loader gave none
// (src/text/published-line.ts, read by clean's firstDateline). Lines written for these tests.
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model.js";
import { prepare } from "../../src/text/index.js";
import { publishedLineDate } from "../../src/text/published-line.js";

function article(text: string, extra: Partial<Article> = {}): Article {
  return { id: "article:test", uri: "test.txt", text, sha256: "0", ...extra };
}

describe("publishedLineDate", () => {
  it("reads a labelled line in each language and date form", () => {
    expect(publishedLineDate("Published: August 21, 2023 10:15 AM")).toBe("2023-08-21");
    expect(publishedLineDate("Posted on 8 Feb 2023")).toBe("2023-02-08");
    expect(publishedLineDate("Published 2019-11-30T08:00:00Z")).toBe("2019-11-30");
    expect(publishedLineDate("تاريخ النشر: 21 أغسطس 2023")).toBe("2023-08-21");
    expect(publishedLineDate("نشر في 3 كانون الثاني 2020")).toBe("2020-01-03");
    expect(publishedLineDate("تاریخ انتشار: ۱۴۰۲/۰۵/۳۰")).toBe("2023-08-21");
  });
  it("gives nothing without a publication label, for an update, or without a full date", () => {
    expect(publishedLineDate("21 August 2023")).toBeUndefined();
    expect(publishedLineDate("Updated: August 22, 2023")).toBeUndefined();
    expect(publishedLineDate("Published: August 2023")).toBeUndefined();
    expect(publishedLineDate("Published: February 30, 2023")).toBeUndefined();
  });
});

describe("prepare: the publication date of a labelled line", () => {
  const page = ["Ports deal signed in Mombasa", "Published: March 3, 2024 09:40 AM", "", "Officials of the two countries signed the deal on Friday."].join("\n");
  it("is the article's when the loader gave none, and the line is cut", () => {
    const doc = prepare(article(page));
    expect(doc.article.publishedAt).toBe("2024-03-03");
    expect(doc.sentences.some((s) => s.text.includes("Published"))).toBe(false);
  });
  it("yields to the loader's date", () => {
    expect(prepare(article(page, { publishedAt: "2024-03-04" })).article.publishedAt).toBe("2024-03-04");
  });
  it("a date line with no label (a site's banner) gives none", () => {
    const banner = ["Sunday 3 March 2024", "Ports deal signed in Mombasa", "", "Officials of the two countries signed the deal on Friday."].join("\n");
    expect(prepare(article(banner)).article.publishedAt).toBeUndefined();
  });
});
