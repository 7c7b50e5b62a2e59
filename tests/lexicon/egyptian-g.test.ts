// The lexicon loader (lexicon/index.ts, egyptianGVariants) also reads a foreign person's Arabic name with ج where the
// lexicon writes غ for the Latin g: Egyptian copy and the outlets that follow it write «جونج» for «غونغ».
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import { egyptianGVariants } from "../../src/lexicon/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";

describe("egyptianGVariants: the غ of a Latin g is also ج", () => {
  it("adds the ج form of a name whose English has a g", () => {
    expect(egyptianGVariants("سيرغي شويغو", ["Sergei Shoigu"])).toEqual(["سيرغي شويغو", "سيرجي شويجو"]);
    expect(egyptianGVariants("ماو تسي تونغ", ["Mao Zedong"])).toEqual(["ماو تسي تونغ", "ماو تسي تونج"]);
  });
  it("leaves an Arabic ghain (an English gh) and a name with no غ as written", () => {
    expect(egyptianGVariants("أشرف غني", ["Ashraf Ghani"])).toEqual(["أشرف غني"]);
    expect(egyptianGVariants("فلاديمير بوتين", ["Vladimir Putin"])).toEqual(["فلاديمير بوتين"]);
    expect(egyptianGVariants("غازي", ["Ghazi"])).toEqual(["غازي"]);
  });
  it("an article in the Egyptian style finds the lexicon's people", () => {
    const text =
      "date: 2019-06-05\nsource: الأهرام\n\nموسكو - الأهرام: استقبل الرئيس الروسي فلاديمير بوتين اليوم نظيره الصيني شي جين بينج في الكرملين. وكان وزير الدفاع الكوري الجنوبي سونج يونج مو قد زار موسكو الشهر الماضي.";
    const r = processArticle(articleFromText(text, { uri: "t.txt" }) as Article);
    const names = r.people.map((p) => p.name);
    expect(names).toContain("Xi Jinping");
    expect(names).toContain("Song Young-moo");
    expect(names).not.toContain("Jean Ping");
  });
  it("a surname alone in the Egyptian style is the person named in full before", () => {
    const text =
      "date: 2016-03-10\nsource: الأهرام\n\nويندهوك - الأهرام: التقى الرئيس الناميبي هاجي جينجوب اليوم وفدا من رجال الأعمال. وقال جينجوب إن بلاده ترحب بالاستثمارات.";
    const r = processArticle(articleFromText(text, { uri: "t.txt" }) as Article);
    expect(r.people.map((p) => p.name)).toEqual(["Hage Geingob"]);
  });
  it("a one-word short form is not respelt («همایون جریر» is no «غرير»)", () => {
    const text = "date: 2001-12-05\n\nبن - همایون جریر از حزب اسلامی در نشست شرکت کرد.";
    const r = processArticle(articleFromText(text, { uri: "t.txt" }) as Article);
    expect(r.people.map((p) => p.name)).not.toContain("Jamieson Greer");
  });
});
