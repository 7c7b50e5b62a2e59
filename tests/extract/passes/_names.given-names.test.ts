// The names no lexicon knows, read with the given-names lexicon (src/lexicon/data/given-names.json, _names.ts
// classOf): a given name that the spelling dictionary also lists as a common word is a name word in a name slot; it
// starts the name (a common or definite word before it is not the name's), ends an Arabic title's complement, and
// a name that starts with a given name the lexicon's office holder does not have is someone else. Arabic names
// with ولد and with a family name as fourth word; a given name spelt otherwise before a known surname. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article } from "../../../src/model.js";
import { processArticle } from "../../../src/pipeline.js";
import { agreements, facts, met, people } from "./helpers.js";

const D = "2024-06-05";

/** The people of the whole pipeline (resolution included), by name. */
function resolvedPeople(text: string): string[] {
  return processArticle(articleFromText(`date ${D}\n\n${text}`, { uri: "t.txt" }) as Article).people.map((p) => p.name);
}

describe("given names the Arabic dictionary lists as common words (ar)", () => {
  it("'نزار نجار' after a title and its complement with a party behind ل ('الأمين العام لحزب الوسط')", () => {
    expect(people(facts("التقى وزير الخارجية الأردني أمس في عمان الأمين العام لحزب الوسط نزار نجار.", D))).toContain("نزار نجار");
  });
  it("'ليلى حداد' after a governor's place: a given name with ل is no ل-word of the complement", () => {
    expect(people(facts("استقبلت محافظ إربد ليلى حداد، اليوم، وفدا من البنك الدولي.", D))).toContain("ليلى حداد");
  });
  it("a town no lexicon knows before a given name is the title's, not the name's ('رئيس بلدية الزبابدة عمر نجار')", () => {
    const who = people(facts("التقى رئيس بلدية الزبابدة عمر نجار وفدا من الوكالة الألمانية للتنمية.", D));
    expect(who).toContain("عمر نجار");
    expect(who).not.toContain("الزبابدة عمر نجار");
  });
});

describe("a given name starts a Persian name read before its title (fa)", () => {
  it("'به گفته مهرداد کاظمی سخنگوی …': 'according to' is no part of the name", () => {
    const who = people(facts("به گفته مهرداد کاظمی سخنگوی وزارت نیرو، این طرح تا پایان سال اجرا می‌شود.", D));
    expect(who).toContain("مهرداد کاظمی");
    expect(who.some((w) => w.includes("گفته"))).toBe(false);
  });
});

describe("foreign given names in Persian letters (fa; given-names.json list translit.fa)", () => {
  // the Persian dictionary lists پاسکال and سیلویا as words; Arabic writes them باسكال, سيلفيا, Persian with پ and و
  it("'پاسکال مارتینز' is someone new, not the lexicon's (Hugo) Martínez", () => {
    const f = facts("عباس عراقچی روز سه‌شنبه در مادرید با پاسکال مارتینز دیدار کرد.", D);
    expect(people(f)).toContain("پاسکال مارتینز");
    expect(people(f)).not.toContain("person/hugo-martinez");
  });
  it("'سیلویا مارتینز' before a title", () => {
    expect(people(facts("عباس عراقچی روز سه‌شنبه در مکزیکوسیتی با سیلویا مارتینز وزیر اقتصاد مکزیک دیدار کرد.", D))).toContain("سیلویا مارتینز");
  });
});

describe("Arabic names longer than three words (ar)", () => {
  it("a family name with the article is the fourth word ('سالم حمدان راشد المزروعي')", () => {
    expect(people(facts("استقبل رئيس الوزراء وفدا برئاسة الشيخ سالم حمدان راشد المزروعي في مقر الحكومة.", D))).toContain("سالم حمدان راشد المزروعي");
  });
  it("ولد joins the words of a Mauritanian name and is not counted ('يعقوب ولد محمد الحسن')", () => {
    expect(people(facts("التقى وزير الخارجية الموريتاني يعقوب ولد محمد الحسن السفير الفرنسي.", D))).toContain("يعقوب ولد محمد الحسن");
  });
});

