// Pass 1 (entities, places from the lexicon): a first-level subdivision that Arabic news names without its head noun
// («عرتا» of «إقليم عرتا», «هلمند» of «ولاية هلمند»), where the article names its country (lexicon/subdivision-bare.ts);
// not where it does not, not in a Persian article, and not a bare name that is a city's the lexicon holds (Herat, the
// seat of «ولاية هراة»).
// Found by the horn suite (Arta); sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, P, places } from "./helpers.js";

const D = "2024-05-20";

describe("pass 1: a subdivision's Arabic name without its head noun", () => {
  it("«في هلمند» in an article about Afghanistan is Helmand Province", () => {
    const f = facts("قال مسؤولون في أفغانستان إن فيضانات جرفت عشرات المنازل في هلمند خلال الليل.", D);
    expect(places(f)).toContain("place/helmand-province");
  });
  it("«ولاية هلمند» with its head noun is read as before", () => {
    const f = facts("قال مسؤولون إن فيضانات جرفت عشرات المنازل في ولاية هلمند الأفغانية خلال الليل.", D);
    expect(places(f)).toContain("place/helmand-province");
  });
  it("not where the article does not name the country", () => {
    const f = facts("وقال المتحدث إن الفريق سيزور هلمند الأسبوع المقبل.", D);
    expect(places(f)).not.toContain("place/helmand-province");
  });
  it("a meeting «في عرتا» of an article on Djibouti is placed in the Arta region", () => {
    const f = facts("التقى الرئيس الجيبوتي إسماعيل عمر جيله يوم الأحد في عرتا الرئيس الجزائري عبد المجيد تبون، وبحثا العلاقات بين جيبوتي والجزائر.", D);
    const ev = events(f, "meeting").find((e) => e.who.includes(P("ismail-omar-guelleh")) && e.who.includes(P("abdelmadjid-tebboune")));
    expect(ev?.place).toBe("place/arta-region");
  });
  it("only in Arabic text: the Persian «وردک» of a name is no province (Maidan Wardak's «ولاية وردك»)", () => {
    const f = facts("سخنگوی وزارت خارجه افغانستان گفت محمد کریم وردک فردا به دوحه می‌رود.", D);
    expect(places(f)).not.toContain("place/maidan-wardak-province");
  });
  it("a province named after its seat: «في هراة» stays the city", () => {
    const f = facts("قال مسؤولون في أفغانستان إن زلزالا ضرب هراة فجر الأحد.", D);
    expect(places(f)).not.toContain("place/herat-province");
  });
});
