// resolveDate: binding anchors to a publication date, and never inventing a date without one.
import { describe, expect, it } from "vitest";
import { resolveDate, validateWeekday } from "../../../src/extract/dates/index.js";
import type { DateValue } from "../../../src/model.js";
import { dates, only } from "./helpers.js";

// 2025-09-10 is a Wednesday (ISO 3); in the Solar calendar 19 Shahrivar 1404; in Umm al-Qura 17 Rabi al-Awwal 1447.
const PUB = "2025-09-10";

function bound(sentence: string, pub = PUB): DateValue {
  return resolveDate(only(sentence), pub);
}

describe("validateWeekday", () => {
  it("checks ISO weekdays", () => {
    expect(validateWeekday("2025-09-10", 3)).toBe(true);
    expect(validateWeekday("2025-09-10", 4)).toBe(false);
    expect(validateWeekday("2025-02-30", 7)).toBe(false);
  });
});

describe("weekdays", () => {
  it("binds to the latest such weekday on or before publication, within 6 days", () => {
    expect(bound("The talks ended on Monday.")).toMatchObject({ date: "2025-09-08", precision: "day", basis: "weekday", weekday: 1 });
    expect(bound("وزیر عصر روز پنجشنبه وارد شد")).toMatchObject({ date: "2025-09-04", basis: "weekday" });
    expect(bound("استقبل الرئيس ضيفه الأربعاء")).toMatchObject({ date: "2025-09-10" }); // the publication day itself
  });
  it("last / next", () => {
    expect(bound("اجتمع المجلس الأربعاء الماضي").date).toBe("2025-09-03");
    expect(bound("They meet again next Wednesday.").date).toBe("2025-09-17");
    expect(bound("هیئت پنجشنبه آینده می‌رسد").date).toBe("2025-09-11");
  });
  it("every bound weekday falls on its weekday", () => {
    for (const s of ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday"]) {
      const v = bound(`They met ${s}.`);
      expect(validateWeekday(v.date as string, v.weekday as number), s).toBe(true);
    }
  });
});

describe("relative days", () => {
  it("today, yesterday, tomorrow", () => {
    expect(bound("التقى الوزيران اليوم في جنيف")).toMatchObject({ date: PUB, basis: "relative", anchor: "today" });
    expect(bound("وزیران دیروز دیدار کردند").date).toBe("2025-09-09");
    expect(bound("The ministers meet tomorrow.").date).toBe("2025-09-11");
  });
  it("today with a weekday that matches the publication date", () => {
    expect(bound("وصل الوفد اليوم الأربعاء")).toMatchObject({ date: PUB, weekday: 3 });
  });
  it("today with the weekday of the day before publication: the article was dated late", () => {
    expect(bound("وصل الوفد اليوم الثلاثاء")).toMatchObject({ date: "2025-09-09", weekday: 2 });
  });
  it("months and years relative to publication", () => {
    expect(bound("التقيا الشهر الماضي")).toMatchObject({ date: "2025-08-01", precision: "month" });
    expect(bound("They will sign next month.")).toMatchObject({ date: "2025-10-01", precision: "month" });
    expect(bound("وقّعت الاتفاقية العام الماضي")).toMatchObject({ date: "2024-01-01", precision: "year" });
    expect(resolveDate(only("التقيا الشهر الماضي"), "2025-01-15").date).toBe("2024-12-01");
  });
  it("weeks stay unbound: there is no week precision", () => {
    expect(bound("They met last week.")).toMatchObject({ date: null, anchor: "week-1" });
  });
});

