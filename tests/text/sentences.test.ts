import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const all = (text: string) => splitSentences(text, [{ start: 0, end: text.length }]);
const texts = (text: string) => all(text).map((s) => s.text);

describe("splitSentences", () => {
  it("splits on . ! ? ؟ and ۔ but not on ؛", () => {
    expect(texts("وزیر وارد شد. او سخن گفت! آیا توافق شد؟ بله؛ امضا شد.")).toEqual([
      "وزیر وارد شد.",
      "او سخن گفت!",
      "آیا توافق شد؟",
      "بله؛ امضا شد.",
    ]);
    expect(texts("پہلا جملہ۔ دوسرا جملہ۔")).toEqual(["پہلا جملہ۔", "دوسرا جملہ۔"]);
  });

  it("does not split on decimals", () => {
    expect(texts("Trade grew 2.5 times in 2024. Then it fell.")).toEqual(["Trade grew 2.5 times in 2024.", "Then it fell."]);
    expect(texts("ارتفع النمو بنسبة 4.7 بالمئة. وانخفض التضخم.")).toHaveLength(2);
  });

  it("does not split after initials and abbreviations", () => {
    expect(texts("Dr. Rahimi met the U.S. envoy and H.E. the ambassador on Monday. They spoke.")).toEqual([
      "Dr. Rahimi met the U.S. envoy and H.E. the ambassador on Monday.",
      "They spoke.",
    ]);
    expect(texts("Gen. Carter arrived with J. Smith. Talks began.")).toHaveLength(2);
    // the AP stylebook's abbreviated military ranks
    expect(texts("Brig. Gen. Ana Ferraz and Cpl. Tomas Ruiz landed in Quito. Pvt. Lena Ortiz and Ens. Mark Dale stayed.")).toHaveLength(2);
    expect(texts("زار د. أحمد العاصمة. ثم غادر.")).toEqual(["زار د. أحمد العاصمة.", "ثم غادر."]);
  });

  it("does not split inside quotes", () => {
    expect(texts("او گفت «ما آماده‌ایم. منتظر پاسخ هستیم» و رفت. سپس جلسه تمام شد.")).toEqual([
      "او گفت «ما آماده‌ایم. منتظر پاسخ هستیم» و رفت.",
      "سپس جلسه تمام شد.",
    ]);
    expect(texts("وقال إن “الاتفاق جاهز. ننتظر التوقيع” في بيان. وأضاف شيئا.")).toHaveLength(2);
    expect(texts('He said "we are ready. we wait" and left. Then it ended.')).toHaveLength(2);
  });

  it("splits after a full stop that closes a quote, keeping the quote mark", () => {
    expect(texts("He said: \"We agreed.\" Then he left.")).toEqual(["He said: \"We agreed.\"", "Then he left."]);
  });

  it("splits when a dot is glued to the next Arabic-script word", () => {
    expect(texts("نشست برگزار شد.سپس بیانیه منتشر شد.")).toEqual(["نشست برگزار شد.", "سپس بیانیه منتشر شد."]);
  });

  it("keeps a stray '..' with the previous sentence", () => {
    expect(texts("گفتگو ادامه دارد. .. این پایان است.")).toEqual(["گفتگو ادامه دارد. ..", "این پایان است."]);
  });

  it("numbers paragraphs and marks headings", () => {
    const s = all("دیدار دو وزیر در آنکارا\n\nوزیران خارجه دو کشور امروز دیدار کردند. آنها توافق کردند.\nمحورهای گفتگو\nدر این دیدار درباره تجارت گفتگو شد.");
    expect(s.map((x) => [x.paragraph, x.heading, x.index])).toEqual([
      [0, true, 0],
      [1, false, 1],
      [1, false, 2],
      [2, true, 3],
      [3, false, 4],
    ]);
  });

  it("a long line or a punctuated line is not a heading", () => {
    const s = all(
      "First line is the title of this story\nThis crosshead has far too many words in it to be a crosshead at all really\nA crosshead\nShort but ends.",
    );
    expect(s.map((x) => x.heading)).toEqual([true, false, true, false]);
  });

  it("only reads the kept spans, with offsets into the original text", () => {
    const text = "CHROME\nالتقى الوزيران في عمّان. وبحثا التعاون.\nCOMMENT";
    const start = text.indexOf("التقى");
    const end = text.indexOf("\nCOMMENT");
    const s = splitSentences(text, [{ start, end }]);
    expect(s.map((x) => x.text)).toEqual(["التقى الوزيران في عمّان.", "وبحثا التعاون."]);
    for (const x of s) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      for (const t of x.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it("returns nothing for blank text", () => {
    expect(all("\n \n")).toEqual([]);
  });
});

describe("splitSentences: hard-wrapped text", () => {
  it("joins the lines of a paragraph in text wrapped at a fixed width", () => {
    const text = [
      "Ministers agree on border talks",
      "",
      "The foreign ministers of Armenia and Azerbaijan met in",
      "Geneva on Tuesday and agreed to resume talks on the border",
      "commission, officials from both sides said after the",
      "meeting. A second round is planned for next month in",
      "Vienna, the officials added.",
      "",
      "The two ministers last met in the spring, when talks on",
      "the draft peace treaty stalled over the wording of the",
      "preamble.",
    ].join("\n");
    const s = all(text);
    expect(s.map((x) => [x.paragraph, x.heading])).toEqual([
      [0, true],
      [1, false],
      [1, false],
      [2, false],
    ]);
    expect(s[1].text).toBe(text.slice(text.indexOf("The foreign"), text.indexOf("meeting.") + 8));
    expect(s[2].text.endsWith("officials added.")).toBe(true);
  });

  it("keeps one paragraph per line in ordinary text", () => {
    const text = [
      "عنوان خبر",
      "وزیر خارجه گفت: به محض اینکه دو طرف این سازوکار را تشکیل دهند، ما از کمیسیون مشترک اقتصادی",
      "",
      "خواهیم خواست تا همه قراردادهای موجود را بررسی کند.",
      "لاوروف: سوریه دوست خوب روسیه است/خواهان روابط سودمند با دولت جدید هستیم",
      "جمله بعدی اینجاست.",
    ].join("\n");
    expect(all(text).map((x) => x.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });
});
