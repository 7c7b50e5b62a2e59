// Pass 2d (via _transliterated-places.ts and _site-towns.ts): a city or region the lexicon holds only by its English name, written in
// Arabic in a place slot (after a place noun, or after في with a country adjective), is that place when its consonant
// skeleton matches one place of the country the adjective or the article names. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, places } from "./helpers.js";

const site = (f: ReturnType<typeof facts>, text: string) => f.mentions.find((m) => m.kind === "place" && m.placeKind === "site" && m.text === text);

const D = "2024-03-05";

describe("pass 2d: transliterated cities and regions in a place slot (Arabic)", () => {
  it("after «مدينة», in the country the article names", () => {
    const f = facts("واستقبل رئيس الوزراء الهندي ناريندرا مودي أمس في مدينة لكناو رئيس الوزراء الياباني فوميو كيشيدا.", D);
    expect(places(f)).toContain("place/lucknow");
    expect(events(f).some((e) => e.place === "place/lucknow")).toBe(true);
  });
  it("after في with the country's adjective", () => {
    const f = facts("وعقد الوزيران اجتماعا أمس في هاربين الصينية لبحث التعاون.", D);
    expect(places(f)).toContain("place/harbin");
  });
  it("a region of two words after «ولاية» glued to ب", () => {
    const f = facts("وافتتح رئيس الوزراء الهندي مصنعا جديدا بولاية أوتار براديش شمالي البلاد.", D);
    expect(places(f)).toContain("place/uttar-pradesh");
  });
  it("no place for common words, nor for a name whose country the article does not name", () => {
    expect(places(facts("وعقد الاجتماع في مدينة صغيرة قرب الحدود.", D))).toEqual([]);
    expect(places(facts("وعقد الوزيران اجتماعا أمس في مدينة لكناو.", D))).toEqual([]);
    // the adjective's country decides: Harbin is no Indian city
    expect(places(facts("وعقد الوزيران اجتماعا أمس في هاربين الهندية.", D)).filter((p) => p !== "place/india")).toEqual([]);
  });
  it("no place across a one-letter conjunction (fa)", () => {
    // «و هیئت» (and the delegation) has the skeleton of Hohhot
    expect(places(facts("نشست پکن با حضور نمایندگان کشورهای منطقه و هیئت چین برگزار شد.", D)).sort()).toEqual(["place/beijing", "place/china"]);
  });
});

describe("pass 2d: a lexicon site of a country the article does not name", () => {
  it("is another building of that name, in the dateline's city", () => {
    const f = facts("الرباط (ومع) - استقبل رئيس الحكومة المغربي مساء اليوم في قصر السلام وزير الخارجية الموريتاني.", D);
    const palace = site(f, "قصر السلام");
    expect(palace?.lexiconId).toBeUndefined();
    expect(palace?.within === undefined ? undefined : f.mentions[palace.within].lexiconId).toBe("place/rabat");
  });
  it("keeps its reading where the article is filed from its country", () => {
    const f = facts("جدة (واس) - استقبل ولي العهد السعودي مساء اليوم في قصر السلام وزير الخارجية العماني.", D);
    expect(site(f, "قصر السلام")?.lexiconId).toBe("place/al-salam-palace-jeddah");
  });
});

describe("pass 2d: a place the lexicon knows in Arabic script, spelt with other long vowels after في / در", () => {
  it("«التقى في ميونيخ»: the lexicon's «ميونخ», Munich", () => {
    const f = facts("التقى محمد شياع السوداني في ميونيخ يوم السبت وزير الخارجية الأمريكي أنتوني بلينكن.", "2024-02-20");
    expect(places(f)).toContain("place/munich");
    expect(events(f, "meeting")[0]?.place).toBe("place/munich");
  });
  it("«في بروكسيل», «في كوبنهاغين»: the lexicon's «بروكسل», «كوبنهاغن»", () => {
    expect(places(facts("والتقى محمد شياع السوداني في بروكسيل وزير الخارجية أنتوني بلينكن.", "2024-02-20"))).toContain("place/brussels");
    expect(places(facts("والتقى محمد شياع السوداني في كوبنهاغين وزير الخارجية أنتوني بلينكن.", "2024-02-20"))).toContain("place/copenhagen");
  });
  it("a word of the dictionary after في is no place", () => {
    const f = facts("وبحث الجانبان في مواضيع التعاون الثنائي.", "2024-02-20");
    expect(places(f)).toEqual([]);
  });
});
