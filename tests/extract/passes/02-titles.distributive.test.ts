// Pass 2: a plural title that each country of the list after it distributes («رؤساء كولومبيا A وبوليفيا B
// والإكوادور C»): every name holds the title's office for the country right before it, a role claim of the article
// (_distributive-titles), so a spelling the lexicon lacks is still resolved to the holder of that office on the day.
// Found by the gazettes suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article } from "../../../src/model.js";
import { processArticle } from "../../../src/pipeline.js";
import { facts } from "./helpers.js";

const D = "2023-06-10";
const TEXT = "كيتو - وحضر حفل التنصيب رؤساء كولومبيا غوستابو بيترو وبوليفيا لويس آرثي وتشيلي غابرييل بوريك، إلى جانب وزراء خارجية عدد من الدول.";

describe("pass 2: a plural title distributed over a list of countries and names", () => {
  it("«رؤساء كولومبيا A وبوليفيا B»: A is the president of Colombia, B of Bolivia", () => {
    const f = facts(TEXT, D);
    const role = (written: string) => f.roles.filter((r) => f.mentions[r.person].text === written).map((r) => [r.office, r.country]);
    expect(role("غوستابو بيترو")).toEqual([["president", "place/colombia"]]);
    expect(role("لويس آرثي")).toEqual([["president", "place/bolivia"]]);
  });
  it("the names, spelt otherwise than the lexicon, resolve to the presidents of the day", () => {
    const r = processArticle(articleFromText(`date ${D}\n\n${TEXT}`, { uri: "test.txt" }) as Article);
    const ids = r.people.map((p) => p.id);
    expect(ids).toContain("person:gustavo-petro");
    expect(ids).toContain("person:luis-arce");
  });
  it("one country and one name after a plural is no list: no role from it", () => {
    const f = facts("كيتو - وقال رؤساء كولومبيا غوستابو بيترو إن المحادثات مستمرة.", D);
    expect(f.roles.filter((r) => f.mentions[r.person].text === "غوستابو بيترو" && r.country === "place/colombia" && r.confidence === 0.7)).toEqual([]);
  });
});
