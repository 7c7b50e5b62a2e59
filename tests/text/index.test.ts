import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model.js";
import { prepare } from "../../src/text/index.js";

function article(text: string, extra: Partial<Article> = {}): Article {
  return { id: "article:test", uri: "test.txt", text, sha256: "0", ...extra };
}

describe("prepare", () => {
  it("cleans, detects the language and splits sentences", () => {
    const text = [
      "دیدار وزیران خارجه ترکیه و اردن",
      "وزیر خارجه ترکیه امروز در آنکارا با همتای اردنی خود دیدار کرد. دو طرف درباره تجارت گفتگو کردند.",
      "منبع: ایرنا",
      "نظرات شما",
      "مهدی",
      "این دیدار بی‌فایده بود",
    ].join("\n");
    const doc = prepare(article(text));
    expect(doc.language).toBe("fa");
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "دیدار وزیران خارجه ترکیه و اردن",
      "وزیر خارجه ترکیه امروز در آنکارا با همتای اردنی خود دیدار کرد.",
      "دو طرف درباره تجارت گفتگو کردند.",
    ]);
    expect(doc.sentences[0].heading).toBe(true);
    expect(doc.removed.map((r) => r.reason)).toEqual(["source", "comments"]);
    expect(doc.article.source).toBe("ایرنا");
    expect(doc.sentences.some((s) => s.text.includes("مهدی"))).toBe(false);
  });

  it("lets the article's language win and keeps a given source", () => {
    const doc = prepare(article("The minister arrived. Source: AFP", { language: "ar", source: "Reuters" }));
    expect(doc.language).toBe("ar");
    expect(doc.article.source).toBe("Reuters");
  });

  it("fills publishedAt from a dated dateline only when the loader gave none", () => {
    const text = "Amman, 4 May 2025 (Petra) - The Jordanian king received the Egyptian foreign minister on Sunday.";
    expect(prepare(article(text)).article.publishedAt).toBe("2025-05-04");
    expect(prepare(article(text, { publishedAt: "2025-05-05" })).article.publishedAt).toBe("2025-05-05");
  });
});
