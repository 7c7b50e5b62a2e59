// Pass 1 on Arabic news constructions met in the tidings suite, in sentences written for these tests: a family name
// two people of the article bear (the one named in full already), a family name that is also a given name opening
// another man's name, a part of the day after a surname, an ambiguous short form on a city's name, and a comma before
// a contrastive conjunction that ends the clause of a signing, and a country whose capital bears its name before a
// "where" clause (_misspellings, _surnames, _foreign-names, 01-entities.weakShortOverPlace, _clause-breaks,
// _place-context.whereCapitals).
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P, people, places } from "./helpers.js";

const lone = (f: ReturnType<typeof facts>, text: string) => f.mentions.filter((m) => m.kind === "person" && m.text === text);

describe("pass 1: Arabic names and clauses of the tidings suite", () => {
  it("a family name two people bear is, before the second is named in full, the one named in full already", () => {
    const f = facts(
      "date 2019-03-04\n\nأربيل - استقبل رئيس الحزب الديمقراطي الكردستاني مسعود بارزاني اليوم وفدا أمريكيا. وبعد ذلك التقى بارزاني في أربيل رئيس الجمهورية برهم صالح. وكان رئيس حكومة الإقليم نيجيرفان بارزاني قد زار بغداد الشهر الماضي.",
    );
    expect(met(f, P("barham-salih"), P("masoud-barzani")).length).toBeGreaterThan(0);
    expect(lone(f, "بارزاني").map((m) => m.lexiconId)).toEqual([P("masoud-barzani")]);
    // once both are named in full, the bare name is no one's
    const g = facts("التقى مسعود بارزاني ونيجيرفان بارزاني في أربيل أمس. وقال بارزاني إن اللقاء كان مثمرا.");
    expect(lone(g, "بارزاني").filter((m) => m.lexiconId)).toEqual([]);
  });

  it("a family name that is also a given name, followed by a name word, opens another man's name", () => {
    const f = facts("التقى رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد في أديس أبابا الوسيط محمد عثمان الدردير. وقال المتحدث محمود الهادي إن اللقاء تناول الأزمة.");
    expect(f.mentions.filter((m) => m.kind === "person" && m.lexiconId === P("moussa-faki")).map((m) => m.text)).toEqual(["موسى فقي محمد"]);
    // the surname alone still is the person: "وقال محمد إن …"
    const g = facts("استقبل رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد السفير الصيني. وقال محمد إن اللقاء كان مثمرا.");
    expect(lone(g, "محمد").map((m) => m.lexiconId)).toEqual([P("moussa-faki")]);
  });

  it("a part of the day before a day after a surname is the time, no word of a name ('الرئيس صالح صباح أمس')", () => {
    const f = facts("وصل علي عبد الله صالح إلى عمان. وكان الملك قد استقبل الرئيس صالح صباح أمس في القصر، ثم التقى الرئيس صالح مساء اليوم وفدا.");
    expect(people(f).filter((p) => /صباح|مساء/.test(p))).toEqual([]);
    const g = facts("استقبل الرئيس صالح صباح أمس وفدا برلمانيا.");
    expect(people(g).filter((p) => /صباح/.test(p))).toEqual([]);
  });

  it("an ambiguous short form on the very words of a city is the city, when its person is not named in full", () => {
    const f = facts("وصل الرئيس التركي رجب طيب أردوغان إلى مدينة سوتشي الروسية اليوم، حيث التقى الرئيس فلاديمير بوتين.");
    expect(places(f)).toContain("place/sochi");
    expect(f.mentions.some((m) => m.kind === "person" && m.text === "سوتشي")).toBe(false);
  });

  it("a comma before «في حين» / 'whereas' ends the signing's clause: a refusal after it leaves the signing signed", () => {
    const f = facts("وقع وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي اليوم في عمان على خارطة طريق للتعاون، في حين رفض وزير ثالث التوقيع عليها.");
    expect(agreements(f).some((a) => a.who.includes(P("sameh-shoukry")) && a.who.includes(P("ayman-safadi")))).toBe(true);
    expect(met(f, P("sameh-shoukry"), P("ayman-safadi")).length).toBeGreaterThan(0);
    const e = facts("Norwegian Foreign Minister Espen Barth Eide and Egyptian Foreign Minister Sameh Shoukry signed the accord in Oslo on Monday, whereas a third minister refused to sign it.");
    expect(agreements(e).some((a) => a.who.includes(P("espen-barth-eide")) && a.who.includes(P("sameh-shoukry")))).toBe(true);
    // without the contrast, the refusal is the clause's own: no signing
    const n = facts("رفض وزير الخارجية المصري سامح شكري التوقيع على خارطة الطريق اليوم في عمان.");
    expect(agreements(n).filter((a) => a.status === "signed")).toEqual([]);
  });

  it("a country whose capital bears its name, right before a 'where' clause, is the capital", () => {
    const f = facts("وصل وزير الخارجية المصري إلى الرياض أمس قادما من الكويت، حيث التقى ولي العهد الكويتي.");
    expect(places(f)).toContain("place/kuwait-city");
    expect(places(f)).not.toContain("place/kuwait");
    const e = facts("The minister arrived in Riyadh on Monday from Kuwait, where he held talks with the crown prince.");
    expect(places(e)).toContain("place/kuwait-city");
    // a capital of another name leaves the country: "from France, where …"
    expect(places(facts("وصل الوزير إلى الرياض أمس قادما من فرنسا، حيث التقى نظيره الفرنسي."))).toContain("place/france");
  });
});

