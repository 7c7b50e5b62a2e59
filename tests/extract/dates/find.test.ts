// findDates on sentences written for these tests (not taken from the seed articles).
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/extract/dates/index.js";
import { dates, only, spaceTokens } from "./helpers.js";

describe("explicit full dates", () => {
  it("reads ISO and numeric dates, day first", () => {
    expect(only("The accord was signed on 2024-11-05 in Baku.").date).toBe("2024-11-05");
    expect(only("وُقّع الاتفاق في 05/11/2024 في باكو").date).toBe("2024-11-05");
    expect(only("Die Frist endet am 05.11.2024 um Mitternacht.").date).toBe("2024-11-05");
    // month first only when the first number cannot be a month
    expect(only("Filed 11/25/2024 with the court.").date).toBe("2024-11-25");
  });

  it("reads year-first Solar Hijri numeric dates", () => {
    expect(only("این تفاهم‌نامه در تاریخ ۱۴۰۲/۱۱/۲۲ امضا شد").date).toBe("2024-02-11");
  });

  it("reads the Afghan solar month names (a zodiac name counts only with a day or a year)", () => {
    expect(only("این تفاهم‌نامه به تاریخ ۵ حمل ۱۴۰۲ در کابل امضا شد").date).toBe("2023-03-25");
    expect(only("هیئت به تاریخ 12 عقرب 1399 وارد کابل شد").date).toBe("2020-11-02");
    expect(dates("ثور در آسمان دیده شد")).toEqual([]);
  });

  it("reads the Maghreb month names", () => {
    expect(only("وقع الطرفان الاتفاق في 3 غشت 2024 بالرباط").date).toBe("2024-08-03");
    expect(only("انعقد الاجتماع يوم 14 شتنبر 2023 في الرباط").date).toBe("2023-09-14");
  });

  it("reads English day-month-year and month-day-year", () => {
    const v = only("Talks opened in Doha on 14 March 2024 after a long pause.");
    expect(v).toMatchObject({ date: "2024-03-14", precision: "day", basis: "explicit", text: "14 March 2024" });
    expect(only("The envoy arrived on March 14, 2024, officials said.").date).toBe("2024-03-14");
    expect(only("It was agreed on the 3rd of June 2023.").date).toBe("2023-06-03");
    expect(only("Sept. 9, 2025 was the deadline.").date).toBe("2025-09-09");
  });

  it("reads a day written as an ordinal word before its month", () => {
    expect(only("وصل الوفد إلى الرباط في الخامس عشر من تشرين الأول").anchor).toBe("day:greg:10-15");
    expect(only("وقع البلدان المذكرة في الحادي والعشرين من يناير 2022").date).toBe("2022-01-21");
    expect(only("هیئت پاکستانی روز بیست و سوم مهر ۱۴۰۱ وارد تهران شد").date).toBe("2022-10-15");
    expect(only("The delegation left Hanoi on the twelfth of August 2021.").date).toBe("2021-08-12");
    expect(only("Elections are due on April second, the commission said.").anchor).toBe("day:greg:04-02");
    // the Arabic article written on the day's number
    expect(only("انطلقت المفاوضات في الـ12 من أيار").anchor).toBe("day:greg:05-12");
  });

  it("counts days back from the publication day", () => {
    expect(only("The envoys spoke three days ago, a spokesman said.").anchor).toBe("today-3");
    expect(only("وصل المبعوث إلى الخرطوم قبل يومين").anchor).toBe("today-2");
    expect(only("فرستاده پنج روز پیش وارد خارطوم شد").anchor).toBe("today-5");
  });

  it("does not count back from the publication day what counts back from another event", () => {
    expect(dates("فرستاده دو روز پیش از سفر رئیس‌جمهور وارد خارطوم شد")).toEqual([]);
    expect(dates("وصل المبعوث قبل يومين من القمة")).toEqual([]);
    expect(only("دیروز از خارطوم به قاهره رفت").anchor).toBe("today-1");
  });

  it("reads no day from an ordinal that describes a noun or has no month", () => {
    expect(dates("ستعقد المحادثات في الأسبوع الأول من شباط").every((d) => d.value.precision !== "day")).toBe(true);
    expect(dates("نیمه دوم اسفند هیئت به مسکو می‌رود").every((d) => d.value.precision !== "day")).toBe(true);
    expect(dates("It was the first meeting of the second round.")).toEqual([]);
    expect(dates("الاجتماع الثالث من نوعه").length).toBe(0);
  });

  it("reads Persian dates in Persian, Arabic-Indic and Latin digits", () => {
    expect(only("هیئت ایرانی ۲۵ بهمن ۱۴۰۲ وارد آنکارا شد").date).toBe("2024-02-14");
    expect(only("هیئت ایرانی 25 بهمن 1402 وارد آنکارا شد").date).toBe("2024-02-14");
    expect(only("نشست بعدی ۱۵ ژانویه ۲۰۲۶ برگزار می‌شود").date).toBe("2026-01-15");
  });

  it("converts Solar Hijri with jalaali-js", () => {
    expect(only("جشن نوروز ۱ فروردین ۱۴۰۳ آغاز شد").date).toBe("2024-03-20");
  });

  it("reads Arabic Gregorian names, Levantine names and double forms", () => {
    expect(only("التقى الوزيران في 3 شباط 2025 في عمّان").date).toBe("2025-02-03");
    expect(only("عقد الاجتماع في 15 آذار 2024 ببيروت").date).toBe("2024-03-15"); // آذار = March
    expect(only("وصل الوفد يوم 20 أكتوبر/تشرين الأول 2025 إلى الرياض").date).toBe("2025-10-20");
    expect(only("انتهت المهلة في 30 تموز (يوليو) 2024").date).toBe("2024-07-30");
  });

  it("keeps Levantine آذار (March) apart from Solar آذر (month 9)", () => {
    expect(only("في 10 آذار 2025 أعلنت الحكومة").date).toBe("2025-03-10");
    expect(only("در ۱۰ آذر ۱۴۰۳ اعلام شد").date).toBe("2024-11-30");
  });

  it("converts lunar Hijri dates with Umm al-Qura", () => {
    expect(only("بدأ الصيام في 1 رمضان 1446 هـ").date).toBe("2025-03-01");
    expect(only("صدر القرار بتاريخ ١٥ رجب ١٤٤٦هـ").date).toBe("2025-01-15");
    expect(only("أُعلن ذلك في 20 ربيع الثاني 1447 للهجرة").date).toBe("2025-10-12");
    expect(only("وصل الحجاج في 8 ذو الحجة 1445").date).toBe("2024-06-14");
    expect(only("در ۱۰ محرم ۱۴۴۶ ه.ق مراسم برگزار شد").date).toBe("2024-07-16");
  });

  it("keeps the weekday written with a date", () => {
    const v = only("هیئت روز شنبه ۲۵ فروردین ۱۴۰۳ به دوحه رسید");
    expect(v).toMatchObject({ date: "2024-04-13", weekday: 6, basis: "explicit" });
    expect(only("On Monday, 3 March 2025 the ministers met.")).toMatchObject({ date: "2025-03-03", weekday: 1 });
    expect(only("وصل الوفد الأربعاء 9 أبريل 2025 إلى القاهرة")).toMatchObject({ date: "2025-04-09", weekday: 3 });
  });

  it("gives offsets into the original text", () => {
    const s = "The envoy arrived on March 14, 2024, officials said.";
    const [d] = dates(s);
    expect(s.slice(d.start, d.end)).toBe("March 14, 2024");
  });
});

