// Pass 2: where a name no lexicon knows ends beside its title. Persian: an ordinal or superlative before the title
// is the title's ("X نخستین وزیر …"), a Dari army rank before the name is no word of it ("جنرال X"); Arabic: a
// posted office "لدى البلاد" (to this country) is followed by its holder's name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, people } from "./helpers.js";

const D = "2024-06-05";

describe("pass 2: the ends of a new name beside its title", () => {
  it("Persian: an ordinal before the title is not the name's last word", () => {
    expect(people(facts("مانفرد کلاین نخستین وزیر خارجه اتریش است که به تهران سفر می‌کند.", D))).toEqual(["مانفرد کلاین"]);
    expect(people(facts("روبرتو مارتینی دومین وزیر خارجه ایتالیا است که به کابل می‌رود.", D))).toEqual(["روبرتو مارتینی"]);
  });
  it("Dari: the rank جنرال before a name is no word of it", () => {
    expect(people(facts("قرار بود والی روز شنبه با جنرال ریچارد دانت فرمانده نیروهای ناتو در هلمند دیدار کند.", D))).toContain("ریچارد دانت");
  });
  it("Persian and Arabic: a marshal's rank before a name is no word of it", () => {
    expect(people(facts("وزیر خارجه امروز در ورشو با مارشال آندری کالینوفسکی فرمانده ارتش لهستان دیدار کرد.", D))).toContain("آندری کالینوفسکی");
    expect(people(facts("والتقى وزير الخارجية في وارسو المارشال أندريه كالينوفسكي قائد الجيش البولندي.", D))).toContain("أندريه كالينوفسكي");
  });
  it("Arabic: 'سفير … لدى البلاد X' names the ambassador", () => {
    const f = facts("استقبل وزير الداخلية الكويتي الشيخ فهد اليوسف اليوم سفير تونس لدى البلاد هشام الزغلامي.", D);
    expect(people(f)).toContain("هشام الزغلامي");
  });
  it("Persian: a weak short form of another person before a new surname and a title is the new name's first word", () => {
    const who = people(facts("حضور نواز سلطانی‌فر، رهبر این حزب، در همایش خشم مقام‌ها را برانگیخت.", D));
    expect(who).toContain("نواز سلطانی‌فر");
    expect(who.filter((w) => w.startsWith("person/"))).toEqual([]);
  });
});

describe("pass 2: Persian سید inside a name", () => {
  it("'X سید Y' before a body's chief title is one name", () => {
    const f = facts("سردار نوری در سلیمانیه با کامران سید رحیم هماهنگ‌کننده جنبش تغییر دیدار کرد.", D);
    expect(people(f)).toContain("کامران سید رحیم");
  });
});

describe("pass 2: an Arabic family name that is also another word", () => {
  it("a nisba right before the title, after a given name, is the family name, not the title's demonym", () => {
    const f = facts("ووقع الاتفاقية عن الجانب القطري سعادة علي أحمد الكويتي وزير التجارة، وعن الجانب التركي السفير محمد أوزتورك.", D);
    expect(people(f)).toContain("علي أحمد الكويتي");
    expect(people(f)).not.toContain("علي أحمد");
    // (the nisba names no state: Kuwait is no party to the agreement)
    expect(agreements(f).flatMap((a) => a.who)).not.toContain("place/kuwait");
  });
  it("the title's demonym after the title stays the title's", () => {
    expect(people(facts("واستقبل الرئيس اليوم علي أحمد وزير التجارة الكويتي.", D))).toContain("علي أحمد");
  });
  it("after an honorific, a last word that could be a verb ends the name at the apposition's comma", () => {
    const f = facts("وجرى اللقاء بحضور مدير المكتب، السيد عبد الكريم خلف، ووزير المالية السيد حسن ماجد.", D);
    expect(people(f)).toContain("عبد الكريم خلف");
    expect(people(f)).not.toContain("عبد الكريم");
  });
});
