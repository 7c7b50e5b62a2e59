// Pass 2 (_surnames.ts nasabInFullName): the Gulf press's full name with the father's (and grandfather's) name between
// the given name and the family name («عادل بن أحمد الجبير») is the lexicon's person named in full, not a new person
// "أحمد الجبير"; in English too, with a hyphenated family name ("Adel bin Ahmed Al-Jubeir"). Sentences written for
// this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const D = "2019-05-07";
const persons = (text: string) => facts(text, D).mentions.filter((m) => m.kind === "person" && m.confidence > 0).map((m) => m.lexiconId ?? m.text);

describe("pass 2: a nasab inside a lexicon person's full name", () => {
  it("one or two «بن …» between the given name and the family name (ar, fa)", () => {
    expect(persons("واستقبل وزير الدولة للشؤون الخارجية عادل بن أحمد الجبير في الرياض أمس سفير اليابان.")).toEqual(["person/adel-al-jubeir"]);
    expect(persons("وبحث وزير الخارجية فيصل بن فرحان بن عبدالله آل سعود مع نظيره الأردني العلاقات.")).toEqual(["person/faisal-bin-farhan"]);
    expect(persons("عادل بن احمد الجبیر وزیر مشاور در امور خارجه عربستان امروز به توکیو رفت.")).toEqual(["person/adel-al-jubeir"]);
  });
  it("another given name before the nasab is someone else's name", () => {
    expect(persons("والتقى الوزير خالد بن أحمد الجبير رجال الأعمال.")).not.toContain("person/adel-al-jubeir");
  });
  it("in English: 'X bin Y Al-Z', the family name one word or hyphenated", () => {
    expect([...new Set(persons("Minister of State Adel bin Ahmed Al-Jubeir arrived in Tokyo on Tuesday for talks."))]).toEqual(["person/adel-al-jubeir"]);
    expect(persons("The envoy later called on Adel bin Ahmed Jubeir at his office.")).toEqual(["person/adel-al-jubeir"]);
  });
  it("a lexicon short form with another father's nasab after it is a new man's given name (01-entities)", () => {
    // "Ali" is the short form of a lexicon president; "Ali bin Ahmed Al Kuwari" is someone else, read whole
    expect(persons("The envoy also met Qatari Finance Minister Ali bin Ahmed Al Kuwari in Doha.")).toEqual(["Ali bin Ahmed Al Kuwari"]);
    // a nasab the person's own names hold keeps the short form: the emir written without his family name
    expect(persons("The envoy was received by Sheikh Tamim bin Hamad at the palace.")).toEqual(["person/tamim-bin-hamad-al-thani"]);
  });
  it("a title word right before «بن» is a given name («الدكتور مساعد بن محمد X»: مساعد, assistant)", () => {
    expect(persons("وحضر الاستقبال وزير الدولة الدكتور مساعد بن محمد الزوربي.")).toEqual(["مساعد بن محمد الزوربي"]);
  });
});