describe("a different given name is a different person (resolve/entities.ts)", () => {
  it("a new name given the office of a lexicon holder whose names lack its given name stays a new person", () => {
    const who = resolvedPeople("التقى وزير الخارجية الموريتاني يعقوب ولد محمد الحسن السفير الفرنسي.");
    expect(who).toContain("يعقوب ولد محمد الحسن");
    expect(who).not.toContain("Mohamed Salem Ould Merzoug");
  });
  it("a name with more words than the lexicon name its skeleton matches is not that person ('محمد یوسف عوفی')", () => {
    const who = resolvedPeople("محمد یوسف عوفی معاون وزیر کشور روز شنبه در کابل با سفیر ژاپن دیدار کرد.");
    expect(who).toContain("محمد یوسف عوفی");
    expect(who).not.toContain("Mahamadou Issoufou");
  });
});

describe("a given name spelt otherwise before a known surname (_cue-readings.ts givenNameVariants)", () => {
  it("'جوزاف عون' is the lexicon's جوزيف عون: a two-consonant skeleton that is the given name's own, of a word no dictionary knows", () => {
    const f = facts("استقبل الرئيس جوزاف عون في قصر بعبدا أمس وزير الخارجية الفرنسي.", D);
    expect(f.mentions.some((m) => m.text === "جوزاف عون" && m.lexiconId === "person/joseph-aoun")).toBe(true);
  });
});

describe("a hyphenated given name in English (en)", () => {
  it("'Park Min-soo': the lower-case syllable after a glued hyphen belongs to the name", () => {
    const who = people(facts("South Korean Unification Minister Park Min-soo met the envoy in Seoul on Monday.", D));
    expect(who).toContain("Park Min-soo");
    expect(who).not.toContain("Park Min-");
  });
});

describe("a one-word organisation name after a name word is the name's last word (01-entities)", () => {
  it("'عبدالقادر امین وفا والی هرات' is a governor, not the news agency WAFA", () => {
    const who = resolvedPeople("ملا عبدالقادر امین وفا والی هرات روز شنبه با سفیر ژاپن در هرات دیدار کرد.");
    expect(who).toContain("عبدالقادر امین وفا");
  });
});

describe("a surname that is a dictionary word stands for its name right after an event word (_echoes.ts)", () => {
  it("'التقت حداد …' is ليلى حداد, named in full before; 'حداد' (mourning) elsewhere is no mention of her", () => {
    const f = facts("استقبلت محافظ إربد ليلى حداد، اليوم، وفدا من البنك الدولي. وبعد ذلك التقت حداد رئيس غرفة التجارة.", D);
    expect(f.mentions.filter((m) => m.kind === "person" && m.text === "حداد").length).toBe(1);
    const g = facts("استقبلت محافظ إربد ليلى حداد، اليوم، وفدا من البنك الدولي. وأعلنت المحافظة حداد ثلاثة أيام.", D);
    expect(g.mentions.filter((m) => m.kind === "person" && m.text === "حداد")).toEqual([]);
  });
});

describe("a Persian surname that is a dictionary word stands for its name opening a sentence that tells an event (_echoes.ts)", () => {
  it("'نوروزی روز بعد با X دیدار کرد' is مهرداد نوروزی, named in full before, not the subject of the sentence before", () => {
    const f = facts("مهرداد نوروزی سفیر ایران در مسقط روز دوشنبه با بدر البوسعیدی دیدار کرد. نوروزی روز بعد با هیثم بن طارق نیز دیدار کرد.", D);
    expect(met(f, "نوروزی", "person/haitham-bin-tariq").length).toBe(1);
    expect(met(f, "person/badr-albusaidi", "person/haitham-bin-tariq")).toEqual([]);
  });
});