describe("month and year precision", () => {
  it("month + year", () => {
    expect(only("The embassy reopened in February 2025.")).toMatchObject({ date: "2025-02-01", precision: "month", basis: "explicit" });
    expect(only("سفارت در فوریه ۲۰۲۵ بازگشایی شد")).toMatchObject({ date: "2025-02-01", precision: "month" });
    expect(only("أعيد فتح السفارة في كانون الثاني 2025")).toMatchObject({ date: "2025-01-01", precision: "month" });
  });

  it("Solar months with or without ماه attached, ZWNJ or not", () => {
    for (const s of ["وزیر مهرماه ۱۴۰۲ استعفا داد", "وزیر مهر‌ماه ۱۴۰۲ استعفا داد", "وزیر مهر ماه ۱۴۰۲ استعفا داد", "وزیر مهر ۱۴۰۲ استعفا داد"]) {
      expect(only(s), s).toMatchObject({ date: "2023-10-01", precision: "month", basis: "explicit" });
    }
    expect(only("سفیر اسفند ۱۴۰۲ منصوب شد").date).toBe("2024-03-01");
  });

  it("year only, with a year word, an era marker or a preposition", () => {
    expect(only("این قرارداد در سال ۱۳۹۹ امضا شد")).toMatchObject({ date: "2020-01-01", precision: "year", text: "سال ۱۳۹۹" });
    expect(only("وقّعت الاتفاقية عام 2019 في جنيف")).toMatchObject({ date: "2019-01-01", precision: "year" });
    expect(only("The treaty was signed in 2019 in Geneva.")).toMatchObject({ date: "2019-01-01", precision: "year", text: "2019" });
    expect(only("تأسست الجمعية سنة 1440 هـ")).toMatchObject({ date: "2019-01-01", precision: "year" });
  });

  it("a month without a year is month precision with an anchor", () => {
    expect(only("قرار است انتخابات در ماه نوامبر برگزار شود")).toMatchObject({
      date: null,
      precision: "month",
      basis: "relative",
      anchor: "month:greg:11",
      text: "ماه نوامبر",
    });
    expect(only("ستعقد القمة في نوفمبر/تشرين الثاني المقبل")).toMatchObject({ anchor: "month:greg:11+", date: null });
    expect(only("The vote is planned for next November.")).toMatchObject({ anchor: "month:greg:11+" });
    expect(only("او در نوامبر سال گذشته برکنار شد")).toMatchObject({ anchor: "month:greg:11@year-1", date: null });
    expect(only("التقيا في مارس من العام الماضي")).toMatchObject({ anchor: "month:greg:03@year-1" });
    expect(only("مراسم در ماه رمضان برگزار شد")).toMatchObject({ anchor: "month:ah:09" });
  });

  it("a day and month without a year has a day anchor", () => {
    expect(only("وزیر ۱۲ مهر به بغداد رفت")).toMatchObject({ date: null, precision: "day", anchor: "day:sh:07-12" });
    expect(only("The minister flew to Baghdad on 4 October.")).toMatchObject({ date: null, anchor: "day:greg:10-04" });
    expect(only("The minister flew to Baghdad on October 4.")).toMatchObject({ date: null, anchor: "day:greg:10-04" });
    expect(only("سيصل الوزير في 4 أكتوبر المقبل")).toMatchObject({ anchor: "day:greg:10-04+" });
  });
});

