// Pass 7 (agreements): agreed / signed with parties and signatories; "we agreed" = the speaker and the
// person they met; "the two sides signed"; and what is not an agreement: "stressed the importance of",
// "agreed to continue dialogue", a planned signing.
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 7: agreements", () => {
  it("signed an MoU: signatories and their countries as parties (en)", () => {
    const a = agreements(facts("Hakan Fidan and Fuad Hussein signed a memorandum of understanding on water cooperation in Ankara on Monday.", "2025-05-06"));
    expect(a).toHaveLength(1);
    expect(a[0].status).toBe("signed");
    expect(a[0].who).toEqual(expect.arrayContaining([FIDAN, HUSSEIN, "place/turkey", "place/iraq"]));
  });

  it("امضا کردند (fa)", () => {
    const a = agreements(facts("هاکان فیدان و فؤاد حسین روز دوشنبه یک یادداشت تفاهم همکاری آبی امضا کردند.", "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
  });

  it("وقع الجانبان after a meeting: the two sides are the people who met (ar)", () => {
    const a = agreements(facts("التقى هاكان فيدان، الاثنين، فؤاد حسين في أنقرة. ووقع الجانبان مذكرة تفاهم للتعاون في مجال المياه.", "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
  });

  it("the two ministers signed (ar: وقع الوزيران)", () => {
    const a = agreements(facts("التقى هاكان فيدان، الاثنين، فؤاد حسين في أنقرة. ووقّع الوزيران اتفاقية للتعاون في مجال النقل.", "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
  });

  it("agreed on a joint committee: an agreement (en)", () => {
    const a = agreements(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. The two ministers agreed to set up a joint committee on water.", "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
  });

  it("'we agreed' = the speaker and the person they met", () => {
    const a = agreements(facts('Hakan Fidan met Fuad Hussein in Ankara on Monday. Fidan said: "We agreed to open a new border crossing."', "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
  });

  it("'ما ... به توافق رسیدیم' = the speaker and the person they met (fa)", () => {
    const a = agreements(facts("هاکان فیدان روز دوشنبه با فؤاد حسین دیدار کرد. فیدان گفت: ما با همتای عراقی خود بر سر بازگشایی گذرگاه جدید به توافق رسیدیم.", "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
  });

  it("'stressed the importance of' is not an agreement (en, fa, ar)", () => {
    expect(agreements(facts("Hakan Fidan and Fuad Hussein stressed the importance of water cooperation.", "2025-05-06"))).toEqual([]);
    expect(agreements(facts("هاکان فیدان و فؤاد حسین بر اهمیت همکاری آبی تأکید کردند.", "2025-05-06"))).toEqual([]);
    expect(agreements(facts("وشدد هاكان فيدان وفؤاد حسين على أهمية التعاون المائي.", "2025-05-06"))).toEqual([]);
  });

  it("'agreed to continue dialogue' is not an agreement (en)", () => {
    expect(agreements(facts("Hakan Fidan and Fuad Hussein agreed to continue dialogue on water.", "2025-05-06"))).toEqual([]);
  });

  it("'agreed to continue talks' is not an agreement (fa)", () => {
    expect(agreements(facts("هاکان فیدان و فؤاد حسین توافق کردند که گفت‌وگوها را ادامه دهند.", "2025-05-06"))).toEqual([]);
  });

  it("a planned signing is not an agreement (en, ar)", () => {
    expect(agreements(facts("Hakan Fidan and Fuad Hussein will sign a water agreement next month.", "2025-05-06"))).toEqual([]);
    expect(agreements(facts("ومن المقرر أن يوقع هاكان فيدان وفؤاد حسين اتفاقية المياه الشهر المقبل.", "2025-05-06"))).toEqual([]);
  });
});

describe("pass 7: agreements no one is named in, nominal signings, governments as parties", () => {
  it("the signing of an MoU, named as a noun, is an agreement of the countries the sentence names (fa)", () => {
    const a = agreements(facts("هاکان فیدان امضای یادداشت تفاهم میان ترکیه و عراق را گامی مهم خواند.", "2025-05-06"));
    expect(a.some((x) => x.who.includes("place/turkey") && x.who.includes("place/iraq"))).toBe(true);
    // a signing that is the purpose of a visit is not one
    expect(agreements(facts("هاکان فیدان برای امضای یادداشت تفاهم میان ترکیه و عراق به بغداد می‌رود.", "2025-05-06"))).toEqual([]);
  });

  it("'it was agreed to …' with no one named: the people of the meeting reported before", () => {
    const a = agreements(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. The talks covered water. The two men also spoke about trade. The water file was reviewed, and it was agreed to set up a joint committee.", "2025-05-06"));
    expect(a.some((x) => x.who.includes(FIDAN) && x.who.includes(HUSSEIN))).toBe(true);
    // reviewed alone reaches nothing
    expect(agreements(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. The water agreement was reviewed.", "2025-05-06"))).toEqual([]);
  });

  it("the Government of a place is that place as a party", () => {
    const a = agreements(facts("A memorandum was signed by the two sides; Hakan Fidan signed it for Turkey, while Ali Zaidi signed it for the Government of Basra.", "2025-05-06"));
    expect(a.some((x) => x.who.includes("place/basra"))).toBe(true);
  });
});

describe("pass 7: the signatories of the agreement just reported", () => {
  it("'Signing it were X … and Y …' adds them to the last agreement, not a new one", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. The two sides signed a memorandum on water. Signing it were Executive Director of the DSI Zorbo Kalkan and, for the Iraqi side, Director General of the MWR Samir Haddadi.", "2025-05-06");
    expect(f.agreements).toHaveLength(1);
    const sig = f.agreements[0].signatories.map((i) => f.mentions[i].lexiconId ?? f.mentions[i].text);
    expect(sig).toEqual(expect.arrayContaining(["Zorbo Kalkan", "Samir Haddadi"]));
  });
});

describe("pass 7: an outlet is no party", () => {
  it("'وذكرت وكالة … أن الجانبين اتفقا': the agency reports the agreement, it is not a party", () => {
    const f = facts("التقى هاكان فيدان فؤاد حسين في أنقرة. وذكرت وكالة الأناضول أن الجانبين اتفقا على تشكيل لجنة مشتركة للمياه.", "2025-05-06");
    const a = agreements(f);
    expect(a).toHaveLength(1);
    expect(a[0].who.some((x) => /anadolu|الأناضول/i.test(x))).toBe(false);
  });
});

describe("pass 7: an adjunct of time, and a host", () => {
  const FIDAN = P("hakan-fidan");
  const DAR = P("ishaq-dar");
  const WANG = P("wang-yi");
  it("the talks of an adjunct of time after the document are no topic ('after five days of talks')", () => {
    expect(agreements(facts("Hakan Fidan and Ishaq Dar signed an agreement in Ankara after three rounds of talks.", "2024-12-04")).map((x) => x.status)).toEqual(["signed"]);
    // what is agreed right after the verb is still read: continuing a dialogue is no agreement
    expect(agreements(facts("Hakan Fidan and Ishaq Dar agreed to continue dialogue after the talks.", "2024-12-04"))).toEqual([]);
  });
  it("the host of the talks ('hosted by X', 'به میزبانی X') is no signatory and no party; a guest hosted by a signer is one", () => {
    const en = agreements(facts("Hakan Fidan and Ishaq Dar signed a trade agreement in Beijing after talks hosted by Wang Yi.", "2024-12-04"));
    expect(en[0].who).not.toContain(WANG);
    expect(en[0].who).not.toContain("place/china");
    const fa = agreements(facts("هاکان فیدان و اسحاق دار در نشستی به میزبانی وانگ یی توافقنامه‌ای امضا کردند.", "2024-12-04"));
    expect(fa[0].who).toEqual(expect.arrayContaining([FIDAN, DAR]));
    expect(fa[0].who).not.toContain(WANG);
    expect(agreements(facts("Hakan Fidan hosted Ishaq Dar in Ankara, and the two signed a trade agreement.", "2024-12-04"))[0].who).toEqual(expect.arrayContaining([FIDAN, DAR]));
  });
});

describe("pass 7: a signatory who heads an organisation lends it, not a country", () => {
  it("the IAEA for its director general, beside the other side's state", () => {
    const a = agreements(facts("Rafael Grossi, the IAEA director general, and Mohammad Eslami signed a joint statement in Tehran on Saturday.", "2023-03-06"));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining([P("rafael-grossi"), P("mohammad-eslami"), "org/iaea", "place/iran"]));
    expect(a[0].who.filter((x) => x.startsWith("place/"))).toEqual(["place/iran"]);
  });
});
