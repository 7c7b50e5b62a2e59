// Pass 5: a Persian relative clause of a person's part in the talks told before («که میزبان نشست بود», «که میانجی
// مذاکرات بود») is no contact of its own, and its person was at those talks (_role-relatives); an initialling
// («پاراف کردند») is a signing whose ceremony the next sentence's onlookers join (cues.json signing). Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

describe("pass 5: «X که میزبان نشست بود»", () => {
  it("the host of the talks told before joins them; no meeting of the host alone", () => {
    const f = facts(
      "رجب طیب اردوغان و ولادیمیر پوتین دیروز در آنکارا مذاکرات خود را آغاز کردند. عبدالفتاح السیسی رئیس جمهوری مصر که میزبان نشست بود، در پایان بیانیه‌ای خواند.",
      "2022-03-02",
    );
    expect(met(f, "person/vladimir-putin", "person/abdel-fattah-el-sisi").length).toBeGreaterThan(0);
    expect(met(f, "person/recep-tayyip-erdogan", "person/abdel-fattah-el-sisi").length).toBeGreaterThan(0);
  });

  it("a mediator named in an occasion's presence list is at the signing, not at a meeting of his own", () => {
    const f = facts(
      "نارندرا مودی و شیخ حسینه روز دوشنبه موافقتنامه مرزی را پاراف کردند. مراسم پاراف با حضور جان کری وزیر امور خارجه آمریکا و بان کی‌مون که میانجی اصلی گفتگوها بود برگزار شد.",
      "2015-06-09",
    );
    expect(met(f, "person/narendra-modi", "person/john-kerry").length).toBeGreaterThan(0);
    expect(met(f, "person/sheikh-hasina", "person/ban-ki-moon").length).toBeGreaterThan(0);
  });

  it("a pluperfect contact in a relative clause stays a contact", () => {
    const f = facts("ولادیمیر پوتین که دیروز با رجب طیب اردوغان دیدار کرده بود، امروز به تهران رفت.", "2022-07-20");
    expect(met(f, "person/vladimir-putin", "person/recep-tayyip-erdogan").length).toBeGreaterThan(0);
  });
});