describe("weekdays", () => {
  it("Persian weekdays with day parts and روز, with or without ZWNJ", () => {
    for (const s of ["وزیر صبح روز سه‌شنبه وارد شد", "وزیر صبح روز سهشنبه وارد شد", "وزیر صبح روز سه شنبه وارد شد"]) {
      expect(only(s), s).toMatchObject({ date: null, basis: "weekday", weekday: 2, anchor: "weekday:2", precision: "day" });
    }
    expect(only("نشست شامگاه چهارشنبه پایان یافت")).toMatchObject({ weekday: 3, text: "شامگاه چهارشنبه" });
    expect(only("رئیس‌جمهور شنبه به ترکیه رفت")).toMatchObject({ weekday: 6 });
  });

  it("Arabic weekdays with يوم, day parts, proclitics and modifiers", () => {
    expect(only("وصل الرئيس مساء يوم الإثنين إلى أنقرة")).toMatchObject({ weekday: 1, anchor: "weekday:1", text: "مساء يوم الإثنين" });
    expect(only("وكان قد التقاه والأحد في الدوحة")).toMatchObject({ weekday: 7 });
    expect(only("واجتمع المجلس الثلاثاء الماضي")).toMatchObject({ weekday: 2, anchor: "weekday:2-" });
    expect(only("ويعقد المجلس جلسته الجمعة المقبلة")).toMatchObject({ weekday: 5, anchor: "weekday:5+" });
  });

  it("English weekdays", () => {
    expect(only("The leaders spoke by phone on Wednesday.")).toMatchObject({ weekday: 3, anchor: "weekday:3", text: "Wednesday" });
    expect(only("They will meet again next Tuesday.")).toMatchObject({ anchor: "weekday:2+" });
    expect(only("He resigned last Friday evening.")).toMatchObject({ anchor: "weekday:5-", text: "last Friday evening" });
  });
});

