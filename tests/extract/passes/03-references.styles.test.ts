// Passes 2 and 3 (via _styles.ts): a style of one country's office (offices.json "styles": «شاهنشاه», the monarch
// of Iran; «خادم الحرمين الشريفين» / "the Custodian of the Two Holy Mosques", the king of Saudi Arabia) with no name
// beside it is that office's holder: the one the article names, else the lexicon's holder on the publication day.
// A lexicon person named right after the style who never held that office is the next name of a list, not the
// styled ruler. A generic title alone ("the king") still names no one. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people, P } from "./helpers.js";

const SHAH = P("mohammad-reza-pahlavi");
const INDIRA = P("indira-gandhi");
const GURSEL = P("cemal-gursel");
const FAHD = P("fahd-of-saudi-arabia");
const SALMAN = P("king-salman");

describe("a ruler named by his style alone is the office's holder that day", () => {
  it("«اعلیحضرت همایون شاهنشاه آریامهر» in 1974 is Mohammad Reza Pahlavi, who meets his guest", () => {
    const f = facts("تهران - خبرگزاری پارس: اعلیحضرت همایون شاهنشاه آریامهر امروز در کاخ سعدآباد با ایندیرا گاندی نخست‌وزیر هند دیدار کردند.", "1974-10-02");
    expect(people(f)).toContain(SHAH);
    expect(met(f, SHAH, INDIRA)).toHaveLength(1);
  });

  it("with the honorifics before it, after «با» in a sentence that first tells of a short visit", () => {
    const f = facts("تهران - خبرگزاری پارس: ایندیرا گاندی نخست‌وزیر هند که برای یک دیدار دو روزه وارد تهران شد، امروز با اعلیحضرت همایون شاهنشاه دیدار و گفت‌وگو کرد.", "1974-10-02");
    expect(met(f, SHAH, INDIRA)).toHaveLength(1);
  });

  it("a list «شاهنشاه آریامهر، ژنرال X رئیس جمهوری ترکیه و …»: X keeps his own office and the style is the Shah", () => {
    const f = facts("آنکارا - خبرگزاری پارس: اعلیحضرت همایون شاهنشاه آریامهر، ژنرال جمال گورسل رئیس جمهوری ترکیه امروز در کاخ چانکایا با یکدیگر گفت‌وگو کردند.", "1963-05-10");
    expect(people(f)).toContain(SHAH);
    expect(met(f, SHAH, GURSEL)).toHaveLength(1);
  });

  it("«خادم الحرمين الشريفين» alone is the king of that day: Fahd in 1990, Salman in 2020", () => {
    const text = "جدة (واس) - استقبل خادم الحرمين الشريفين اليوم في قصر السلام رئيسة وزراء باكستان بينظير بوتو.";
    expect(people(facts(text, "1990-03-04"))).toContain(FAHD);
    const later = facts("الرياض (واس) - استقبل خادم الحرمين الشريفين اليوم في قصر اليمامة رئيس الوزراء الباكستاني عمران خان.", "2020-03-04");
    expect(people(later)).toContain(SALMAN);
    expect(people(later)).not.toContain(FAHD);
  });

  it("the style of a king the article names is that king, not the lexicon's", () => {
    const f = facts("Riyadh — King Salman bin Abdulaziz received the Indian prime minister today. Later the Custodian of the Two Holy Mosques met Imran Khan at the Yamamah Palace.", "2020-03-04");
    expect(people(f).filter((p) => p.startsWith("person/")).sort()).toEqual([P("imran-khan"), SALMAN].sort());
    expect(met(f, SALMAN, P("imran-khan"))).toHaveLength(1);
  });

  it("a generic title alone names no one: «the king» with no style stays a reference to no one", () => {
    const f = facts("Amman — The king received the visiting minister of agriculture today at the palace.", "1990-03-04");
    expect(people(f).filter((p) => p.startsWith("person/"))).toEqual([]);
  });
});

describe("pass 3: 'The Secretary-General' alone in an article of the UN's", () => {
  it("is the UN Secretary-General of the day", () => {
    const f = facts("The Secretary-General met today in Kyiv with Volodymyr Zelenskyy. The Secretary-General and the President discussed the evacuation of civilians.", "2022-04-27");
    expect(met(f, P("antonio-guterres"), P("volodymyr-zelensky"))).toHaveLength(1);
  });
  it("and of that day: Ban Ki-moon in 2012", () => {
    const f = facts("The Secretary-General met today in Damascus with Bashar al-Assad.", "2012-08-20");
    expect(met(f, P("ban-ki-moon"), P("bashar-al-assad"))).toHaveLength(1);
  });
  it("not where the article names another body with a secretary-general", () => {
    const f = facts("The Secretary-General met today in Brussels with Volodymyr Zelenskyy to discuss NATO membership.", "2022-04-27");
    expect(people(f)).not.toContain(P("antonio-guterres"));
  });
});
