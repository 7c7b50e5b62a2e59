// Pass 6: a meeting the text places nowhere takes the place its people were at that day (a trip, an
// attendance, another meeting the text places), then the dateline's city, then the one place the whole
// article is set in. Two different places give none. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const LAVROV = P("sergey-lavrov");
const WANG = P("wang-yi");
const FIDAN = P("hakan-fidan");
const ARAGHCHI = P("abbas-araghchi");
const DAR = P("ishaq-dar");
const MUTTAQI = P("amir-khan-muttaqi");
const placeOf = (f: ReturnType<typeof facts>, a: string, b: string) => met(f, a, b).map((e) => e.place);

describe("pass 6: the place of a meeting from where its people were", () => {
  it("en: attending a summit in a city places the talks held on its sidelines", () => {
    const f = facts("Sergey Lavrov, attending the BRICS summit in Kazan, held talks with Wang Yi on its sidelines.", "2024-10-23");
    expect(placeOf(f, LAVROV, WANG)).toEqual(["place/kazan"]);
  });
  it("en: a trip told in one sentence places the meeting told in the next", () => {
    const f = facts("Hakan Fidan arrived in Tehran on Sunday. Fidan held talks with Abbas Araghchi.", "2024-12-01");
    expect(placeOf(f, FIDAN, ARAGHCHI)).toEqual(["place/tehran"]);
  });
  it("fa: a destination between the parts of a compound verb (راهی … شد) places the meeting", () => {
    const f = facts("هاکان فیدان روز یکشنبه راهی تهران شد. فیدان با عباس عراقچی دیدار کرد.", "2024-12-01");
    expect(placeOf(f, FIDAN, ARAGHCHI)).toEqual(["place/tehran"]);
  });
  it("ar: an arrival places the meeting that follows", () => {
    const f = facts("وصل هاكان فيدان إلى طهران يوم الأحد. وعقد فيدان محادثات مع عباس عراقجي.", "2024-12-01");
    expect(placeOf(f, FIDAN, ARAGHCHI)).toEqual(["place/tehran"]);
  });
  it("another meeting of the day places the host's next one", () => {
    const f = facts("Ishaq Dar met Amir Khan Muttaqi in Kabul on Saturday. Dar also held talks with Sergey Lavrov.", "2025-04-19");
    expect(placeOf(f, DAR, LAVROV)).toEqual(["place/kabul"]);
  });
  it("a meeting at a site places the other meetings of the day in its town, when the article names it", () => {
    const f = facts("Ishaq Dar arrived in Moscow on Monday. Vladimir Putin received Dar at the Kremlin. Dar then held talks with Sergey Lavrov.", "2025-03-10");
    expect(placeOf(f, DAR, LAVROV)).toEqual(["place/moscow"]);
  });
  it("a trip on another day does not place a dated meeting", () => {
    const f = facts("Hakan Fidan arrived in Tehran on 1 December 2024. Fidan held talks with Abbas Araghchi on 9 December 2024.");
    expect(placeOf(f, FIDAN, ARAGHCHI)).toEqual([null]);
  });
  it("two places that day give none", () => {
    const f = facts("Ishaq Dar met Amir Khan Muttaqi in Kabul. Dar met Wang Yi in Beijing. Dar also held talks with Sergey Lavrov.");
    expect(placeOf(f, DAR, LAVROV)).toEqual([null]);
  });
  it("the one place the article is set in places a meeting of other people", () => {
    const f = facts("Wang Yi, attending the ASEAN meetings in Vientiane, held talks with Sergey Lavrov. Hakan Fidan met Ishaq Dar.", "2024-07-26");
    expect(placeOf(f, FIDAN, DAR)).toEqual(["place/vientiane"]);
  });
  it("a trip someone is invited to make, or will make, places nothing", () => {
    const invited = facts("Hakan Fidan held talks with Abbas Araghchi. Fidan conveyed an invitation from Recep Tayyip Erdoğan to Araghchi to visit Ankara.", "2024-12-01");
    expect(placeOf(invited, FIDAN, ARAGHCHI)).toEqual([null]);
    const planned = facts("Hakan Fidan held talks with Abbas Araghchi. Fidan will travel to Ankara on Friday.", "2024-12-01");
    expect(placeOf(planned, FIDAN, ARAGHCHI)).toEqual([null]);
  });
  it("a trip that would be made, or on whose eve the meeting was, places nothing; one made on the eve of a summit does", () => {
    for (const text of ["On the eve of his visit to Beijing, Sergey Lavrov met Wang Yi.", "Sergey Lavrov would travel to Beijing. Lavrov met Wang Yi."]) {
      expect(placeOf(facts(text, "2024-05-08"), LAVROV, WANG), text).toEqual([null]);
    }
    expect(placeOf(facts("Sergey Lavrov arrived in Beijing on the eve of the summit. Lavrov met Wang Yi.", "2024-05-08"), LAVROV, WANG)).toEqual(["place/beijing"]);
  });
  it("a trip is a visit fact only: it makes no meeting", () => {
    const f = facts("Hakan Fidan arrived in Tehran on Sunday.", "2024-12-01");
    expect(events(f, "meeting")).toEqual([]);
  });
});

describe("pass 5/6: a trip's destination and a background trip", () => {
  it("a destination in a relative clause yields to the venue of the meeting", () => {
    const f = facts("Sergey Lavrov, who visited Paris last week, met Wang Yi in Berlin on Monday.", "2024-05-08");
    expect(placeOf(f, LAVROV, WANG)).toEqual(["place/berlin"]);
  });
  it("a trip after the meeting is not its place", () => {
    const f = facts("Sergey Lavrov met Wang Yi on Monday, before leaving for Berlin.", "2024-05-08");
    expect(placeOf(f, LAVROV, WANG)).toEqual([null]);
  });
  it("a trip dated only by its year is background: it does not place an undated meeting", () => {
    const f = facts("Sergey Lavrov met Wang Yi. Lavrov had visited Paris in 2019.", "2024-05-08");
    expect(met(f, LAVROV, WANG).map((e) => [e.date, e.place])).toEqual([[null, null]]);
  });
});

