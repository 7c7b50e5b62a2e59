import { describe, expect, it } from "vitest";
import { clean, detectPublishedAt } from "../../src/text/clean.js";

/** The kept text, lines joined. */
function kept(text: string): string {
  return clean(text)
    .keep.map((s) => text.slice(s.start, s.end).trim())
    .filter(Boolean)
    .join("\n")
    .replace(/\n+/g, "\n");
}
function reasons(text: string): string[] {
  return clean(text).removed.map((r) => r.reason);
}

const FA_BODY =
  "وزیر امور خارجه ترکیه روز دوشنبه در آنکارا با همتای اردنی خود دیدار و درباره همکاری‌های اقتصادی گفتگو کرد.";
const AR_BODY = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الاثنين وبحث معه سبل تعزيز التعاون الثنائي.";
const EN_BODY = "The Turkish foreign minister met his Jordanian counterpart in Ankara on Monday to discuss trade and energy.";

describe("clean: reader comments", () => {
  it("cuts everything from a Persian comments marker", () => {
    const text = `${FA_BODY}\n\nدیدگاه‌ها\n\nرضا\nخیلی خوب بود\nناشناس\nموافقم با این دیدار`;
    expect(kept(text)).toBe(FA_BODY);
    expect(reasons(text)).toEqual(["comments"]);
    const r = clean(text).removed[0];
    expect(r.end).toBe(text.length);
  });

  it("accepts a marker with a count and with the ZWNJ lost", () => {
    expect(kept(`${FA_BODY}\nنظرات شما (۳)\nمریم\nعالی`)).toBe(FA_BODY);
    expect(kept(`${FA_BODY}\nدیدگاهها\nعلی`)).toBe(FA_BODY);
  });

  it("cuts Arabic and English comment sections", () => {
    expect(kept(`${AR_BODY}\nأضف تعليق\nمحمد: مقال رائع`)).toBe(AR_BODY);
    expect(kept(`${AR_BODY}\nالتعليقات (2)\nسامي`)).toBe(AR_BODY);
    expect(kept(`${EN_BODY}\nLeave a Reply Cancel reply\nJohn Smith says: great`)).toBe(EN_BODY);
    expect(kept(`${EN_BODY}\nComments\nJane: nice`)).toBe(EN_BODY);
  });

  it("does not cut a body sentence that mentions comments", () => {
    const line = "Comments by the minister were welcomed by several delegations at the summit in Ankara.";
    expect(kept(`${EN_BODY}\n${line}`)).toBe(`${EN_BODY}\n${line}`);
  });

  it("does not cut the article when a comments label appears before the body (a menu item)", () => {
    const text = `Comments\n${EN_BODY}`;
    expect(kept(text)).toBe(EN_BODY);
  });
});

