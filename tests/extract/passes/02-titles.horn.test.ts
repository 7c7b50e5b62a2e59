// Pass 2 (titles): an Arabic title in the indefinite accusative («رئيسا لـ…», «وزيرا لـ…») says in what office
// someone is sworn in, elected or appointed; no new name is read beside it («أدى X اليمين الدستورية رئيسا …» made
// «اليمين الدستورية», the oath, a person); and the Romance particles of a name as Arabic news transliterates them
// (دي، دا، ديل، فان, cues.json nameParticle) join its words without counting toward its length. Found by the horn
// suite; and a given name written with the article right after a rank or an honorific («اللواء الزبير …») opens the
// name, with a weak short form that is a given name inside its nasab (_names.definiteGivenAfterRank,
// weakGivenInRun; horn GAP.H1). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts, people } from "./helpers.js";

/** The people still standing at the end of extraction (a mention set aside keeps confidence 0). */
const live = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "person" && m.confidence > 0).map((m) => m.lexiconId ?? m.text);

const D = "2024-03-12";

describe("pass 2: no name beside an Arabic title in the indefinite accusative", () => {
  it("«اليمين الدستورية رئيسا لـ…» is no person", () => {
    const f = facts("أدى القاضي سالم بن عمر اليوم الثلاثاء اليمين الدستورية رئيسا للمحكمة الدستورية في تونس.", D);
    expect(people(f)).not.toContain("اليمين الدستورية");
  });
  it("«انتخب المجلس … رئيسا لـ…», «عُيّن … وزيرا لـ…»: no common words read as a name", () => {
    const f = facts("وانتخبت الجمعية العامة بالإجماع الدكتورة فاطمة الزهراء بنسعيد رئيسا للجنة المالية. وعين الملك محمد السادس أمس السفير يوسف العمراني مستشارا للشؤون الخارجية.", D);
    expect(people(f).filter((p) => /بالإجماع|الجمعية|أمس/.test(p))).toEqual([]);
  });
  it("the dual in construct is still a title with its names («وزيرا خارجية البلدين»)", () => {
    const f = facts("والتقى وزيرا خارجية البلدين ناصر بوريطة وأحمد عطاف في الجزائر.", D);
    expect(people(f).length).toBeGreaterThan(0);
  });
});

describe("pass 2: a transliterated name particle does not end a name after a title", () => {
  it("«… دي …», «… ديل …»: the name runs past the particle", () => {
    const f = facts("وقال الأسقف بطرس أكول دي ماجوك إن الكنيسة ترحب بالاتفاق. وأكد السفير البرازيلي أنطونيو ديل ريو ذلك.", D);
    expect(people(f)).toContain("بطرس أكول دي ماجوك");
    expect(people(f)).toContain("أنطونيو ديل ريو");
  });
});

describe("pass 2: a definite given name after a rank or an honorific opens the name", () => {
  it("«اللواء الطاهر أحمد بشير», «الدكتور الهادي عبد الله إدريس»", () => {
    expect(live(facts("وقال اللواء الطاهر أحمد بشير إن القوات انسحبت من المدينة.", D))).toEqual(["الطاهر أحمد بشير"]);
    expect(live(facts("وقال الدكتور الهادي عبد الله إدريس إن المستشفى مغلق.", D))).toEqual(["الهادي عبد الله إدريس"]);
  });
  it("a weak short form that is a given name is a word of the nasab («العميد الطاهر محمد صالح»: no Saleh)", () => {
    expect(live(facts("وقال العميد الطاهر محمد صالح إن الجنود عادوا إلى الثكنات.", D))).toEqual(["الطاهر محمد صالح"]);
    expect(live(facts("ووقع الفريق الصادق محمد صالح أمس مذكرة التفاهم مع الوفد.", D))).toEqual(["الصادق محمد صالح"]);
  });
  it("not a definite word that is no given name («رئيس بلدية البيرة عمر حماد»: the town is the title's)", () => {
    expect(live(facts("وقال رئيس بلدية البيرة عمر حماد إن الطريق مغلق.", D))).toEqual(["عمر حماد"]);
  });
});

describe("pass 2: a country adjective between an Arabic rank or honorific and a new name (02-titles afterHonorifics)", () => {
  it("«الجنرال الكيني X», «اللواء المصري X», «الدكتور التونسي X»: the name after the adjective", () => {
    expect(live(facts("وقال الجنرال الكيني جوزيف ندونغو إن القوات انتشرت في المدينة.", D))).toEqual(["جوزيف ندونغو"]);
    expect(live(facts("وقال اللواء المصري سمير فرج إن المعبر مفتوح.", D))).toEqual(["سمير فرج"]);
    expect(live(facts("وأكد الدكتور التونسي منصف بن سالم أن الدراسة اكتملت.", D))).toEqual(["منصف بن سالم"]);
  });
});
