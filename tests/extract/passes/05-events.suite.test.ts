// Pass 5 (events), more cases written for the extraction suite: what is a meeting and what is not, in fa, ar
// and en, with other people than the first pass tests: phone call, "will meet", "is expected to", قرار است،
// من المقرر، من المنتظر، cancelled, postponed, denied, invited, one-sided "talks with officials", distributive
// "a series of meetings", "did not take place", "called off", "called on", and joins.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2025-07-10"; // a Thursday
const AL = P("ilham-aliyev");
const PA = P("nikol-pashinyan");
const BA = P("jeyhun-bayramov");
const MI = P("ararat-mirzoyan");

describe("pass 5: meetings", () => {
  const cases: Array<[string, string]> = [
    ["en met", "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday."],
    ["en held talks with", "Ilham Aliyev held talks with Nikol Pashinyan in Abu Dhabi on Thursday."],
    ["fa دیدار و گفت‌وگو کرد", "الهام علی‌اف روز پنجشنبه در ابوظبی با نیکول پاشینیان دیدار و گفت‌وگو کرد."],
    ["fa ملاقات کردند", "الهام علی‌اف و نیکول پاشینیان روز پنجشنبه در ابوظبی ملاقات کردند."],
    ["ar التقى", "التقى الرئيس الأذربيجاني إلهام علييف رئيس الوزراء الأرميني نيكول باشينيان في أبوظبي الخميس."],
    ["ar عقد مباحثات", "وعقد إلهام علييف ونيكول باشينيان مباحثات في أبوظبي الخميس."],
  ];
  for (const [name, text] of cases) it(name, () => expect(met(facts(text, D), AL, PA).length).toBeGreaterThan(0));
});