describe("clean: chrome", () => {
  it("cuts share labels, mobile links and lone punctuation", () => {
    const text = `|\n${AR_BODY}\nشارك\nFacebook Twitter WhatsApp\nExit mobile version\n—`;
    expect(kept(text)).toBe(AR_BODY);
    expect(reasons(text)).toEqual(["punct", "share", "share", "chrome", "punct"]);
  });

  it("cuts share labels with the Persian ZWNJ lost", () => {
    expect(kept(`${FA_BODY}\nاشتراکگذاری`)).toBe(FA_BODY);
  });

  it("cuts related-news boxes and their link lines", () => {
    const text = `${FA_BODY}\nاخبار مرتبط\nسفر رئیس‌جمهور به چین\nدیدار وزیران نفت\n${FA_BODY}`;
    expect(kept(text)).toBe(`${FA_BODY}\n${FA_BODY}`);
    expect(kept(`${AR_BODY}\nاقرأ أيضا: وزير الخارجية يزور بغداد\n${AR_BODY}`)).toBe(`${AR_BODY}\n${AR_BODY}`);
    expect(kept(`${EN_BODY}\nRead more: Minister visits Baghdad`)).toBe(EN_BODY);
  });

  it("cuts menus", () => {
    expect(kept(`Home | World | Politics | Economy | Sport\n${EN_BODY}`)).toBe(EN_BODY);
    expect(kept(`سیاسی\nاقتصادی\nورزشی\nفرهنگی\n${FA_BODY}`)).toBe(FA_BODY);
  });

  it("cuts 'minutes ago' lines", () => {
    expect(kept(`۲ ساعت پیش\n${FA_BODY}`)).toBe(FA_BODY);
    expect(kept(`دقایقی پیش\n${FA_BODY}`)).toBe(FA_BODY);
    expect(kept(`منذ 5 دقائق\n${AR_BODY}`)).toBe(AR_BODY);
    expect(kept(`3 hours ago\n${EN_BODY}`)).toBe(EN_BODY);
  });

  it("cuts site date banners", () => {
    expect(kept(`الخميس 17 يوليو 2025\n${AR_BODY}`)).toBe(AR_BODY);
    expect(kept(`دوشنبه ۱۲ خرداد ۱۴۰۴\n${FA_BODY}`)).toBe(FA_BODY);
    expect(kept(`Thursday, July 17, 2025\n${EN_BODY}`)).toBe(EN_BODY);
  });

  it("cuts caption lines in brackets but keeps a line with a credit suffix", () => {
    expect(kept(`${AR_BODY}\n(صورة أرشيفية للوزيرين)\n${AR_BODY}`)).toBe(`${AR_BODY}\n${AR_BODY}`);
    const captioned = "وزير الخارجية يصافح نظيره في القاهرة (وكالات)";
    expect(kept(`${AR_BODY}\n${captioned}\n${AR_BODY}`)).toContain(captioned);
    expect(kept(`${EN_BODY}\nPhoto: The two ministers in Ankara\n${EN_BODY}`)).toBe(`${EN_BODY}\n${EN_BODY}`);
  });

  it("cuts the source line and returns the source", () => {
    const r = clean(`${FA_BODY}\nمنبع: ایسنا\n`);
    expect(r.source).toBe("ایسنا");
    expect(r.removed.map((x) => x.reason)).toEqual(["source"]);
    expect(clean(`${AR_BODY}\nالمصدر: وكالة الأنباء الأردنية`).source).toBe("وكالة الأنباء الأردنية");
    expect(clean(`${EN_BODY}\nSource: Reuters`).source).toBe("Reuters");
  });

  it("cuts a final byline and a keyword line, but not a one-line article", () => {
    const text = `عنوان الخبر هنا\n${AR_BODY}\nسارة أحمد`;
    expect(kept(text)).toBe(`عنوان الخبر هنا\n${AR_BODY}`);
    expect(reasons(text)).toEqual(["byline"]);
    expect(reasons(`${FA_BODY}\nترکیه اردن آنکارا همکاری`)).toEqual(["tags"]);
    expect(kept("Putin met Erdogan")).toBe("Putin met Erdogan");
  });

  it("keeps a City-Agency dateline line (it has no date)", () => {
    const text = `عنوان\nعمان-بترا\n${AR_BODY}`;
    expect(reasons(text)).toEqual([]);
    expect(clean(text).publishedAt).toBeUndefined();
  });

  it("keeps removed spans and kept spans disjoint and ordered", () => {
    const text = `|\n${FA_BODY}\nشبکه‌های اجتماعی\n${FA_BODY}\nنظرات شما\nعلی`;
    const r = clean(text);
    const spans = [...r.keep.map((s) => ({ ...s, k: 1 })), ...r.removed.map((s) => ({ ...s, k: 0 }))].sort(
      (a, b) => a.start - b.start,
    );
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
});

describe("detectPublishedAt", () => {
  it("reads a dated dateline at the start", () => {
    expect(detectPublishedAt("Amman, 4 May 2025 (Petra) - The king received")).toBe("2025-05-04");
    expect(detectPublishedAt("Cairo, March 12, 2025 - Officials said")).toBe("2025-03-12");
    expect(detectPublishedAt("Tehran, 2025-06-01 - The minister")).toBe("2025-06-01");
  });
  it("returns undefined without a date or with an impossible one", () => {
    expect(detectPublishedAt("عمان-بترا")).toBeUndefined();
    expect(detectPublishedAt("Cairo, 31 February 2025 - x")).toBeUndefined();
    expect(detectPublishedAt("The minister said on 4 May 2025 - that")).toBeUndefined();
  });
  it("is used by clean() for the first paragraph", () => {
    expect(clean(`Amman, 4 May 2025 (Petra) - ${EN_BODY}`).publishedAt).toBe("2025-05-04");
    expect(clean(`${EN_BODY}\nAmman, 4 May 2025 (Petra) - ${EN_BODY}\n${EN_BODY}`).publishedAt).toBeUndefined();
  });
});

describe("detectPublishedAt after a title", () => {
  it("reads the dateline of the paragraph that follows the title", () => {
    expect(clean(`Ministers meet in Amman\nAmman, 4 May 2025 (Petra) - ${EN_BODY}`).publishedAt).toBe("2025-05-04");
  });
});

describe("clean: credit and time lines", () => {
  it("cuts credit lines", () => {
    expect(kept(`By Jane Doe and Omar Ali\n${EN_BODY}`)).toBe(EN_BODY);
    expect(kept(`نویسنده: مریم احمدی\n${FA_BODY}`)).toBe(FA_BODY);
    expect(kept(`${AR_BODY}\nبقلم: سامي يوسف\n${AR_BODY}`)).toBe(`${AR_BODY}\n${AR_BODY}`);
    // a sentence that starts with "By" is text
    const s = "By Monday the two ministers had agreed on a plan for the border crossings.";
    expect(kept(`${EN_BODY}\n${s}`)).toBe(`${EN_BODY}\n${s}`);
  });

  it("cuts publication-time lines", () => {
    expect(kept(`تاریخ انتشار: ۱۴۰۴/۰۶/۱۸ - ۱۲:۳۰\n${FA_BODY}`)).toBe(FA_BODY);
    expect(kept(`نشر في: 17 يوليو 2025 - 10:00 ص\n${AR_BODY}`)).toBe(AR_BODY);
    expect(kept(`Updated: July 17, 2025 10:30 AM EDT\n${EN_BODY}`)).toBe(EN_BODY);
  });
});

describe("clean: a whole page", () => {
  it("cuts the chrome of a blog-style English page", () => {
    const page = [
      "Skip to content",
      "Home | World | Politics | Business | Tech",
      "Ministers meet in Doha to discuss a gas deal",
      "By Sarah Khan",
      "March 3, 2025",
      "The energy ministers of Qatar and Germany met in Doha on Monday to discuss long-term gas supplies.",
      "Both sides said the talks would continue next month in Berlin.",
      "Share this:",
      "Twitter",
      "Facebook",
      "Like this:",
      "Related",
      "Qatar signs a gas deal with Italy",
      "Leave a Reply Cancel reply",
      "Jack Miller: this long comment by a reader has far too many words in it to be a related-news link line at all.",
    ].join("\n");
    expect(kept(page)).toBe(
      [
        "Ministers meet in Doha to discuss a gas deal",
        "The energy ministers of Qatar and Germany met in Doha on Monday to discuss long-term gas supplies.",
        "Both sides said the talks would continue next month in Berlin.",
      ].join("\n"),
    );
  });

  it("cuts the chrome of Persian and Arabic pages", () => {
    const fa = ["کد خبر: ۱۲۳۴۵۶", "تاریخ انتشار: ۱۴۰۴/۰۶/۱۸ - ۱۲:۳۰", "دیدار وزیران خارجه ترکیه و اردن", FA_BODY, "انتهای پیام/"].join("\n");
    expect(kept(fa)).toBe(`دیدار وزیران خارجه ترکیه و اردن\n${FA_BODY}`);
    const ar = ["الرئيسية / أخبار / سياسة", "آخر تحديث: 17 يوليو 2025", AR_BODY, "طباعة", "مشاركة"].join("\n");
    expect(kept(ar)).toBe(AR_BODY);
  });
});

describe("clean: not menus", () => {
  it("keeps a headline made of short quoted names", () => {
    const h = "«الف» و «ب» و «ج» و «د» امروز";
    expect(kept(`${h}\n${FA_BODY}`)).toBe(`${h}\n${FA_BODY}`);
  });
});

describe("clean: trailing lines", () => {
  it("keeps the short last line of hard-wrapped text", () => {
    const text = `${EN_BODY}\nThe next round of talks is planned for next month in\nVienna`;
    expect(reasons(text)).toEqual([]);
    expect(reasons(`${EN_BODY}\n\nVienna`)).toEqual(["byline"]);
  });
});

describe("clean: an unlabelled run of related headlines at the end", () => {
  const HEADLINES = [
    "Port workers end strike after wage deal in Karachi",
    "Minister opens new cardiology wing at district hospital",
    "Flood warning issued for three northern valleys",
    "Cabinet is expected to approve the budget, officials say...",
  ].join("\n");
  it("cuts three or more headline lines after the last paragraph", () => {
    const out = kept(`${EN_BODY}\n${EN_BODY}\n${HEADLINES}`);
    expect(out).toContain("Ankara on Monday");
    expect(out).not.toContain("Karachi");
    expect(out).not.toContain("budget");
  });
  it("keeps two short unpunctuated lines, and headlines before the body", () => {
    expect(kept(`${EN_BODY}\nPort workers end strike after wage deal in Karachi\nFlood warning issued for three northern valleys`)).toContain("Karachi");
    expect(kept(`${HEADLINES}\n${EN_BODY}`)).toContain("Karachi");
  });
});
