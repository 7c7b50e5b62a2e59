// Pass 2: an Arabic or Persian name no lexicon knows and no title introduces, coordinated right after a person
// ("X وY", «X و Y»), read from a given name of the language's lists (or any name word, with its own title after it); not a
// common word after X; and a name run that ends before a word with a glued و opening the next name. Also two titles
// joined by «و» before one name («جلالة الملك والرئيس X»: the first is not X's). Sentences and names written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, people, P } from "./helpers.js";

const D = "2024-03-14";
const FIDAN = P("hakan-fidan");

describe("pass 2: a name coordinated after a person", () => {
  it("ar: «التقى X وY» with و glued to an unknown name", () => {
    const f = facts("التقى هاكان فيدان وماتيو رينالدي في أنقرة يوم الاثنين.", D);
    expect(people(f)).toContain("ماتيو رينالدي");
    expect(met(f, FIDAN, "ماتيو رينالدي").map((e) => e.date)).toEqual(["2024-03-11"]);
  });
  it("fa: «X و Y» written apart", () => {
    const f = facts("هاکان فیدان و ماتئو رینالدی روز دوشنبه در آنکارا دیدار کردند.", D);
    expect(people(f)).toContain("ماتئو رینالدی");
  });
  it("ar: not a common word after the given name", () => {
    expect(people(facts("التقى هاكان فيدان وكريم في أنقرة يوم الاثنين.", D))).toEqual([FIDAN]);
  });
});

describe("pass 2: two titles joined by «و» before one name", () => {
  it("«جلالة الملك والرئيس X»: the king's title is not X's, who was never a king", () => {
    const f = facts("وكان جلالة الملك والرئيس محمود عباس قد التقيا يوم 12 فبراير 2024 في العقبة.", D);
    const abbas = f.mentions.filter((m) => m.lexiconId === P("mahmoud-abbas")).map((m) => m.index);
    expect(f.roles.filter((r) => abbas.includes(r.person)).map((r) => r.office)).not.toContain("king");
  });
  it("«نائب رئيس الوزراء ووزير الخارجية X»: one man's two posts stay his", () => {
    const f = facts("واستقبل الرئيس نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي يوم الاثنين.", D);
    const safadi = f.mentions.filter((m) => m.lexiconId === P("ayman-safadi")).map((m) => m.index);
    expect(f.roles.filter((r) => safadi.includes(r.person)).map((r) => r.office)).toContain("foreign-minister");
  });
});

describe("pass 2: a name with و glued to it ends the name before it (A3)", () => {
  it("«الرئيس X عبد الرحيم وتوماش ليبيتسكي رئيس وزراء بولندا»: two people, not one name running into the next", () => {
    const f = facts("استقبل الرئيس الموريتاني محمد عبد الرحيم ولد أحمد وتوماش ليبيتسكي رئيس وزراء بولندا أمس في نواكشوط وفد البنك الدولي.", D);
    expect(people(f).some((p) => p.includes("توماش"))).toBe(true);
    expect(people(f).some((p) => p.includes("عبد الرحيم") && p.includes("توماش"))).toBe(false);
  });
  it("a lexicon person and a foreign name no list holds, in apposition to its title, met", () => {
    const f = facts("التقى الرئيس جمال عبد الناصر وتوماش ليبيتسكي رئيس وزراء بولندا أمس في القاهرة.", "1965-03-13");
    expect(met(f, P("gamal-abdel-nasser"), "توماش ليبيتسكي").map((e) => e.date)).toEqual(["1965-03-12"]);
  });
  it("no title after it: a word no list holds as a given name is not read as a coordinated name", () => {
    const f = facts("التقى الرئيس جمال عبد الناصر وتوماش ليبيتسكي أمس في القاهرة.", "1965-03-13");
    expect(people(f)).not.toContain("توماش ليبيتسكي");
  });
  it("a name whose own word starts with و (وهبة) is no conjunction", () => {
    const f = facts("قال الرئيس اللبناني سليم وهبة إن الحكومة ستجتمع غدا.", D);
    expect(people(f).some((p) => p.includes("سليم وهبة"))).toBe(true);
  });
});
