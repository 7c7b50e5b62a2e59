// Counted offsets (calendar.json `offsets`): "two weeks ago", "three days later", «دو هفته پیش», «سه روز بعد»,
// «قبل أسبوعين», «بعد ثلاثة أيام». Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { dates, only } from "./helpers.js";
import { resolveDate } from "../../../src/extract/dates/index.js";

describe("counted back from the publication day ('ago')", () => {
  it("weeks give a day, seven days a week", () => {
    expect(only("The envoys last spoke in Muscat two weeks ago.")).toMatchObject({ anchor: "today-14", precision: "day", text: "two weeks ago" });
    expect(only("فرستادگان سه هفته پیش در مسقط گفت‌وگو کردند")).toMatchObject({ anchor: "today-21", precision: "day" });
    expect(only("تحدث المبعوثان في مسقط قبل أسبوعين")).toMatchObject({ anchor: "today-14", text: "قبل أسبوعين" });
    expect(only("وصل الوفد منذ أسبوع إلى مسقط")).toMatchObject({ anchor: "today-7" });
    expect(only("The envoy flew to Lima a week ago.")).toMatchObject({ anchor: "today-7" });
    expect(only("وصل الوفد قبل 10 أيام")).toMatchObject({ anchor: "today-10" });
  });
  it("months give a month", () => {
    expect(only("The two ministers met in Lima three months ago.")).toMatchObject({ anchor: "month-3", precision: "month" });
    expect(only("التقى الوزيران في ليما قبل شهرين")).toMatchObject({ anchor: "month-2", precision: "month" });
    expect(only("دو ماه پیش وزیران در لیما دیدار کردند")).toMatchObject({ anchor: "month-2", precision: "month" });
  });
  it("binds to the publication day", () => {
    expect(resolveDate(only("They met two weeks ago."), "2024-03-20")).toMatchObject({ date: "2024-03-06", precision: "day" });
    expect(resolveDate(only("They met two months ago."), "2024-03-20")).toMatchObject({ date: "2024-01-01", precision: "month" });
  });
});

describe("counted from the last day told ('earlier', 'later')", () => {
  it("reads the offset and leaves it for pass 4 to bind", () => {
    expect(only("Three days later the envoy flew to Lima.")).toMatchObject({ anchor: "since:day+3", date: null });
    expect(only("The envoy had landed a week earlier.")).toMatchObject({ anchor: "since:day-7" });
    expect(only("فرستاده سه روز بعد به لیما رفت")).toMatchObject({ anchor: "since:day+3" });
    expect(only("فرستاده دو هفته بعد از آن به لیما رفت")).toMatchObject({ anchor: "since:day+14", text: "دو هفته بعد از آن" });
    expect(only("وبعد ثلاثة أيام توجه المبعوث إلى ليما")).toMatchObject({ anchor: "since:day+3" });
    expect(only("Two months later they signed.")).toMatchObject({ anchor: "since:month+2", precision: "month" });
    expect(resolveDate(only("Three days later the envoy flew to Lima."), "2024-03-20").date).toBeNull();
  });
});

describe("what is no counted offset", () => {
  it("a length of time counted from another event, or with no direction", () => {
    expect(dates("فرستاده سه روز بعد از سفر وزیر به لیما رفت")).toEqual([]);
    expect(dates("وصل المبعوث بعد يومين من القمة")).toEqual([]);
    expect(dates("در دو هفته گذشته درگیری ادامه داشت")).toEqual([]);
    expect(dates("The talks went on for two weeks.")).toEqual([]);
    expect(dates("Over the past three months prices rose.")).toEqual([]);
    expect(dates("A few days later the envoy left.")).toEqual([]);
  });
});
