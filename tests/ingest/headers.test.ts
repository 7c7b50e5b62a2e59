import { describe, expect, it } from "vitest";
import { parseHeaders } from "../../src/ingest/headers.js";

describe("parseHeaders", () => {
  it("reads header lines at the top as metadata", () => {
    const h = parseHeaders("date: 2025-03-01\nsource: ISNA\ntitle: دیدار دو وزیر\nurl: https://example.org/a/1\nlanguage: fa\n\nمتن خبر.");
    expect(h.meta).toEqual({
      publishedAt: "2025-03-01",
      source: "ISNA",
      title: "دیدار دو وزیر",
      uri: "https://example.org/a/1",
      language: "fa",
    });
    expect(h.body.trim()).toBe("متن خبر.");
    expect(h.count).toBe(5);
  });

  it("accepts the colon-less date form with leading blanks and spaces and a trailing tag", () => {
    const h = parseHeaders("\n\n   date 2025-10-02 Fa extra\nالنص هنا.");
    expect(h.meta).toEqual({ publishedAt: "2025-10-02" });
    expect(h.body).toBe("النص هنا.");
  });

  it("accepts published / publishedAt and any case", () => {
    expect(parseHeaders("Published: 2025-01-05T09:00:00Z\nbody").meta.publishedAt).toBe("2025-01-05T09:00:00Z");
    expect(parseHeaders("publishedAt: 2025-01-06\nbody").meta.publishedAt).toBe("2025-01-06");
    expect(parseHeaders("PUBLISHED 2025-01-07\nbody").meta.publishedAt).toBe("2025-01-07");
  });

  it("stops at the first line that is not a header", () => {
    const h = parseHeaders("date: 2025-01-01\nThe talks began.\nsource: not a header here");
    expect(h.meta).toEqual({ publishedAt: "2025-01-01" });
    expect(h.body).toBe("The talks began.\nsource: not a header here");
  });

  it("does not take body text that starts with a header word for a header", () => {
    for (const body of ["Title IX funding was cut.", "Source close to the talks said no.", "Date palms grow here."]) {
      const h = parseHeaders(body);
      expect(h.count).toBe(0);
      expect(h.body).toBe(body);
    }
  });

  it("keeps the first value when a key repeats", () => {
    expect(parseHeaders("source: A\nsource: B\nx").meta.source).toBe("A");
  });

  it("leaves text without headers unchanged", () => {
    expect(parseHeaders("  متن بدون سرخط").body).toBe("  متن بدون سرخط");
  });
});