describe("pass 5: not meetings", () => {
  const cases: Array<[string, string]> = [
    ["call (en)", "Ilham Aliyev spoke by phone with Nikol Pashinyan on Thursday."],
    ["call (en) telephone conversation", "Ilham Aliyev and Nikol Pashinyan held a telephone conversation on Thursday."],
    ["call (fa)", "الهام علی‌اف روز پنجشنبه در گفت‌وگویی تلفنی با نیکول پاشینیان رایزنی کرد."],
    ["call (ar)", "تلقى إلهام علييف اتصالا هاتفيا من نيكول باشينيان الخميس."],
    ["will meet (en)", "Ilham Aliyev will meet Nikol Pashinyan in Abu Dhabi next week."],
    ["is expected to (en)", "Ilham Aliyev is expected to meet Nikol Pashinyan in Abu Dhabi."],
    ["is scheduled to (en)", "Ilham Aliyev is scheduled to hold talks with Nikol Pashinyan on Friday."],
    ["قرار است (fa)", "قرار است الهام علی‌اف هفته آینده در ابوظبی با نیکول پاشینیان دیدار کند."],
    ["انتظار می‌رود (fa)", "انتظار می‌رود الهام علی‌اف در ابوظبی با نیکول پاشینیان دیدار کند."],
    ["من المقرر (ar)", "ومن المقرر أن يلتقي إلهام علييف نيكول باشينيان في أبوظبي."],
    ["من المنتظر (ar)", "ومن المنتظر أن يلتقي إلهام علييف نيكول باشينيان في أبوظبي."],
    ["من المؤمل (ar)", "ومن المؤمل أن يلتقي إلهام علييف نيكول باشينيان في أبوظبي."],
    ["سيلتقي (ar)", "وسيلتقي إلهام علييف نيكول باشينيان في أبوظبي."],
    ["cancelled (en)", "Ilham Aliyev cancelled his meeting with Nikol Pashinyan."],
    ["cancelled (fa)", "دیدار الهام علی‌اف با نیکول پاشینیان لغو شد."],
    ["cancelled (ar)", "وألغي لقاء إلهام علييف مع نيكول باشينيان."],
    ["did not take place (fa) برگزار نشد", "دیدار الهام علی‌اف با نیکول پاشینیان برگزار نشد."],
    ["did not take place (fa) انجام نشد", "دیدار الهام علی‌اف با نیکول پاشینیان انجام نشد."],
    ["postponed (en)", "Ilham Aliyev postponed his meeting with Nikol Pashinyan."],
    ["postponed (fa)", "دیدار الهام علی‌اف و نیکول پاشینیان به تعویق افتاد."],
    ["postponed (ar)", "وتأجل لقاء إلهام علييف ونيكول باشينيان إلى موعد لاحق."],
    ["denied (en)", "Nikol Pashinyan denied that he had met Ilham Aliyev in Abu Dhabi."],
    ["denied (fa)", "نیکول پاشینیان خبر دیدار با الهام علی‌اف را تکذیب کرد."],
    ["denied after the news of the meeting (fa)", "سخنگوی دولت خبر دیدار الهام علی‌اف با نیکول پاشینیان در ابوظبی را تکذیب کرد."],
    ["did not take place (ar) لم يعقد", "أما لقاء إلهام علييف ونيكول باشينيان الذي تحدثت عنه وسائل الإعلام فلم يعقد."],
    ["denied (ar)", "ونفى نيكول باشينيان أن يكون قد التقى إلهام علييف في أبوظبي."],
    ["invited (en)", "Ilham Aliyev invited Nikol Pashinyan to visit Baku."],
    ["invited (fa)", "الهام علی‌اف از نیکول پاشینیان برای سفر به باکو دعوت کرد."],
    ["invited (ar)", "ووجه إلهام علييف دعوة إلى نيكول باشينيان لزيارة باكو."],
    ["negated (en) did not meet", "Ilham Aliyev did not meet Nikol Pashinyan in Abu Dhabi."],
    ["negated (ar) لم يلتق", "ولم يلتق إلهام علييف نيكول باشينيان في أبوظبي."],
  ];
  for (const [name, text] of cases) it(name, () => expect(met(facts(text, D), AL, PA)).toEqual([]));

  it("a phone call is kept as a call (not dropped)", () => {
    expect(events(facts("تلقى إلهام علييف اتصالا هاتفيا من نيكول باشينيان الخميس.", D), "call")).toHaveLength(1);
  });
  it("a meeting that 'did not take place' after the participants (en): a denial governs its whole clause", () => {
    expect(met(facts("A meeting between Ilham Aliyev and Nikol Pashinyan, reported by some outlets, did not take place.", D), AL, PA)).toEqual([]);
  });
  it("a denial in a later clause of the sentence does not undo the meeting", () => {
    expect(met(facts("Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday, while Baku denied reports of new clashes.", D), AL, PA)).not.toEqual([]);
    expect(met(facts("Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday. Baku denied reports of new clashes.", D), AL, PA)).not.toEqual([]);
  });
  // "called off" is no call: the call trigger "called" is read with its particle
  it("'was called off' is a cancelled meeting, not a call", () => {
    const f = facts("A meeting between Ilham Aliyev and Nikol Pashinyan was called off.", D);
    expect(events(f, "call")).toEqual([]);
  });
  // "called on" (paid a visit) is a meeting, not the call trigger "called"
  it("'A called on B' is a visit meeting, not a phone call", () => {
    expect(met(facts("Jeyhun Bayramov called on Nikol Pashinyan in Yerevan on Thursday.", D), BA, PA).length).toBeGreaterThan(0);
  });
  it("'قرار است A (سال آینده) برای دیدار با B سفر کند' is planned", () => {
    expect(met(facts("قرار است الهام علی‌اف سال آینده برای دیدار با نیکول پاشینیان به ایروان سفر کند.", D), AL, PA)).toEqual([]);
    expect(met(facts("قرار است الهام علی‌اف برای دیدار با نیکول پاشینیان به ایروان سفر کند.", D), AL, PA)).toEqual([]);
  });
});

