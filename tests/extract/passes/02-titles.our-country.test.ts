// Pass 2 (_place-context.ourCountry via _title-country): a title followed by the outlet's first-person possessive of
// its country («رییس‌جمهوری کشورمان», «وزیر امور خارجه کشور ما») is an office of the country of the outlet that
// publishes the article (its source header, else the agency of its dateline); with no outlet of a known country the
// country is left open. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/pipeline.js";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article, ArticleFacts } from "../../../src/model.js";
import { met, P } from "./helpers.js";

const read = (header: string, body: string): ArticleFacts => extractArticle(articleFromText(`${header}\n\n${body}`, { uri: "test.txt" }) as Article);
const roleOf = (f: ArticleFacts, text: string) => f.roles.filter((r) => f.mentions[r.person].text === text).map((r) => `${r.office}${r.country ? "@" + r.country : ""}`);

describe("pass 2: 'our country' after a title is the outlet's country", () => {
  it("the source header's outlet: an Iranian agency's «وزیر امور خارجه کشورمان» is Iran's", () => {
    const f = read("date: 2007-03-14\nsource: ایسنا", "نیویورک - منوچهر متکی وزیر امور خارجه کشورمان روز سه‌شنبه با بان کی‌مون دبیرکل سازمان ملل متحد دیدار کرد.");
    expect(roleOf(f, "منوچهر متکی")).toEqual(["foreign-minister@place/iran"]);
  });

  it("a bare «رییس‌جمهوری کشورمان» after another country's president is named is the outlet's president, not the last one named", () => {
    const f = read(
      "date: 2000-07-11\nsource: ایرنا",
      "برلین - ایرنا - سید محمد خاتمی روز دوشنبه در کاخ بلوو با یوهانس راو رییس‌جمهوری آلمان دیدار کرد. راو پس از این دیدار گفت: «روابط دو کشور ریشه‌ای تاریخی دارد.» گرهارد شرودر صدراعظم آلمان نیز عصر همان روز با رییس‌جمهوری کشورمان گفتگو کرد.",
    );
    expect(met(f, P("mohammad-khatami"), P("gerhard-schroder")).length).toBeGreaterThan(0);
    expect(met(f, P("johannes-rau"), P("gerhard-schroder"))).toEqual([]);
  });

  it("an Afghan agency in the dateline («کابل (پژواک):») makes «کشور ما» Afghanistan", () => {
    const f = read("date: 2012-05-02", "کابل (پژواک): زلمی رسول وزیر خارجه کشور ما دیروز با همتای هندی خود دیدار کرد.");
    expect(roleOf(f, "زلمی رسول")).toEqual(["foreign-minister@place/afghanistan"]);
  });

  it("a source that is a web address: its country-code domain («source: rewritten from www.isna.ir», .af)", () => {
    const body = "منوچهر متکی وزیر امور خارجه کشورمان روز سه‌شنبه با بان کی‌مون دیدار کرد.";
    expect(roleOf(read("date: 2007-03-14\nsource: rewritten from www.isna.ir", body), "منوچهر متکی")).toEqual(["foreign-minister@place/iran"]);
    expect(roleOf(read("date: 2007-03-14\nsource: https://www.example.af/news/1", body), "منوچهر متکی")).toEqual(["foreign-minister@place/afghanistan"]);
    // (a generic domain says nothing)
    expect(roleOf(read("date: 2007-03-14\nsource: rewritten from example.com", body), "منوچهر متکی")).toEqual(["foreign-minister"]);
  });

  it("the agency a report is attributed to in its first sentences («به گزارش خبرگزاری …»)", () => {
    const f = read(
      "date: 2019-05-26",
      "وزیر امور خارجه کشورمان امروز در بغداد با عادل عبدالمهدی نخست وزیر عراق گفت‌وگو کرد. به گزارش ایرنا، محمدجواد ظریف پیش از آن با محمد علی الحکیم وزیر خارجه عراق دیدار کرده بود.",
    );
    expect(met(f, P("mohammad-javad-zarif"), P("adil-abdul-mahdi"))).toHaveLength(1);
  });

  it("with no outlet of a known country the country stays open", () => {
    const f = read("date: 2007-03-14", "منوچهر متکی وزیر امور خارجه کشورمان روز سه‌شنبه با بان کی‌مون دیدار کرد.");
    expect(roleOf(f, "منوچهر متکی")).toEqual(["foreign-minister"]);
  });
});
