// Pass 2d (buildings where officials meet, by their head noun): sentences written for this test.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const sites = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "place" && m.placeKind === "site").map((m) => m.text);
const placeIds = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "place").map((m) => m.lexiconId ?? m.text);

describe("pass 2d: buildings where officials meet", () => {
  it("English: capitalised words before a building's head noun", () => {
    expect(sites(facts("Hakan Fidan met Ayman Safadi at Zorbiq Palace in Amman on Monday."))).toContain("Zorbiq Palace");
    expect(sites(facts("Ruto received Hakan Fidan at the Governor's House in Mombasa."))).toContain("Governor's House");
    // no capitalised name before the head: no building
    expect(sites(facts("Hakan Fidan said the house was full."))).toEqual([]);
  });

  it("English: the Gulf ruler's Diwan, whose adjective is no one's name though the lexicon has it as a surname", () => {
    const f = facts("The crown prince received Hakan Fidan at the Amiri Diwan in Doha on Monday.");
    expect(placeIds(f)).toContain("Amiri Diwan");
    expect(f.mentions.filter((m) => m.kind === "person").map((m) => m.lexiconId ?? m.text)).not.toContain("person/hadi-al-amiri");
  });

  it("Persian: a building's head and the place after it; the place stays a place of its own", () => {
    const f = facts("عباس عراقچی در استانداری شیراز با هاکان فیدان دیدار کرد.");
    expect(sites(f)).toContain("استانداری شیراز");
    expect(placeIds(f)).toContain("place/shiraz");
  });

  it("Arabic: a definite building head and its definite adjectives", () => {
    expect(sites(facts("استقبل أيمن الصفدي نظيره التركي هاكان فيدان في القصر الرئاسي ببغداد."))).toContain("القصر الرئاسي");
    // a definite noun with adjectives that is no building is left alone
    expect(sites(facts("وبحث أيمن الصفدي مع هاكان فيدان الوضع الإقليمي."))).toEqual([]);
  });

  it("an embassy named with its city is the building", () => {
    const f = facts("عباس عراقچی در سفارت ایران در مسکو با سرگئی لاوروف دیدار کرد.");
    expect(sites(f)).toContain("سفارت ایران در مسکو");
    expect(placeIds(f)).toContain("place/moscow");
  });
});

describe("places: homographs, lower case and shared names", () => {
  it("a Persian place name that is a common word is the place only where a place can stand", () => {
    expect(placeIds(facts("همکاری‌های مالی ایران و عراق گسترش می‌یابد."))).not.toContain("place/mali");
    expect(placeIds(facts("سفیر ایران در مالی با عباس عراقچی دیدار کرد."))).toContain("place/mali");
  });
  it("English: a lower-case dictionary word is no place; a lower-case country name still is", () => {
    expect(placeIds(facts("Hakan Fidan said it was a nice day for the talks."))).not.toContain("place/nice");
    expect(placeIds(facts("Hakan Fidan met the president of venezuela."))).toContain("place/venezuela");
  });
  it("a name two places share is the one the article points to (Oman or Amman)", () => {
    expect(placeIds(facts("وصل وزير الخارجية الأردني أيمن الصفدي إلى عمان قادما من القاهرة، وقال إن الأردن يدعم الحوار."))).toContain("place/amman");
    expect(placeIds(facts("وصل وزير الخارجية العماني بدر البوسعيدي إلى عمان قادما من مسقط."))).toContain("place/oman");
  });
});
