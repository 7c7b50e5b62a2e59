// resolveArticle: what one article contributes to the graph. Here: a place written with its descriptor
// ("the Bagram air base", "قاعدة حميميم الجوية") is also a mention of the bare name the lexicon knows it by,
// with that name's own offsets, while a city named inside a facility's name is not made a name of the facility.
// A Persian name with سید is also known without it. Also: the outlet a text names as its source ("منبع: X") when the loader's source names none.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import { extractArticle, processArticle } from "../../src/pipeline.js";
import { resolveArticle } from "../../src/resolve/article.js";
import { getLexicon } from "../../src/lexicon/index.js";
import type { Article } from "../../src/model.js";

function placeMentions(text: string, lang: string) {
  const article = articleFromText(`language: ${lang}\npublished: 2024-03-01\n\n${text}`, { uri: "test.txt" }) as Article;
  const r = processArticle(article);
  return r.mentions
    .filter((m) => m.kind === "place")
    .map((m) => ({ entity: m.entityId, text: m.text, at: article.text.slice(m.start, m.end) }));
}

describe("inner names of places", () => {
  it("an air base written with its descriptor is also a mention of its bare name, at the right offsets (ar)", () => {
    const ms = placeMentions("زار وزير الدفاع الروسي قاعدة حميميم الجوية يوم الأحد.", "ar");
    const base = ms.filter((m) => m.entity === "place:hmeimim").map((m) => m.text);
    expect(base).toEqual(expect.arrayContaining(["حميميم"]));
    expect(base.length).toBe(2);
    for (const m of ms) expect(m.at).toBe(m.text);
  });

  it("the same in Persian", () => {
    const ms = placeMentions("وزیر دفاع روسیه از پایگاه هوایی حمیمیم بازدید کرد.", "fa");
    expect(ms.filter((m) => m.entity === "place:hmeimim").map((m) => m.text)).toContain("حمیمیم");
  });

  it("a city inside a facility's name is not a name of the facility", () => {
    const ms = placeMentions("وصلت سفن روسية إلى قاعدة طرطوس البحرية أمس.", "ar");
    const naval = ms.filter((m) => m.entity === "place:tartus-naval-base").map((m) => m.text);
    expect(naval).toEqual(["قاعدة طرطوس البحرية"]);
  });

  it("a bare name is one mention, not two", () => {
    const ms = placeMentions("The minister flew to Hmeimim on Sunday.", "en");
    expect(ms.filter((m) => m.entity === "place:hmeimim")).toHaveLength(1);
  });
});

describe("an unknown name with an office held by a lexicon person", () => {
  it("is that person when they share a name word (a spelling the lexicon lacks)", () => {
    const text = "date 2025-05-06\n\nThe talks were attended by Hakan Fidanoglu, the Foreign Minister of Turkey, and by Ayman Safadi.";
    const r = processArticle(articleFromText(text, { uri: "t.txt" }) as Article);
    expect(r.people.map((p) => p.id)).toContain("person:hakan-fidan");
    const other = "date 2025-05-06\n\nThe talks were attended by Zeynep Korkmaz, the Foreign Minister of Turkey, and by Ayman Safadi.";
    expect(processArticle(articleFromText(other, { uri: "t.txt" }) as Article).people.map((p) => p.id)).not.toContain("person:hakan-fidan");
  });
});

describe("one report per sentence and people", () => {
  it("two events of one sentence that name the same people once resolved make one report, with one id", () => {
    const lex = getLexicon();
    const facts = extractArticle(articleFromText("date 2025-05-06\n\nHakan Fidan met Fuad Hussein in Ankara on Monday.", { uri: "t.txt" }) as Article);
    expect(facts.events).toHaveLength(1);
    // the same report twice: what the extractor gives when "ترمب" and "دونالد ترمب" both take part in one sentence
    facts.events.push({ ...facts.events[0], index: facts.events.length });
    const r = resolveArticle(facts, lex);
    expect(r.events).toHaveLength(1);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
  });
});

