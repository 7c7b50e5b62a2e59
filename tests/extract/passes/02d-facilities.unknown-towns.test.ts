// Pass 2d (_unknown-towns): a town no lexicon knows, where the text says a town is named — after a city noun («در شهر
// X», «في مدينة X»; a dictionary word only with its country right after it, «شهر X ترکمنستان») or as the dateline
// before the agency («X - ایرنا:», then «در X» later) — is a place of kind city, in the country named right after it,
// else the dateline's, else the filing outlet's; the meeting told there is placed in it. Sentences written for this test.
import { describe, expect, it } from "vitest";
import type { Article, ArticleFacts } from "../../../src/model.js";
import { articleFromText } from "../../../src/ingest/index.js";
import { processArticle } from "../../../src/pipeline.js";
import { events, facts } from "./helpers.js";

const D = "2019-06-12";
const town = (f: ArticleFacts, text: string) => f.mentions.find((m) => m.kind === "place" && m.placeKind === "city" && m.text === text && !m.lexiconId);
const countryOf = (f: ArticleFacts, text: string) => {
  const w = town(f, text)?.within;
  return w === undefined ? undefined : f.mentions[w].lexiconId;
};

describe("pass 2d: a town no lexicon knows", () => {
  it("after «شهر», in the country named right after it; the meeting is held there", () => {
    // («قبله», qibla, is also a dictionary word: the country after it says it is a town)
    const f = facts("محمدجواد ظریف وزیر امور خارجه ایران روز سه‌شنبه در شهر قبله آذربایجان با المار محمدیاروف وزیر امور خارجه آذربایجان دیدار کرد.", D);
    expect(countryOf(f, "قبله")).toBe("place/azerbaijan");
    expect(events(f, "meeting").map((e) => e.place)).toEqual(["قبله"]);
  });
  it("after «شهر», a word no dictionary knows, in the country of the dateline's city", () => {
    const f = facts("تبریز - ایرنا: بیژن زنگنه وزیر نفت روز سه‌شنبه در شهر هیدج با جبار اللعیبی وزیر نفت عراق دیدار کرد. این دیدار در ایران دومین دیدار دو وزیر بود.", D);
    expect(countryOf(f, "هیدج")).toBe("place/iran");
  });
  it("after «بلدة», in the region named past its adjective; not the filing outlet's country", () => {
    const f = facts("نيودلهي 3 مارس (شينخوا) - التقى رئيس الوزراء الهندي ناريندرا مودي رئيس الوزراء الياباني شينزو آبي في بلدة كوماراكوم الساحلية بولاية كيرالا.", D);
    const w = town(f, "كوماراكوم")?.within;
    expect(w === undefined ? undefined : f.mentions[w].kind).toBe("place");
    expect(w === undefined ? undefined : f.mentions[w].placeKind).toBe("region");
  });
  it("no town of an adjective or a pronoun after «شهر»", () => {
    const f = facts("رئیس جمهور روز سه‌شنبه در شهر مقدس مشهد با وزیر خارجه عراق دیدار کرد و سپس به شهر خود بازگشت.", D);
    expect(town(f, "مقدس")).toBeUndefined();
    expect(town(f, "خود")).toBeUndefined();
  });
  it("the dateline's town before the agency, and the same word after «در» later, in the outlet's country", () => {
    const r = processArticle(articleFromText(`date: 1398-03-22\nsource: ایرنا\n\nنمین - ایرنا: نشست وزیران کشاورزی ایران و ارمنستان روز گذشته برگزار شد.\n\nمحمود حجتی وزیر جهاد کشاورزی پیش از نشست در نمین با ایگناتی آراکلیان وزیر کشاورزی ارمنستان دیدار کرد.`, { uri: "t.txt" }) as Article);
    const where = r.places.find((p) => p.name === "نمین");
    expect(where?.within).toBe("place:iran");
    expect(r.events.filter((e) => e.kind === "meeting").map((e) => e.placeId)).toContain(where?.id);
  });
});