describe("pass 6: a dateline that names a country, and the Persian 'reported from'", () => {
  it("ar: a country name in the dateline is its capital when the capital has a name of its own (الجزائر is Algiers)", () => {
    const f = facts("الجزائر (واج) - عقد عباس عراقجي محادثات مع سيرغي لافروف يوم الأحد.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual(["place/algiers"]);
  });
  it("en: a country named in the dateline stays itself when its capital is called after it (Djibouti City)", () => {
    const f = facts("DJIBOUTI, Dec 1 (Reuters) - Abbas Araghchi held talks with Sergey Lavrov on Sunday.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual(["place/djibouti"]);
  });
  it("en: a country that opens running text before a comma is no dateline", () => {
    const f = facts("Egypt, Jordan and Iraq agreed on Sunday to expand trade. Abbas Araghchi held talks with Sergey Lavrov.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual([null]);
  });
  it("fa: 'به گزارش … از مسکو،' is the dateline: the report comes from Moscow", () => {
    const f = facts("به گزارش خبرنگار ما از مسکو، عباس عراقچی روز یکشنبه با سرگئی لاوروف دیدار کرد.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual(["place/moscow"]);
  });
  it("fa: a city after 'از' later in the lead is where someone came from, no dateline", () => {
    const f = facts("به گزارش ایرنا، عباس عراقچی که روز شنبه از مسکو بازگشت، روز یکشنبه با سرگئی لاوروف دیدار کرد.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual([null]);
  });
});

describe("pass 6: a dateline on a line of its own", () => {
  it("a city, a comma and a date alone on the first line are the dateline", () => {
    const f = facts("Baku, 1 December 2024\n\nAbbas Araghchi held talks with Sergey Lavrov on Sunday.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual(["place/baku"]);
  });
  it("en: a city and a colon open the lead: the dateline; a place the sentence names still wins", () => {
    expect(placeOf(facts("Baku: Abbas Araghchi held talks with Sergey Lavrov on Sunday.", "2024-12-02"), ARAGHCHI, LAVROV)).toEqual(["place/baku"]);
    expect(placeOf(facts("Baku: Abbas Araghchi held talks with Sergey Lavrov in Ganja on Sunday.", "2024-12-02"), ARAGHCHI, LAVROV)).toEqual(["place/ganja"]);
  });
  it("fa: the outlet, a slash and the city ('ایسنا/ تهران –') are a dateline", () => {
    const f = facts("ایسنا/ باکو – عباس عراقچی روز یکشنبه با سرگئی لاوروف دیدار کرد.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual(["place/baku"]);
  });
  it("a headline that names two cities with a comma is no dateline", () => {
    const f = facts("Baku, Tehran agree to widen trade\n\nAbbas Araghchi held talks with Sergey Lavrov on Sunday.", "2024-12-02");
    expect(placeOf(f, ARAGHCHI, LAVROV)).toEqual([null]);
  });
});

describe("pass 6: a signing by states, then the signing of their envoys", () => {
  it("en/fa/ar: the envoys' signing, told next with no place or date, is where and when the states signed", () => {
    const en = facts("Turkey and Pakistan signed a defence cooperation agreement in Ankara on Monday. Hakan Fidan and Ishaq Dar signed the agreement for their governments.", "2024-12-04");
    expect(met(en, FIDAN, DAR).map((e) => [e.place, e.date])).toEqual([["place/ankara", "2024-12-02"]]);
    const fa = facts("ایران و ترکیه روز دوشنبه در آنکارا یک یادداشت تفاهم امضا کردند. این یادداشت تفاهم را عباس عراقچی و هاکان فیدان امضا کردند.", "2024-12-04");
    expect(met(fa, ARAGHCHI, FIDAN).map((e) => [e.place, e.date])).toEqual([["place/ankara", "2024-12-02"]]);
    const ar = facts("وقعت تركيا وباكستان يوم الاثنين في أنقرة اتفاقية للتعاون الدفاعي. ووقع الاتفاقية هاكان فيدان وإسحاق دار.", "2024-12-04");
    expect(met(ar, FIDAN, DAR).map((e) => [e.place, e.date])).toEqual([["place/ankara", "2024-12-02"]]);
  });
  it("fa/en: so when a noun of a city stands between the preposition and the place («در شهر X», 'in the city of X')", () => {
    const fa = facts("ایران و ترکیه روز دوشنبه در شهر آنکارا یک یادداشت تفاهم امضا کردند. این یادداشت تفاهم را عباس عراقچی و هاکان فیدان امضا کردند.", "2024-12-04");
    expect(met(fa, ARAGHCHI, FIDAN).map((e) => e.place)).toEqual(["place/ankara"]);
    const en = facts("Turkey and Pakistan signed a defence cooperation agreement in the city of Ankara on Monday. Hakan Fidan and Ishaq Dar signed the agreement for their governments.", "2024-12-04");
    expect(met(en, FIDAN, DAR).map((e) => e.place)).toEqual(["place/ankara"]);
  });
  it("a meeting told next that signs nothing takes neither", () => {
    const f = facts("Turkey and Pakistan signed a defence cooperation agreement in Ankara on Monday. Hakan Fidan later met Ishaq Dar in Islamabad.", "2024-12-04");
    expect(met(f, FIDAN, DAR).map((e) => e.place)).toEqual(["place/islamabad"]);
  });
});