describe("English given names that are dictionary words", () => {
  it("'Governor Bill X', 'Minister Grace X' are read whole after the title; a month is no given name", () => {
    expect(people(facts("Governor Bill Tamsor met Hakan Fidan in Ankara on Monday.", D))).toContain("Bill Tamsor");
    expect(people(facts("Trade Minister Grace Orvelle met Hakan Fidan in Ankara on Monday.", D))).toContain("Grace Orvelle");
    expect(people(facts("The Finance Bill was passed on Monday, and Hakan Fidan met Ishaq Dar.", D)).filter((p) => /Bill/.test(p))).toEqual([]);
  });
});

describe("an Arabic given name that folds into a stop word ('علي' and the preposition 'على')", () => {
  it("'علي', written with a final yeh, is a name word in a name slot", () => {
    expect(people(facts("استقبل وزير النقل الأردني علي سالم الدباس وفدا تجاريا.", D))).toContain("علي سالم الدباس");
    expect(people(facts("استقبل وزير النقل الأردني علي الدباس وفدا تجاريا.", D))).toContain("علي الدباس");
  });
  it("'على', written with alef maqsura, is still the preposition", () => {
    expect(people(facts("أكد وزير النقل الأردني على أهمية الطرق الدولية.", D))).toEqual([]);
  });
});

describe("an English surname that is also a word, after a given name and a word no dictionary knows", () => {
  it("'President Rosa Dimaporo Mesa' keeps Mesa (mesa: a flat-topped hill)", () => {
    const f = facts("President Rosa Dimaporo Mesa met Prime Minister Teodoro Villanueva in Manila on Monday.", "2024-03-01");
    expect(people(f)).toContain("Rosa Dimaporo Mesa");
  });
  it("not after two given names: the rule needs a word no dictionary knows second ('Minister Anna Maria Garden')", () => {
    const f = facts("Minister Anna Maria Garden spoke at the opening.", "2024-03-01");
    expect(people(f)).not.toContain("Anna Maria Garden");
  });
});

describe("an English given name that is also a verb of saying ('Said')", () => {
  it("capitalised inside the sentence, before another capitalised word, starts the name after a role noun", () => {
    const f = facts("President Daler Nazarov and rebel commander Said Karim Odina signed a truce in Kabul on Friday.", "2024-03-01");
    expect(people(f)).toContain("Said Karim Odina");
    expect(agreements(f).map((a) => a.who)).toEqual([["Daler Nazarov", "Said Karim Odina"]]);
  });
  it("the verb in lower case stays a verb", () => {
    const f = facts("The rebel commander said Karim Odina would sign the truce in Kabul on Friday.", "2024-03-01");
    expect(people(f)).not.toContain("said Karim Odina");
  });
});

describe("the particle ter (Dutch) and Ter- (Armenian, written apart in Persian and Arabic) join a name", () => {
  for (const [t, name] of [
    ["رئیس جمهور ارمنستان آرام تر واردانیان روز دوشنبه در تهران سخنرانی کرد.", "آرام تر واردانیان"],
    ["ألقى الرئيس الأرميني آرام تير فاردانيان كلمة في طهران يوم الاثنين.", "آرام تير فاردانيان"],
    ["Dutch Foreign Minister Pieter ter Horst spoke in Tehran on Monday.", "Pieter ter Horst"],
    ["آرام تر واردانیان رئیس جمهوری ارمنستان روز دوشنبه وارد تهران شد.", "آرام تر واردانیان"],
  ]) {
    it(name, () => expect(people(facts(t, D))).toContain(name));
  }
});

describe("_names: a Persian compound given name written as one word (two given names)", () => {
  it("'حسینعلی X وزیر نیرو': the name before its title is read though both words are dictionary words", () => {
    const f = facts("حسینعلی آهنگر وزیر نیرو روز دوشنبه در باکو با همتای آذربایجانی خود دیدار کرد.", "2024-05-07");
    expect(people(f)).toContain("حسینعلی آهنگر");
  });
});
