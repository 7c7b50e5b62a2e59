// Pass 5 (events): «دو رئیس جمهور» (the two presidents) as the subject of a meeting after the sentence that names
// them acting together: the office inside the phrase is its head noun, not a third person that stops the phrase from
// standing for the pair; the pair may stand two sentences back when the sentence between names no one. Sentences
// written for this test. The Arabic dual «الرئيسان» / «الرئيسين» is the same phrase (_both-sides PAIR_OFFICES): the two
// presidents named before, only those two of a meeting that had others; names right after it are those it titles; and
// «در حضور دو رئیس جمهور، A … و B … امضا کردند» keeps the two presidents at the signing of the two named after the comma.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2024-03-11";
const A = "person/masoud-pezeshkian";
const B = "person/recep-tayyip-erdogan";
const opened = "مسعود پزشکیان و رجب طیب اردوغان امروز در آنکارا نمایشگاه صنعتی دو کشور را افتتاح کردند.";

describe("pass 5: «دو رئیس جمهور … دیدار کردند» after a joint act", () => {
  it("the two presidents of the sentence before meet", () => {
    expect(met(facts(`${opened} دو رئیس جمهور پس از مراسم دیدار و گفت‌وگو کردند.`, D), A, B)).toHaveLength(1);
    expect(met(facts(`${opened} دو رئیس‌جمهور پس از مراسم در دیداری دوجانبه درباره همکاری‌های انرژی گفت‌وگو کردند.`, D), A, B)).toHaveLength(1);
  });
  it("past a sentence that names no one", () => {
    expect(met(facts(`${opened} این نمایشگاه صد غرفه دارد. دو رئیس‌جمهور پس از مراسم دیدار و گفت‌وگو کردند.`, D), A, B)).toHaveLength(1);
  });
  it("not a pair that stands three sentences back, nor three people", () => {
    expect(events(facts(`${opened} این نمایشگاه صد غرفه دارد. غرفه‌ها تا جمعه باز است. دو رئیس‌جمهور پس از مراسم دیدار و گفت‌وگو کردند.`, D), "meeting")).toEqual([]);
    const three = "مسعود پزشکیان، رجب طیب اردوغان و الهام علی‌اف امروز در آنکارا نمایشگاه صنعتی را افتتاح کردند. دو رئیس‌جمهور پس از مراسم دیدار و گفت‌وگو کردند.";
    expect(events(facts(three, D), "meeting")).toEqual([]);
  });
});

describe("pass 5: the Arabic dual «الرئيسان» / «الرئيسين»", () => {
  const MUB = "person/hosni-mubarak";
  const CHI = "person/jacques-chirac";
  const EBE = "person/atef-ebeid";
  it("the two presidents named before, with no meeting of theirs told, held the earlier talks", () => {
    const text = "ألقى الرئيس المصري حسني مبارك والرئيس الفرنسي جاك شيراك كلمتين أمس في افتتاح المعرض الدولي في القاهرة، وتحدث بعدهما رئيس الوزراء المصري عاطف عبيد. وكان الرئيسان قد عقدا محادثات في قصر الإليزيه في 14 آذار الماضي.";
    const ev = met(facts(text, "2001-04-20"), MUB, CHI);
    expect(ev.map((e) => e.date)).toEqual(["2001-03-14"]);
    expect(ev[0].who).not.toContain(EBE);
  });
  it("of a meeting a prime minister attended too, only the two presidents", () => {
    const text = "افتتح الرئيس المصري حسني مبارك والرئيس الفرنسي جاك شيراك أمس في القاهرة المعرض الدولي، بحضور رئيس الوزراء المصري عاطف عبيد. وكان الرئيسان قد عقدا محادثات في قصر الإليزيه في 14 آذار الماضي.";
    const earlier = events(facts(text, "2001-04-20"), "meeting").filter((e) => e.date === "2001-03-14");
    expect(earlier.map((e) => e.who)).toEqual([[MUB, CHI].sort()]);
  });
  it("the names right after the dual are its pair: the guest of the meeting before does not join them", () => {
    const text = "استقبل الرئيس اللبناني ميشال سليمان اليوم في بعبدا الرئيس الفرنسي نيكولا ساركوزي. ثم عقد الرئيسان نبيه بري وفؤاد السنيورة اجتماعا ثنائيا في عين التينة.";
    const f = facts(text, "2008-06-07");
    const pair = met(f, "person/nabih-berri", "person/fouad-siniora");
    expect(pair).toHaveLength(1);
    expect(pair[0].who).not.toContain("person/nicolas-sarkozy");
  });
  it("«در حضور دو رئیس جمهور، A، …، و B، … امضا کردند»: the names after the comma sign before the two presidents", () => {
    const text = "ولادیمیر پوتین، رئیس جمهور روسیه، امروز در سوچی با رجب طیب اردوغان، رئیس جمهور ترکیه، دیدار کرد. پس از این دیدار، در حضور دو رئیس جمهور، سرگئی لاوروف، وزیر امور خارجه روسیه، و مولود چاووش‌اوغلو، وزیر امور خارجه ترکیه، یک یادداشت تفاهم امضا کردند.";
    const f = facts(text, "2021-09-29");
    expect(met(f, "person/vladimir-putin", "person/sergey-lavrov").length).toBeGreaterThan(0);
    expect(met(f, "person/recep-tayyip-erdogan", "person/mevlut-cavusoglu").length).toBeGreaterThan(0);
  });
});