describe("relative days, weeks, months, years", () => {
  it("today / yesterday / tomorrow in three languages", () => {
    expect(only("وزیران امروز در ژنو دیدار کردند")).toMatchObject({ anchor: "today", basis: "relative", precision: "day", date: null });
    expect(only("وزیران صبح امروز در ژنو دیدار کردند")).toMatchObject({ anchor: "today", text: "صبح امروز" });
    expect(only("وزیران دیروز در ژنو دیدار کردند")).toMatchObject({ anchor: "today-1" });
    expect(only("وزیران روز گذشته در ژنو دیدار کردند")).toMatchObject({ anchor: "today-1" });
    expect(only("وزیران فردا در ژنو دیدار می‌کنند")).toMatchObject({ anchor: "today+1" });
    expect(only("التقى الوزيران أمس في جنيف")).toMatchObject({ anchor: "today-1" });
    expect(only("يلتقي الوزيران غداً في جنيف")).toMatchObject({ anchor: "today+1" });
    // «غداء» (lunch, with its final hamza) is not «غدا» (tomorrow), though both have one key
    expect(dates("أقام الوزير مأدبة غداء على شرف ضيفه في جنيف")).toEqual([]);
    expect(only("The ministers met in Geneva yesterday.")).toMatchObject({ anchor: "today-1" });
    expect(only("The ministers will meet in Geneva tonight.")).toMatchObject({ anchor: "today" });
  });

  it("today with its weekday", () => {
    expect(only("وصل الوفد اليوم السبت إلى بغداد")).toMatchObject({ anchor: "today", weekday: 6, basis: "relative", text: "اليوم السبت" });
    expect(only("هیئت امروز (دوشنبه) به بغداد رسید")).toMatchObject({ anchor: "today", weekday: 1 });
    expect(only("وأعلن أمس الأحد أن")).toMatchObject({ anchor: "today-1", weekday: 7 });
  });

  it("weeks, months and years", () => {
    expect(only("They met last week in Oman.")).toMatchObject({ anchor: "week-1", precision: null, date: null });
    expect(only("سيزور الوزير موسكو الأسبوع المقبل")).toMatchObject({ anchor: "week+1" });
    expect(only("هیئت هفته آینده به مسکو می‌رود")).toMatchObject({ anchor: "week+1" });
    expect(only("التقيا الشهر الماضي")).toMatchObject({ anchor: "month-1", precision: "month" });
    expect(only("They will sign next month.")).toMatchObject({ anchor: "month+1" });
    expect(only("این توافق پارسال امضا شد")).toMatchObject({ anchor: "year-1", precision: "year" });
    expect(only("وقّعت الاتفاقية العام الماضي")).toMatchObject({ anchor: "year-1" });
  });
});