describe("an organisation a party stands for, though the article does not name it", () => {
  it("the body of a signatory's office is an organisation row of the article, not a place id without a row", () => {
    const article = articleFromText("language: en\npublished: 2023-03-06\n\nAntonio Guterres and Recep Tayyip Erdogan signed a memorandum on grain exports in Istanbul on Friday.", { uri: "test.txt" }) as Article;
    const r = processArticle(article);
    const ids = new Set([...r.people, ...r.places, ...r.organizations].map((e) => e.id));
    expect(r.agreements).toHaveLength(1);
    for (const id of [...r.agreements[0].partyIds, ...r.agreements[0].signatoryIds]) expect(ids.has(id), id).toBe(true);
    expect(r.agreements[0].partyIds).toEqual(expect.arrayContaining(["org:un", "place:turkey"]));
  });
});

describe("the outlet a text names as its source", () => {
  const outlets = (raw: string) => processArticle(articleFromText(raw, { uri: "test.txt" }) as Article).organizations.map((o) => o.name);
  it("the text's own source line when the loader's source names no outlet", () => {
    const body = "وزیر امور خارجه دیروز در تلفنی با همتای ژاپنی خود درباره روابط دوجانبه گفتگو کرد.\n\nمنبع: مهر\n";
    expect(outlets(`source: copied from example.org\n\n${body}`)).toContain("Mehr News Agency");
    expect(outlets(body)).toContain("Mehr News Agency");
  });
  it("the loader's source when it names an outlet", () => {
    const body = "وصل وزير الخارجية إلى الرباط أمس في زيارة رسمية.\n";
    expect(outlets(`source: وكالة مهر\n\n${body}`)).toContain("Mehr News Agency");
  });
});

describe("a Persian name written with سید", () => {
  it("is also known by the name without it (an alias and a key), as the lexicon keeps both forms", () => {
    const article = articleFromText(`language: fa\npublished: 2024-03-01\n\nحجت‌الاسلام سید حسن موسوی امام جمعه شیراز روز دوشنبه با سفیر ژاپن دیدار کرد.`, { uri: "test.txt" }) as Article;
    const p = processArticle(article).people.find((x) => x.name === "سید حسن موسوی");
    expect(p?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(["سید حسن موسوی", "حسن موسوی"]));
  });
});

describe("a reading a pass gave up", () => {
  it("a weak two-word short form read into a longer new name is no person of its own (extract/state.ts unmention)", () => {
    const article = articleFromText(`language: ar\npublished: 2024-03-01\n\nواستقبل الوزير السفير الإندونيسي بنتارا عبد المهدي بنتارا يوسف في مكتبه.`, { uri: "test.txt" }) as Article;
    const names = processArticle(article).people.map((p) => p.name);
    expect(names).toContain("بنتارا عبد المهدي بنتارا يوسف");
    expect(names).not.toContain("عبد المهدي");
  });
});

describe("names of ministries read from an office", () => {
  const orgNames = (text: string, lang: string) =>
    processArticle(articleFromText(`language: ${lang}\npublished: 2024-03-01\n\n${text}`, { uri: "test.txt" }) as Article).organizations.map((o) => o.name);

  it("capitalises each word, not the letter after an apostrophe, and never doubles 'of'", () => {
    expect(orgNames("دفتر نخست‌وزیری ایتالیا روز سه‌شنبه اعلام کرد که نخست‌وزیر به قاهره می‌رود.", "fa")).toContain("Prime Minister's Office of Italy");
    const names = orgNames("The deal for twelve patrol boats was confirmed by the Spanish ministry on Monday.", "en");
    expect(names.filter((n) => /\bof of\b/.test(n))).toEqual([]);
  });
});

describe("an outlet a dateline cites", () => {
  it("is the lexicon's outlet when the lexicon holds its name, not a second organisation of the same name", () => {
    const text = "القاهرة: «الشرق الأوسط»\nالتقى وزير الخارجية المصري في القاهرة أمس نظيره الأردني لبحث الأوضاع في المنطقة.";
    const r = processArticle(articleFromText(`language: ar\npublished: 2024-03-01\n\n${text}`, { uri: "test.txt" }) as Article);
    expect(r.organizations.map((o) => o.id)).toEqual(["org:asharq-al-awsat"]);
  });
});
