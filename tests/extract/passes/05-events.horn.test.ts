// Pass 5 (events): a signing ceremony told over two sentences, where the second names a country only inside a title
// or a body's name (_joiners.sameCeremony reads a venue by the rules of an event's place, _event-facts.venueIn); a
// witnessing of a signing whose signers the next sentence names; «وجرى التوقيع بحضور X» (_ceremony.joinOnlookers);
// and the one who performs an act before «بحضور» (_gathering); a signing told in a relative clause with the document
// as the verb's object clitic («الإعلان الذي وقعه A وB», cues.json signing); a chair handed over («سلّم A مطرقة
// الرئاسة إلى B», «تسلّم A … رئاسة X من B», _cue-readings.lightVerbTriggers; "handed over the rotating chairmanship").
// Found by the horn suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

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

describe("pass 5: a signing told in a relative clause about its document is a meeting of its signers", () => {
  it("«… إعلان المبادئ الذي وقعه A وB بنيروبي في …»", () => {
    const f = facts("وتنص الاتفاقية على تنفيذ إعلان المبادئ الذي وقعه الرئيس الكيني أوهورو كينياتا ورئيس الوزراء الإثيوبي آبي أحمد بنيروبي في الخامس من مايو 2019.", D);
    expect(met(f, P("uhuru-kenyatta"), P("abiy-ahmed")).map((e) => [e.date, e.place])).toEqual([["2019-05-05", "place/nairobi"]]);
  });
});

describe("pass 5: a chair handed over from one to another is a meeting of the two", () => {
  const AZALI = P("azali-assoumani");
  const GHAZOUANI = P("mohamed-ould-ghazouani");
  it("«تسلّم A … رئاسة الاتحاد من B», with the day and the place between the verb and its object", () => {
    const f = facts("وتسلم الرئيس الموريتاني محمد ولد الشيخ الغزواني أمس السبت في أديس أبابا رئاسة الاتحاد الأفريقي من رئيس جزر القمر غزالي عثماني.", "2024-02-18");
    expect(met(f, GHAZOUANI, AZALI).map((e) => [e.date, e.place])).toEqual([["2024-02-17", "place/addis-ababa"]]);
  });
  it("«سلّم A مطرقة الرئاسة إلى B»; English 'handed over the rotating chairmanship … to B'", () => {
    expect(met(facts("وسلم رئيس جزر القمر غزالي عثماني أمس السبت في أديس أبابا مطرقة رئاسة الاتحاد إلى نظيره الموريتاني محمد ولد الشيخ الغزواني.", "2024-02-18"), AZALI, GHAZOUANI)).toHaveLength(1);
    expect(met(facts("Comoros President Azali Assoumani handed over the rotating chairmanship of the African Union to Mauritania's Mohamed Ould Ghazouani in Addis Ababa on Saturday.", "2024-02-18"), AZALI, GHAZOUANI)).toHaveLength(1);
  });
  it("«وكان A قد تسلّم الرئاسة … من B»: a pluperfect after كان, no possibility (قد before a verb in ت)", () => {
    const f = facts("وكان الرئيس الموريتاني محمد ولد الشيخ الغزواني قد تسلم الرئاسة الدورية يوم 17 فبراير 2024 من رئيس جزر القمر غزالي عثماني.", "2025-01-10");
    expect(events(f).filter((e) => e.who.includes(AZALI)).map((e) => [e.kind, e.date])).toEqual([["meeting", "2024-02-17"]]);
  });
  it("a letter received from a presidency is no handover", () => {
    expect(events(facts("وتسلم الرئيس الموريتاني محمد ولد الشيخ الغزواني رسالة خطية من رئاسة الجمهورية الجزائرية.", "2024-02-18"), "meeting")).toEqual([]);
  });
});

describe("pass 5: a signing told on in a contrast clause of the same sentence (_signings.contrastSigners)", () => {
  const lead = "ووقع الاتفاق عن الحكومة وزير الخارجية عبد الله ديوب، وعن التنسيقية رئيسها بلال أغ الشريف، ";
  it("«…، في حين وقعه شاهدا C وD»: the witnesses who sign are at the signers' table", () => {
    const f = facts(`${lead}في حين وقعه شاهدا وزير الخارجية الجزائري رمطان لعمامرة والمبعوث الأممي منجي حمدي.`, D);
    expect(met(f, P("abdoulaye-diop"), P("ramtane-lamamra"))).toHaveLength(1);
    expect(met(f, "بلال أغ الشريف", "منجي حمدي")).toHaveLength(1);
  });
  it("in English too: '…, while C signed it as a witness'", () => {
    const f = facts("Foreign Minister Abdoulaye Diop and Bilal Ag Acherif signed the accord, while the UN envoy Mongi Hamdi signed it as a witness.", D);
    expect(met(f, P("abdoulaye-diop"), P("mongi-hamdi"))).toHaveLength(1);
  });
  it("not one who refuses in that clause, nor one who signs on a day and in a place of his own", () => {
    const refused = facts(`${lead}في حين رفض الأمين العام للحركة سيدي إبراهيم ولد سيداتي التوقيع عليه.`, D);
    expect(events(refused, "meeting").flatMap((e) => e.who).filter((w) => /سيداتي/.test(w))).toEqual([]);
    const apart = facts("وقع وزير الخارجية عبد الله ديوب ورئيس التنسيقية بلال أغ الشريف الاتفاق، في حين وقعه المبعوث الأممي منجي حمدي في نيويورك يوم الاثنين.", D);
    expect(events(apart, "meeting").flatMap((e) => e.who)).not.toContain(P("mongi-hamdi"));
  });
});