describe("things that are not dates", () => {
  it("numbers that are not dates", () => {
    expect(dates("صادرات ۳.۵ برابر شد و ۹۰ درصد مردم موافق بودند")).toEqual([]);
    expect(dates("Exports grew 3.5 times; 90 percent agreed; 10 comments; 2,000 troops at 10:30.")).toEqual([]);
    expect(dates("ارتفعت الصادرات 3.5 مرة و90 في المئة و10 تعليقات")).toEqual([]);
    expect(dates("The 2021 election had 1500 observers.")).toEqual([]);
  });

  it("durations", () => {
    expect(dates("پس از گذشت حدود هفت سال از آغاز جنگ")).toEqual([]);
    expect(dates("حدود سه سال پیش این روند آغاز شد")).toEqual([]);
    expect(dates("در سه روز گذشته و دو هفته گذشته درگیری ادامه داشت")).toEqual([]);
    expect(dates("خلال الأسبوعين الماضيين والأيام الماضية")).toEqual([]);
    expect(dates("Fighting has gone on for two years.")).toEqual([]);
    expect(dates("It happened over the past three days.")).toEqual([]);
  });

  it("month and weekday names that are ordinary words", () => {
    expect(dates("You may want to read The Sun; he sat down.")).toEqual([]);
    expect(dates("به گزارش خبرگزاری مهر، آب و برق قطع شد")).toEqual([]);
    expect(dates("التقى رمضان قديروف بالوزير")).toEqual([]);
    expect(dates("في اليوم التالي عاد الوفد")).toEqual([]);
    expect(dates("في ذلك اليوم عاد الوفد")).toEqual([]);
    expect(dates("مارس الوزير ضغوطاً على الحكومة")).toEqual([]); // مارس "he exerted"
    expect(dates("Thousands march through the city.")).toEqual([]);
  });

  it("Friday prayers are not a day", () => {
    expect(dates("امام جمعه تهران در نماز جمعه گفت")).toEqual([]);
    expect(dates("قال خطيب صلاة الجمعة")).toEqual([]);
    expect(dates("After Friday prayers, crowds gathered.")).toEqual([]);
  });

  it("a preposition and a count are not a year", () => {
    expect(dates("تا ۲۰۰۰ نفر در این مراسم شرکت کردند")).toEqual([]);
    expect(dates("The army sent in 2000 troops.")).toEqual([]);
    expect(only("The army went in in 2000 and left.")).toMatchObject({ date: "2000-01-01", precision: "year", text: "2000" });
    expect(only("ويقيم في المدينة منذ 2011")).toMatchObject({ date: "2011-01-01", precision: "year" });
  });

  it("weak Gregorian names after a preposition", () => {
    expect(only("عقد المؤتمر في مارس")).toMatchObject({ anchor: "month:greg:03" });
    expect(only("وصل الوفد في آب")).toMatchObject({ anchor: "month:greg:08" });
    expect(only("It happened in May.")).toMatchObject({ anchor: "month:greg:05" });
  });

  it("numbers inside names and codes are not days", () => {
    expect(dates("After COVID-19 July 2025 was quiet.").map((d) => d.value.text)).toEqual(["July 2025"]);
    expect(dates("F-16 jets and the G7 summit")).toEqual([]);
  });

  it("impossible days are not dates", () => {
    expect(dates("في 31 فبراير 2025").map((d) => d.value.precision)).toEqual(["month"]); // only "فبراير 2025"
    expect(dates("on 2025-02-30")).toEqual([]);
  });
});

describe("independence from token grouping", () => {
  it("gives the same dates with a white-space-only tokenizer", () => {
    for (const s of [
      "وصل الوفد يوم 20 أكتوبر/تشرين الأول 2025 إلى الرياض",
      "هیئت روز شنبه ۲۵ فروردین ۱۴۰۳ به دوحه رسید",
      "Filed 2024-11-05, then on 14 March 2024.",
      "صدر القرار بتاريخ ١٥ رجب ١٤٤٦هـ",
    ]) {
      const a = dates(s).map((d) => [d.start, d.end, d.value.date]);
      const b = findDates(spaceTokens(s), s).map((d) => [d.start, d.end, d.value.date]);
      expect(b, s).toEqual(a);
    }
  });

  it("works without the original text", () => {
    const s = "وصل الوفد اليوم السبت إلى بغداد";
    const [d] = findDates(spaceTokens(s));
    expect(d.value).toMatchObject({ anchor: "today", weekday: 6 });
    expect(s.slice(d.start, d.end)).toBe("اليوم السبت");
  });
});

describe("the imperial calendar («۲۵۳۶ شاهنشاهی»): Solar Hijri months, years 1180 ahead", () => {
  it("a day and a month name with an imperial year is that Solar Hijri day", () => {
    expect(only("نخست‌وزیر روز دوشنبه ۱۲ اردیبهشت ۲۵۳۶ به کابل رفت")).toMatchObject({ date: "1977-05-02", precision: "day" });
    expect(only("سفیر در ۲۵ آذرماه ۲۵۳۵ شاهنشاهی استوارنامه خود را تقدیم کرد")).toMatchObject({ date: "1976-12-16", precision: "day" });
  });
  it("a month with an imperial year, as the press of 1355–1357 dated earlier events", () => {
    expect(only("این طرح در اسفندماه ۲۵۳۴ تصویب شده بود")).toMatchObject({ date: "1976-03-01", precision: "month" });
  });
});
