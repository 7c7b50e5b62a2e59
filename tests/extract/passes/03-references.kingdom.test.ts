// Pass 3 (_kingdom.ts): «المملكة» and "the Kingdom" alone are the kingdom the article is about; with it, two passes
// it leans on: a news agency between the dateline's dash and the lead's colon is the source, no party (02c), and a
// dateline's word that names a country and a city of another country is the city (_dateline.ts). Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const D = "2023-05-08";
const parties = (f: ArticleFacts) => f.agreements.map((a) => a.parties.map((i) => f.mentions[i].lexiconId ?? f.mentions[i].text).sort());
const placeIds = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "place" && m.confidence > 0).map((m) => m.lexiconId);

describe("«المملكة» / 'the Kingdom' alone", () => {
  it("is the dateline's kingdom (Riyadh: Saudi Arabia), a side of the agreement, and the agency is no side", () => {
    const f = facts("الرياض - واس: وقعت المملكة وجمهورية إندونيسيا اليوم مذكرة تفاهم في مجال التعدين.", D);
    expect(parties(f)).toEqual([["place/indonesia", "place/saudi-arabia"]]);
  });
  it("is Jordan under an Amman dateline (عمان is Amman there, not Oman)", () => {
    const f = facts("عمان - بترا: وقعت المملكة والاتحاد الأوروبي اليوم اتفاقية منحة لدعم قطاع المياه.", D);
    expect(parties(f)).toEqual([["org/eu", "place/jordan"]]);
    expect(placeIds(f)).not.toContain("place/muscat");
  });
  it("in English: 'the Kingdom and China signed …' under a Riyadh dateline", () => {
    expect(parties(facts("RIYADH — The Kingdom and Brazil signed a memorandum on mining on Monday.", D))).toEqual([["place/brazil", "place/saudi-arabia"]]);
  });
  it("with no kingdom in the dateline, the one kingdom the article names (by a city of it)", () => {
    const f = facts("وصل وزير الخارجية الإندونيسي إلى الرباط أمس. ووقعت المملكة وإندونيسيا اتفاقية للتعاون الثقافي.", D);
    expect(parties(f)).toEqual([["place/indonesia", "place/morocco"]]);
  });
  it("no one where the article names two kingdoms and no dateline chooses", () => {
    const f = facts("اجتمع وزيرا خارجية الأردن والمغرب في القاهرة أمس. وأكدت المملكة دعمها للحل السياسي.", D);
    expect(f.mentions.filter((m) => m.kind === "place" && m.text === "المملكة")).toEqual([]);
  });
  it("not a kingdom's longer name ('المملكة المتحدة'), nor 'the Kingdom of …'", () => {
    expect(parties(facts("وقعت المملكة المتحدة وفرنسا اتفاقية في باريس أمس.", D))).toEqual([["place/france", "place/united-kingdom"]]);
    expect(placeIds(facts("RIYADH — The Kingdom of Spain and Brazil signed a memorandum on Monday.", D))).not.toContain("place/saudi-arabia");
  });
});
