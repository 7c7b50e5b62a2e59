// Pass 2c (a report's source outlet is an organisation): sentences written for this test.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { agreements, facts, met } from "./helpers.js";

const orgs = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "organization").map((m) => m.text);

describe("pass 2c: the outlet a report cites", () => {
  it("after a source phrase, in each language", () => {
    expect(orgs(facts("The two ministers met in Accra on Monday, according to Ghanaweb."))).toContain("Ghanaweb");
    expect(orgs(facts("Hakan Fidan arrived in Dakar, Zorbiq Daily reported."))).toContain("Zorbiq Daily");
    expect(orgs(facts("به گزارش تارنگار، عباس عراقچی دیروز وارد مسقط شد."))).toContain("تارنگار");
    expect(orgs(facts("وذكرت زوربيك نيوز أن أيمن الصفدي وصل إلى بيروت."))).toContain("زوربيك نيوز");
  });

  it("before a reporting verb at the start of a sentence", () => {
    expect(orgs(facts("تارنگار گزارش داد: عباس عراقچی دیروز وارد مسقط شد."))).toContain("تارنگار");
  });

  it("a dateline before a dash at the start of the body", () => {
    expect(orgs(facts("زوربيك نيوز - وصل أيمن الصفدي إلى بيروت مساء الأحد."))).toContain("زوربيك نيوز");
    expect(orgs(facts("(Zorbiq- Source: Zorbiq Wire) Hakan Fidan arrived in Dakar on Monday."))).toContain("Zorbiq");
  });

  it("no outlet: a person, common words, a demonym, or a long phrase", () => {
    expect(orgs(facts("The talks went well, according to Hakan Fidan."))).toEqual([]);
    expect(orgs(facts("The talks went well, according to officials."))).toEqual([]);
    expect(orgs(facts("The talks went well, citing Kenyan officials."))).toEqual([]);
    expect(orgs(facts("The talks went well, according to John Mwangi."))).toEqual([]);
    expect(orgs(facts("به گزارش خبرنگار ما، عباس عراقچی دیروز وارد مسقط شد."))).toEqual([]);
    expect(orgs(facts("نقلا عن مصادر مطلعة، وصل أيمن الصفدي إلى بيروت."))).toEqual([]);
  });
});

describe("pass 2b: organisation names written in capitals, and bodies attached to an organisation", () => {
  it("an acronym of the lexicon names its organisation only in capitals", () => {
    expect(orgs(facts("The two ministers looked at a map of the region in Rabat."))).toEqual([]);
  });
  it("a body attached to an organisation is one organisation (ar)", () => {
    expect(orgs(facts("وقع مكتب التنمية التابع للرئاسة التركية مذكرة مع الجانب العراقي."))).toContain("مكتب التنمية التابع للرئاسة التركية");
  });
});

describe("pass 2c: a person cited is no outlet", () => {
  it("a surname of a person named in the article, or of a lexicon person", () => {
    expect(orgs(facts("Ghanaian Trade Minister Zorbo Kalkan met Hakan Fidan in Accra. The talks went well, according to Kalkan."))).toEqual([]);
    expect(orgs(facts("The talks went well, according to Fidan."))).toEqual([]);
  });

  it("a region's name in an outlet's slot is the outlet, not a place", () => {
    const places = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "place").map((m) => m.lexiconId);
    const bracket = facts("ACCRA (Latin America Wire) - Hakan Fidan arrived on Monday.");
    expect(orgs(bracket)).toContain("Latin America Wire");
    expect(places(bracket)).toEqual(["place/accra"]);
    const dashColon = facts("بيروت - الشرق الأوسط: وصل هاكان فيدان يوم الاثنين.");
    expect(places(dashColon)).toEqual(["place/beirut"]);
    expect(orgs(dashColon)).toContain("الشرق الأوسط");
    const quoted = facts("وقال مسؤول لـ«الشرق الأوسط» إن هاكان فيدان وصل يوم الاثنين.");
    expect(places(quoted)).toEqual([]);
  });

  it("a region the text talks about stays a place", () => {
    const f = facts("Hakan Fidan spoke about Latin America in Accra on Monday.");
    expect(f.mentions.filter((m) => m.kind === "place").map((m) => m.lexiconId)).toContain("place/latin-america");
  });

  it("a city before a slash and the agency ('بغداد/ واع') is the dateline: an undated, unplaced meeting is there", () => {
    const f = facts("بغداد/ واع\nاستقبل هاكان فيدان، اليوم الأحد، أيمن الصفدي.", "2023-03-19");
    expect(met(f, "person/hakan-fidan", "person/ayman-safadi").map((e) => e.place)).toEqual(["place/baghdad"]);
  });

  it("the word in brackets after the dateline's city, before a colon, is the agency, not a lexicon surname («کابل (پژواک):»)", () => {
    const f = facts("کابل (پژواک): هاکان فیدان روز دوشنبه در اسلام‌آباد با فؤاد حسین دیدار کرد.", "2023-05-08");
    expect(orgs(f)).toContain("پژواک");
    expect(f.mentions.filter((m) => m.kind === "person" && m.confidence > 0).map((m) => m.lexiconId)).not.toContain("person/abdul-rahman-pazhwak");
  });

  it("a country in the dateline is read as its capital for the whole article, with or without a meeting in it", () => {
    const f = facts("الجزائر (واج) - وصل هاكان فيدان مساء الأحد في زيارة تدوم يومين.");
    expect(f.mentions.filter((m) => m.kind === "place").map((m) => m.lexiconId)).toEqual(["place/algiers"]);
  });
});

describe("pass 2c: «CITY - OUTLET:» datelines (gazettes suite)", () => {
  it("an outlet the lexicon knows, after the dash and before a colon, is the dateline's: no side of the signing after it", () => {
    const f = facts("date 2019-05-02\n\nكيتو - سبوتنيك: وقع وزير الخارجية الإكوادوري خوسيه فالنسيا ونظيره البيروفي نيستور بوبوليزيو أمس اتفاقا لترسيم الحدود البحرية.");
    const a = agreements(f);
    expect(a.length).toBe(1);
    expect(a[0].who.filter((w) => w.startsWith("org/"))).toEqual([]);
  });
});
