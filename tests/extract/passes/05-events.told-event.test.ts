// Pass 5 (_told-event): an event noun that points back at a contact already told ("this meeting", «این دیدار»,
// «هذا اللقاء», «قبل اللقاء», «وبعد الاجتماع») is the time or setting of its sentence, no contact of its own between
// the people it names; and the Persian «از زمان» (since) opens a span whose date dates no event (_event-parts.isSince).
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-03-11";
const pairs = (f: ReturnType<typeof facts>) => events(f, "meeting").map((e) => e.who);

describe("pass 5: an event noun pointing back at the contact told", () => {
  it("fa: «پیش از این دیدار … در نامه‌ای به X» and «X در این دیدار با اشاره به Y گفت» make no contact", () => {
    const f = facts("امانوئل ماکرون امروز در پاریس با اولاف شولتس دیدار کرد. پیش از این دیدار، آنتونیو گوترش در نامه‌ای به ماکرون خواستار آتش‌بس شده بود. ماکرون در این دیدار با اشاره به سفر سرگئی لاوروف گفت که فرانسه آماده گفت‌وگو است.", D);
    expect(pairs(f)).toEqual([[P("emmanuel-macron"), P("olaf-scholz")]]);
  });
  it("ar: «وقبل اللقاء بعث X رسالة إلى Y» and «وقال X خلال هذا اللقاء إن زيارة Y …» make no contact", () => {
    const f = facts("استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس المستشار الألماني أولاف شولتس. وقبل اللقاء، بعث أنطونيو غوتيريش رسالة إلى ماكرون. وقال ماكرون خلال هذا اللقاء إن زيارة سيرغي لافروف كانت مفيدة.", D);
    expect(pairs(f)).toEqual([[P("emmanuel-macron"), P("olaf-scholz")]]);
  });
  it("a meeting told with the noun and its own verb, or before any contact is told, stays", () => {
    const verb = facts("امانوئل ماکرون امروز در پاریس با اولاف شولتس دیدار کرد. این دو رهبر فردا نیز با جو بایدن دیدار خواهند کرد.", D);
    expect(events(verb, "meeting")).toHaveLength(1);
    const first = facts("در این دیدار که امروز در پاریس برگزار شد، امانوئل ماکرون و اولاف شولتس روابط دو کشور را بررسی کردند.", D);
    expect(pairs(first)).toEqual([[P("emmanuel-macron"), P("olaf-scholz")]]);
  });
  it("fa: «این نخستین دیدار دو رهبر از زمان … در ماه مه است» dates nothing: one meeting, of its own day", () => {
    const f = facts("امانوئل ماکرون و اولاف شولتس روز دوشنبه در پاریس با یکدیگر دیدار کردند. این نخستین دیدار حضوری دو رهبر از زمان انتخاب دوباره ماکرون در ماه مه است.", D);
    expect(events(f, "meeting").map((e) => [e.who, e.date])).toEqual([[[P("emmanuel-macron"), P("olaf-scholz")], "2024-03-11"]]);
  });
});

describe("pass 5: who stands in a span of 'since' is no side", () => {
  it("en: 'the highest-level meeting … since President X took office' leaves X out", () => {
    const f = facts("Secretary of State Antony Blinken met President Xi Jinping in Beijing on Monday, the highest-level meeting between the two countries since President Joe Biden took office.", D);
    expect(pairs(f)).toEqual([[P("antony-blinken"), P("xi-jinping")]]);
  });
  it("ar: «في أول لقاء منذ تولي X منصبه» leaves X out", () => {
    const f = facts("التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس الصيني شي جين بينغ في بكين اليوم، في أرفع لقاء منذ تولي الرئيس جو بايدن منصبه.", D);
    expect(pairs(f)).toEqual([[P("antony-blinken"), P("xi-jinping")]]);
  });
});

describe("pass 5: 'officials close to X' are X's circle, not X (cues.json genitive)", () => {
  it("en and ar: meeting officials close to X is no meeting with X", () => {
    const en = facts("Khalifa Haftar's son Saddam Haftar met officials close to Abdul Hamid Dbeibah in Rome last summer.", D);
    expect(pairs(en)).toEqual([]);
    const ar = facts("والتقى صدام حفتر في روما الصيف الماضي مسؤولين مقربين من عبد الحميد الدبيبة.", D);
    expect(pairs(ar)).toEqual([]);
  });
});
