// Pass 1 (_misspellings.recoverMisspellings, familyNameLead): a person of a country whose names lead with the
// family name in Arabic writing (cues.json familyNameLeads: China, Taiwan, the two Koreas), named in full
// in the article, is named again by the first word alone, however short («شي» of «شي جين بينغ»); not a one- or
// two-letter stop word («هو» is "he", not Hu Jintao), and not where the article never gives the name in full.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-05-16"; // a Thursday
const XI = P("xi-jinping");

describe("pass 1: an East Asian family name alone after the full name", () => {
  it("ar: «وكان شي قد التقى …» after «الرئيس الصيني شي جين بينغ»", () => {
    const f = facts("بكين - وصل الرئيس الصيني شي جين بينغ إلى بودابست اليوم الخميس في زيارة رسمية. وكان شي قد التقى أمس الأربعاء في بلغراد الرئيس الصربي ألكسندر فوتشيتش.", D);
    expect(met(f, XI, P("aleksandar-vucic")).map((e) => e.date)).toEqual(["2024-05-15"]);
  });
  it("ar: «بين بوتين وشي»: the family name behind the conjunction", () => {
    const f = facts("موسكو - وصل الرئيس الصيني شي جين بينغ إلى موسكو اليوم الخميس. وجرت محادثات بين الرئيس الروسي فلاديمير بوتين وشي في الكرملين.", D);
    expect(met(f, XI, P("vladimir-putin")).length).toBe(1);
  });
  it("fa: not read in Persian (cues familyNameLeads holds Arabic only)", () => {
    const f = facts("رئیس جمهور چین شی جین‌پینگ روز پنجشنبه وارد مسکو شد. شی روز چهارشنبه در بلگراد با الکساندر ووچیچ رئیس جمهور صربستان دیدار کرده بود.", D);
    expect(f.mentions.some((m) => m.lexiconId === XI && m.text === "شی")).toBe(false);
  });
  it("ar: not where the article never names him in full", () => {
    const f = facts("بلغراد - قال الرئيس الصربي ألكسندر فوتشيتش اليوم الخميس إن شي لم يتغير في موقف بلاده.", D);
    expect(f.mentions.some((m) => m.lexiconId === XI)).toBe(false);
  });
  it("ar: «هو», a stop word, is no Hu Jintao", () => {
    const f = facts("بكين - استقبل الرئيس الصيني السابق هو جين تاو اليوم الخميس الرئيس الصربي ألكسندر فوتشيتش. وقال فوتشيتش إن هو صديق قديم لبلاده، وأكد أن الصين شريك مهم.", D);
    const hu = P("hu-jintao");
    expect(f.mentions.filter((m) => m.lexiconId === hu).length).toBeLessThanOrEqual(1);
  });
});