describe("months and days without a year", () => {
  it("a month without a year takes the year of publication", () => {
    expect(bound("قرار است انتخابات در ماه نوامبر برگزار شود")).toMatchObject({ date: "2025-11-01", precision: "month", basis: "relative" });
    expect(bound("The vote was held in March.")).toMatchObject({ date: "2025-03-01" });
  });
  it("'next' is the next such month after publication", () => {
    expect(bound("ستعقد القمة في نوفمبر/تشرين الثاني المقبل").date).toBe("2025-11-01");
    expect(bound("ستعقد القمة في مارس المقبل").date).toBe("2026-03-01");
    expect(bound("ستعقد القمة في سبتمبر المقبل").date).toBe("2026-09-01");
  });
  it("'last' and 'of last year'", () => {
    expect(bound("التقيا في أكتوبر الماضي").date).toBe("2024-10-01");
    expect(bound("او در نوامبر سال گذشته برکنار شد").date).toBe("2024-11-01");
  });
  it("Solar and lunar months take the publication year of their own calendar", () => {
    expect(bound("سفیر مهرماه به بغداد می‌رود").date).toBe("2025-10-01"); // Mehr 1404
    expect(bound("مراسم در ماه رمضان برگزار می‌شود").date).toBe("2026-03-01"); // Ramadan 1447
  });
  it("a day and month: the occurrence nearest to and not after publication", () => {
    expect(bound("The minister flew to Baghdad on 4 September.").date).toBe("2025-09-04");
    expect(bound("The minister flew to Baghdad on 4 October.").date).toBe("2024-10-04");
    expect(bound("وزیر ۱۲ مرداد به بغداد رفت").date).toBe("2025-08-03");
    expect(bound("وزیر ۱۲ مهر به بغداد رفت").date).toBe("2024-10-03"); // 12 Mehr 1404 is after publication
  });
  it("unless the text says it is ahead", () => {
    expect(bound("سيصل الوزير في 4 أكتوبر المقبل").date).toBe("2025-10-04");
  });
});

describe("never invent a date", () => {
  const relative = [
    "التقى الوزيران اليوم في جنيف",
    "وزیر عصر روز پنجشنبه وارد شد",
    "The ministers meet tomorrow.",
    "They met last week.",
    "التقيا الشهر الماضي",
    "قرار است انتخابات در ماه نوامبر برگزار شود",
    "The minister flew to Baghdad on 4 October.",
    "وصل الوفد اليوم الأربعاء",
  ];
  it("without a publication date everything relative stays null", () => {
    for (const s of relative) {
      const v = only(s);
      expect(v.date, s).toBeNull();
      expect(resolveDate(v), s).toEqual(v);
      expect(resolveDate(v, undefined).date, s).toBeNull();
    }
  });
  it("an unparseable publication date binds nothing", () => {
    expect(resolveDate(only("وزیران دیروز دیدار کردند"), "yesterday").date).toBeNull();
  });
  it("explicit dates are left alone", () => {
    const v = only("The accord was signed on 2024-11-05.");
    expect(resolveDate(v, PUB)).toEqual(v);
  });
  it("keeps basis and anchor when binding", () => {
    const v = bound("وزیران دیروز دیدار کردند");
    expect(v).toMatchObject({ basis: "relative", anchor: "today-1", text: "دیروز" });
  });
});

describe("a day of this, last or next month", () => {
  it("binds the day in the publication's month, in the calendar of the language", () => {
    expect(bound("وصل الوفد في الخامس من الشهر الجاري")).toMatchObject({ date: "2025-09-05", precision: "day", basis: "relative" });
    expect(bound("وقع الاتفاق في 28 من الشهر الماضي")).toMatchObject({ date: "2025-08-28", precision: "day" });
    // 19 Shahrivar 1404 is the publication day: the 2nd of the last solar month is 2 Mordad 1404
    expect(bound("هیئت دوم ماه گذشته وارد شد")).toMatchObject({ date: "2025-07-24", precision: "day" });
    expect(bound("The talks resume on the twentieth of next month.")).toMatchObject({ date: "2025-10-20", precision: "day" });
  });

  it("reads a bare number before 'the past month' as a count of months, not a day", () => {
    expect(dates("این طرح در ۱۰ ماه گذشته اجرا شد")).toEqual([]);
  });
});
