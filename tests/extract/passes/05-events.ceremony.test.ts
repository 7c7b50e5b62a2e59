// Pass 5 (events, _ceremony.ts): one signing ceremony told over several sentences is one meeting of all the people
// at it: who looked on, watched, attended the signing or sat beside a signer, and who shook hands with a signer at
// it; not who did not attend, who watched on television, nor anyone at a ceremony that is only planned. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-11"; // a Monday
const SIGNED = "Trade Minister Halvard Ostberg and Mining Minister Tomasz Kwiatek signed the cooperation protocol in Krakow on Monday.";

describe("pass 5: the people of a signing ceremony told in later sentences join it", () => {
  it("an envoy who 'looked on'", () => {
    const f = facts(`${SIGNED} The European Union envoy, Margit Solheim, who chaired a year of talks between the two sides, looked on.`, D);
    expect(met(f, "Margit Solheim", "Halvard Ostberg")).toHaveLength(1);
    expect(met(f, "Margit Solheim", "Tomasz Kwiatek")).toHaveLength(1);
  });
  it("leaders who 'attended the signing'", () => {
    const f = facts(`${SIGNED} Deputy Prime Minister Arvo Lindqvist and Finance Minister Ingrid Halvorsen attended the signing and congratulated the two ministers.`, D);
    expect(met(f, "Arvo Lindqvist", "Halvard Ostberg")).toHaveLength(1);
    expect(met(f, "Ingrid Halvorsen", "Tomasz Kwiatek")).toHaveLength(1);
  });
  it("a president who shook hands with a signer, watched by the host: at the meeting of the signers", () => {
    const f = facts(`${SIGNED} President Jonas Eklund flew in for the signing and shook hands with Kwiatek afterwards, watched by Governor Emil Varga, who hosted the ceremony.`, D);
    expect(met(f, "Jonas Eklund", "Halvard Ostberg")).not.toEqual([]);
    expect(met(f, "Emil Varga", "Halvard Ostberg")).not.toEqual([]);
  });
  it("'Seated beside X were A and B', after the signers' handshake", () => {
    const f = facts(`${SIGNED} Ostberg and Kwiatek shook hands and toasted the deal. Seated beside Ostberg were two of his advisers, Deputy Minister Lena Brandt and Senator Oskar Weiss.`, D);
    expect(met(f, "Lena Brandt", "Tomasz Kwiatek")).toHaveLength(1);
    expect(met(f, "Oskar Weiss", "Tomasz Kwiatek")).toHaveLength(1);
  });
  it("Arabic: «وشهد حفل التوقيع X»", () => {
    const f = facts("وقع وزير التجارة المغربي رياض الفاسي ووزير الصناعة الموريتاني سيدي ولد أحمد اتفاقية للتعاون التجاري في الرباط يوم الاثنين. وشهد حفل التوقيع رئيس الحكومة المغربي عزيز أخنوش.", D);
    expect(met(f, P("aziz-akhannouch"), "رياض الفاسي")).toHaveLength(1);
  });
});

describe("pass 5: who was not at the ceremony does not join it", () => {
  it("'did not attend', 'stayed away', 'watched on television'", () => {
    for (const s of ["Governor Emil Varga did not attend the ceremony.", "Governor Emil Varga stayed away from the ceremony.", "Governor Emil Varga watched the ceremony on television."]) {
      const f = facts(`${SIGNED} ${s}`, D);
      expect(met(f, "Emil Varga", "Halvard Ostberg")).toEqual([]);
    }
  });
  it("Arabic: «ولم يحضر X مراسم التوقيع»", () => {
    const f = facts("وقع وزير التجارة المغربي رياض الفاسي ووزير الصناعة الموريتاني سيدي ولد أحمد اتفاقية للتعاون التجاري في الرباط يوم الاثنين. ولم يحضر رئيس الحكومة المغربي عزيز أخنوش مراسم التوقيع.", D);
    expect(met(f, P("aziz-akhannouch"), "رياض الفاسي")).toEqual([]);
  });
  it("a planned ceremony joins nobody", () => {
    const f = facts("Trade Minister Halvard Ostberg and Mining Minister Tomasz Kwiatek will sign the cooperation protocol in Krakow on Friday. Governor Emil Varga is expected to look on.", D);
    expect(met(f, "Emil Varga", "Halvard Ostberg")).toEqual([]);
  });
  it("a meeting told later with a day of its own is no gesture of the ceremony", () => {
    const f = facts(`${SIGNED} On Wednesday Kwiatek shook hands with President Jonas Eklund in Warsaw.`, D);
    expect(met(f, "Jonas Eklund", "Halvard Ostberg")).toEqual([]);
  });
});

describe("pass 5: a signing in the next sentence goes on telling a ceremony only when it was told as one", () => {
  it("witnessed: 'the two ministers witnessed an exchange of notes. The notes were exchanged by A and B'", () => {
    const f = facts(
      "Foreign Minister Halvard Ostberg held talks with Foreign Minister Tomasz Kwiatek in Krakow on Monday, after which the two ministers witnessed an exchange of notes on a rail loan. The notes were exchanged by Deputy Minister Lena Brandt and Ambassador Oskar Weiss.",
      D,
    );
    expect(met(f, "Lena Brandt", "Halvard Ostberg")).not.toEqual([]);
  });
  it("not told as a ceremony: 'met A, and the two sides signed an agreement. The contract was signed by B and by X'", () => {
    const f = facts(
      "Defence Minister Halvard Ostberg met his counterpart Tomasz Kwiatek in Krakow on Monday, and the two sides signed a defence cooperation agreement. The contract for six ships was signed by shipyard chief executive Oskar Weiss on behalf of the builder, and by Ostberg on behalf of the government.",
      D,
    );
    expect(met(f, "Oskar Weiss", "Tomasz Kwiatek")).toEqual([]);
  });
});

describe("pass 5 (_signings.ts): a Persian signing in the presence of two people, the verb last", () => {
  const text = "این توافق را هوشنگ رضایی، وزیر خارجه ارمنستان، و کامران جلیلی، وزیر خارجه قطر، در حضور علی کریمی، رئیس جمهور ارمنستان، و حسن نوری، نخست وزیر قطر، امضا کردند.";
  it("the signers named first, the subject of the active verb, are at the meeting with those present", () => {
    const f = facts(text, D);
    expect(met(f, "هوشنگ رضایی", "کامران جلیلی")).toHaveLength(1);
    expect(met(f, "هوشنگ رضایی", "حسن نوری")).toHaveLength(1);
    expect(met(f, "علی کریمی", "حسن نوری")).toHaveLength(1);
  });
  it("not one who welcomes a signing made in others' presence (a passive verb)", () => {
    const f = facts("علی کریمی از توافقی که در حضور حسن نوری و رضا امینی امضا شد استقبال کرد.", D);
    expect(met(f, "علی کریمی", "حسن نوری")).toEqual([]);
  });
});