describe("pass 5: one-sided and distributive", () => {
  it("en: A and B held talks with officials: no A+B meeting", () => {
    expect(met(facts("Jeyhun Bayramov and Ararat Mirzoyan held talks with Emirati officials in Abu Dhabi on Thursday.", D), BA, MI)).toEqual([]);
  });
  it("fa: A و B با مقامات اماراتی گفت‌وگو کردند", () => {
    expect(met(facts("جیحون بایراموف و آرارات میرزویان روز پنجشنبه در ابوظبی با مقامات اماراتی گفت‌وگو کردند.", D), BA, MI)).toEqual([]);
  });
  it("ar: A وB أجريا مباحثات مع مسؤولين إماراتيين", () => {
    expect(met(facts("وأجرى جيهون بيراموف وأرارات ميرزويان مباحثات مع مسؤولين إماراتيين في أبوظبي الخميس.", D), BA, MI)).toEqual([]);
  });
  const distributive: Array<[string, string]> = [
    ["en a series of meetings", "Hans Grundberg held a series of meetings in Muscat on Thursday with Badr Albusaidi and Mohammed Abdulsalam."],
    ["en separate talks", "Hans Grundberg held separate talks in Muscat on Thursday with Badr Albusaidi and Mohammed Abdulsalam."],
    ["fa دیدارهای جداگانه", "هانس گروندبرگ روز پنجشنبه در مسقط در دیدارهای جداگانه با بدر البوسعیدی و محمد عبدالسلام گفت‌وگو کرد."],
    ["ar سلسلة لقاءات", "وعقد هانس غروندبرغ الخميس سلسلة لقاءات في مسقط مع بدر البوسعيدي ومحمد عبد السلام."],
  ];
  for (const [name, text] of distributive) {
    it(`${name}: the host meets each, the others do not meet`, () => {
      const f = facts(text, D);
      expect(met(f, P("hans-grundberg"), P("badr-albusaidi")).length).toBeGreaterThan(0);
      expect(met(f, P("hans-grundberg"), P("mohammed-abdulsalam")).length).toBeGreaterThan(0);
      expect(met(f, P("badr-albusaidi"), P("mohammed-abdulsalam"))).toEqual([]);
    });
  }
  it("ar كلا على حدة: received A and B each separately", () => {
    const f = facts("واستقبل محمد بن زايد إلهام علييف ونيكول باشينيان كلا على حدة في قصر الوطن الخميس.", D);
    expect(met(f, P("mohamed-bin-zayed-al-nahyan"), AL).length).toBeGreaterThan(0);
    expect(met(f, AL, PA)).toEqual([]);
  });
});

describe("pass 5: join", () => {
  const cases: Array<[string, string]> = [
    ["en also attended the talks", "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday. Jeyhun Bayramov also attended the talks."],
    ["en Also present were (the attendees after the phrase)", "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday. Also present were Azerbaijan's foreign minister, Jeyhun Bayramov, and Ararat Mirzoyan."],
    ["en Among those present were", "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday. Among those present were Foreign Minister Jeyhun Bayramov and Ararat Mirzoyan."],
    ["fa نیز در این دیدار حضور داشت", "الهام علی‌اف روز پنجشنبه در ابوظبی با نیکول پاشینیان دیدار کرد. جیحون بایراموف نیز در این دیدار حضور داشت."],
    ["ar وحضر اللقاء", "التقى إلهام علييف نيكول باشينيان في أبوظبي الخميس. وحضر اللقاء جيهون بيراموف."],
    ["ar الذي حضره", "التقى إلهام علييف نيكول باشينيان في أبوظبي الخميس. وتناول اللقاء، الذي حضره جيهون بيراموف، معاهدة السلام."],
  ];
  for (const [name, text] of cases) it(name, () => expect(met(facts(text, D), BA, PA).length).toBeGreaterThan(0));

  // the meeting is the last event reported: a join reaches it past the remarks that follow it
  it("a join four sentences after the meeting still joins it", () => {
    const f = facts("Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Thursday. The talks lasted two hours. Both sides discussed trade. The weather was hot. Jeyhun Bayramov also attended the meeting.", D);
    expect(met(f, BA, PA).length).toBeGreaterThan(0);
  });
  it("'التقت X، وحضر اللقاء Z' in one sentence is a new meeting, not a join into the previous one", () => {
    const f = facts("التقت هانا تيتيه محمد المنفي في طرابلس الخميس. ثم توجهت تيتيه إلى بنغازي حيث التقت خليفة حفتر، وحضر اللقاء صدام حفتر.", D);
    expect(met(f, P("mohamed-al-menfi"), P("khalifa-haftar"))).toEqual([]);
  });
});
