// Pass 5 (events): a signing ceremony told over two sentences, where the second names a country only inside a title
// or a body's name (_joiners.sameCeremony reads a venue by the rules of an event's place, _event-facts.venueIn); a
// witnessing of a signing whose signers the next sentence names; «وجرى التوقيع بحضور X» (_ceremony.joinOnlookers);
// and the one who performs an act before «بحضور» (_gathering). Found by the horn suite; sentences written for these
// tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-12"; // a Tuesday

describe("pass 5: one signing ceremony over two sentences", () => {
  it("witnesses named with a country in their titles join the signers of the sentence before", () => {
    const f = facts("وقع وزير التجارة المغربي رياض الفاسي ووزير الصناعة الموريتاني سيدي ولد أحمد يوم أمس الاثنين في الرباط على اتفاقية للتبادل التجاري. وشهد التوقيع رئيس الحكومة المغربي عزيز أخنوش ورئيس جمهورية موريتانيا الإسلامية محمد ولد الشيخ الغزواني.", D);
    expect(met(f, P("aziz-akhannouch"), "رياض الفاسي")).toHaveLength(1);
    expect(met(f, P("mohamed-ould-ghazouani"), "سيدي ولد أحمد")).toHaveLength(1);
  });
  it("signers named in the sentence after the witnesses, one of them with a body's name holding a country", () => {
    const f = facts("شهد رئيس الحكومة المغربي عزيز أخنوش ورئيس مجلس النواب رشيد الطالبي العلمي يوم الاثنين في الرباط توقيع اتفاقية بين الحكومة والنقابات. ووقع الاتفاقية عن الحكومة وزير التشغيل يونس السكوري، وعن النقابات رئيس الاتحاد العام لمقاولات المغرب شكيب لعلج.", D);
    expect(met(f, P("aziz-akhannouch"), "يونس السكوري")).toHaveLength(1);
    expect(met(f, "شكيب لعلج", P("rachid-talbi-alami"))).toHaveLength(1);
  });
  it("a signing told with a venue of its own is another occasion", () => {
    const f = facts("شهد رئيس الحكومة المغربي عزيز أخنوش يوم الاثنين في الرباط توقيع اتفاقية للتعاون الطاقي. ووقع وزير الطاقة ليلى بنعلي ونظيرها الموريتاني الناني ولد اشروقه اتفاقية أخرى في نواكشوط.", D);
    expect(met(f, P("aziz-akhannouch"), "الناني ولد اشروقه")).toEqual([]);
  });
});

describe("pass 5: people present at a signing told in a sentence that names no signer", () => {
  it("«وجرى التوقيع بحضور X» joins the signing told before", () => {
    const f = facts("وقع وزير النقل التونسي ربيع المجيدي ونظيره الليبي محمد الشهوبي أمس الاثنين في تونس مذكرة تفاهم للنقل البري. وجرى التوقيع بحضور رئيس الحكومة التونسية أحمد الحشاني.", D);
    expect(met(f, P("ahmed-hachani"), "ربيع المجيدي")).toHaveLength(1);
    expect(met(f, P("ahmed-hachani"), "محمد الشهوبي")).toHaveLength(1);
  });
});

describe("pass 5: the one who performs an act in the presence of others is at it with them (_gathering)", () => {
  it("«أدى X اليمين الدستورية … بحضور A»", () => {
    const f = facts("أدى السيد كمال ولد سيدي اليوم الثلاثاء اليمين الدستورية رئيسا للمحكمة العليا في نواكشوط، بحضور الرئيس محمد ولد الشيخ الغزواني.", D);
    expect(met(f, "كمال ولد سيدي", P("mohamed-ould-ghazouani"))).toHaveLength(1);
  });
  it("not one who only reports it", () => {
    const f = facts("وقال المتحدث باسم الحكومة نور الدين ولد محمد إن الجسر افتتح اليوم في روصو بحضور الرئيس محمد ولد الشيخ الغزواني ووزير التجهيز محمد عالي ولد سيدي محمد.", D);
    expect(met(f, "نور الدين ولد محمد", P("mohamed-ould-ghazouani"))).toEqual([]);
  });
});
