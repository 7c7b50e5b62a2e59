// Pass 1 (entities), more cases written for the extraction suite (fa, ar, en): lexicon hits, the longest match,
// Arabic proclitics, a misspelt surname recovered from the full name in the same article, and common words or
// country names that are also (short) names of people in the lexicon and must not be read as those people.
import { describe, expect, it } from "vitest";
import { facts, P, people, places } from "./helpers.js";

describe("pass 1: lexicon hits", () => {
  it("finds Ishaq Dar in en, fa and ar", () => {
    expect(people(facts("Pakistani Foreign Minister Ishaq Dar landed in Kabul on Saturday."))).toContain(P("ishaq-dar"));
    expect(people(facts("اسحاق دار وزیر امور خارجه پاکستان روز شنبه وارد کابل شد."))).toContain(P("ishaq-dar"));
    expect(people(facts("وصل وزير الخارجية الباكستاني إسحاق دار إلى كابل السبت."))).toContain(P("ishaq-dar"));
  });

  it("finds a place and an organisation", () => {
    const f = facts("Rafael Grossi of the International Atomic Energy Agency arrived in Tehran.");
    expect(places(f)).toContain("place/tehran");
    expect(f.mentions.some((m) => m.kind === "organization" && m.lexiconId === "org/iaea")).toBe(true);
  });
});

describe("pass 1: the longest match", () => {
  it("Khalid bin Salman is one person, not King Salman or the crown prince", () => {
    expect(people(facts("Saudi Defence Minister Khalid bin Salman arrived in Washington."))).toEqual([P("khalid-bin-salman")]);
  });

  it("ولي العهد الأمير محمد بن سلمان is the crown prince only", () => {
    expect(people(facts("استقبل ولي العهد الأمير محمد بن سلمان ضيفه في الرياض."))).toEqual([P("mohammed-bin-salman")]);
  });

  it("a palace is the palace, not only its city", () => {
    expect(places(facts("استقبل العاهل الأردني ضيفه في قصر الحسينية."))).toContain("place/al-husseiniya-palace");
    expect(places(facts("استقبل محمد بن زايد ضيفيه في قصر الوطن."))).toContain("place/qasr-al-watan");
  });
});

describe("pass 1: Arabic proclitics", () => {
  it("reads names behind و، ب، ل", () => {
    expect(people(facts("وبحث عراقجي العلاقات الثنائية."))).toContain(P("abbas-araghchi"));
    expect(people(facts("والتقى الوزير بعراقجي في الرياض."))).toContain(P("abbas-araghchi"));
    expect(people(facts("ونقل الوزير رسالة لبزشكيان من نظيره."))).toContain(P("masoud-pezeshkian"));
  });
});

describe("pass 1: misspelling recovery", () => {
  it("a misspelt surname is the person named in full in the same article", () => {
    const f = facts("Masoud Pezeshkian met Ilham Aliyev in Baku. Pezeshkyan later told reporters the visit was a success.");
    expect(people(f)).toEqual(expect.arrayContaining([P("masoud-pezeshkian"), P("ilham-aliyev")]));
    expect(people(f)).not.toContain("Pezeshkyan");
  });

  it("a misspelt surname of no one named in the article stays unknown (nobody is invented)", () => {
    expect(people(facts("Pezeshkyan later told reporters the visit was a success."))).not.toContain(P("masoud-pezeshkian"));
  });
});

describe("pass 1: common words and country names are not people", () => {
  it("سلام (peace) is not Nawaf Salam", () => {
    expect(people(facts("وأكد الجانبان دعمهما لاتفاق سلام شامل في المنطقة."))).not.toContain(P("nawaf-salam"));
  });

  // the place name "Dar es Salaam" (a region of places-subdivisions.json) is longer than the short name "Dar"
  it("Dar es Salaam is a place, not Ishaq Dar", () => {
    expect(people(facts("The summit will be held in Dar es Salaam in June."))).not.toContain(P("ishaq-dar"));
  });

  // a bare weekday that is also a town's name is the town after "to" / "in" (01-entities weekdayOrPlace)
  it("دوشنبه after به / در is Dushanbe; with روز, a modifier, از, or alone it is Monday", () => {
    const to = facts("نخست وزیر روز سه‌شنبه با هواپیما به دوشنبه رفت.", "2024-03-14");
    expect(places(to)).toContain("place/dushanbe");
    expect(to.mentions.some((m) => m.kind === "place" && m.lexiconId === "place/dushanbe")).toBe(true);
    for (const monday of ["عباس عراقچی روز دوشنبه به تهران بازگشت.", "نشست از دوشنبه آغاز می‌شود.", "عباس عراقچی دوشنبه به تهران بازگشت.", "این جلسه به دوشنبه آینده موکول شد."]) {
      expect(places(facts(monday, "2024-03-14")), monday).not.toContain("place/dushanbe");
    }
  });

  // a one-word person name that is also a place name is never used alone (lexicon loader)
  it("China in Persian (چین) is not Qin Gang", () => {
    const f = facts("وانگ یی وزیر امور خارجه چین با عباس عراقچی دیدار کرد.");
    expect(people(f)).not.toContain(P("qin-gang"));
  });

  // the ambiguous short name "Liu" followed by a word that continues the name is the given name of an unknown person
  it("Liu Binghai (unknown) is not Liu He", () => {
    expect(people(facts("Chinese Assistant Foreign Minister Liu Binghai accompanied Wang Yi."))).not.toContain(P("liu-he"));
  });

  // a short form after a rank, followed by a word that is also a town or province, is a given name and a surname
  // (_names: surnameThatIsAPlace)
  it("'Bishop Lucas Mendoza' is someone no lexicon knows, not Maria Manuela Lucas in Mendoza", () => {
    const f = facts("Bishop Lucas Mendoza blessed the new school in Sucre.");
    expect(people(f)).toContain("Lucas Mendoza");
    expect(people(f)).not.toContain(P("maria-manuela-lucas"));
    expect(places(f)).not.toContain("place/mendoza-province");
    // and the name goes on after the place word
    expect(people(facts("Governor Lucas Toledo Ramos blessed the new school."))).toContain("Lucas Toledo Ramos");
  });

  // a known given name before it makes "الخصاونة" the surname of someone else (_names: givenNameBeforeSurname)
  it("a surname inside an unknown full name is not the lexicon person with that surname", () => {
    expect(people(facts("وحضر اللقاء السفير رامي الخصاونة."))).not.toContain(P("bisher-al-khasawneh"));
  });
});
