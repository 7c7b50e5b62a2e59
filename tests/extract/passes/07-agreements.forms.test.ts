// Pass 7 (agreements): more ways a reached agreement is told (a passive after the document, a declaration adopted, entered into, renewed,
// put their names to, Arabic توصلت … إلى اتفاق, Persian با امضای … نهایی شد) and more ways its sides are named (two
// capitals for their states, the state of a title no one holds, a body whose name opens with a country adjective),
// each beside the reading that is not an agreement or not a side. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { agreements, facts, met } from "./helpers.js";

const who = (text: string) => agreements(facts(text, "2024-03-14")).map((a) => a.who);
const has = (text: string, ...ids: string[]) => who(text).some((w) => ids.every((i) => w.includes(i)));

describe("pass 7: forms of a reached agreement", () => {
  it("English passive after the document: 'An agreement between A and B … was reached'; not 'No agreement … was reached'", () => {
    expect(has("An agreement between Kenya and Uganda on the railway was reached on Monday.", "place/kenya", "place/uganda")).toBe(true);
    expect(who("No agreement between Kenya and Uganda on the railway was reached on Monday.")).toEqual([]);
    expect(who("An agreement between Kenya and Uganda is expected to be reached next week.")).toEqual([]);
  });

  it("a declaration or communiqué 'was adopted … by A, B and C' is signed by them at one table; 'adopted a budget', 'leaders ended … by adopting a declaration' are none", () => {
    const f = facts("ACCRA, March 14 -- The Accra Communique was adopted on Wednesday by Ghanaian President Nana Akufo-Addo, Togolese President Faure Gnassingbé and Ivorian President Alassane Ouattara.", "2024-03-14");
    expect(agreements(f).some((a) => ["person/nana-akufo-addo", "person/faure-gnassingbe", "person/alassane-ouattara"].every((i) => a.who.includes(i)))).toBe(true);
    expect(met(f, "person/nana-akufo-addo", "person/alassane-ouattara").map((e) => e.date)).toEqual(["2024-03-13"]);
    expect(has("The final declaration was adopted at the close of the summit by Nana Akufo-Addo and Alassane Ouattara.", "person/nana-akufo-addo", "person/alassane-ouattara")).toBe(true);
    expect(who("The parliament of Ghana adopted the budget on Wednesday.")).toEqual([]);
    expect(who("West African leaders ended their summit in Accra on Wednesday by adopting the Accra Declaration on maritime security.")).toEqual([]);
    expect(who("The approach adopted by Nana Akufo-Addo and Alassane Ouattara was criticised.")).toEqual([]);
  });

  it("'entered into' a pact, 'renewed' / 'extended' a document; not 'extended the deadline', 'renewed calls for'", () => {
    expect(has("Egypt and Sudan entered into a defence pact on Monday.", "place/egypt", "place/sudan")).toBe(true);
    expect(has("Kenya and Uganda renewed their defence pact on Monday.", "place/kenya", "place/uganda")).toBe(true);
    expect(who("Kenya and Uganda extended the deadline for talks on a railway deal.")).toEqual([]);
    expect(who("Kenya and Uganda renewed calls for a trade deal.")).toEqual([]);
  });

  it("'put their names to' is a signing", () => {
    expect(has("William Ruto and Yoweri Museveni put their names to a railway accord on Monday.", "person/william-ruto", "person/yoweri-museveni")).toBe(true);
  });

  it("Arabic: توصلت A وB إلى اتفاق (the sides between the verb and the agreement); not فشلت … في التوصل إلى اتفاق", () => {
    expect(has("توصلت مصر والسودان إلى اتفاق بشأن مياه النيل يوم الاثنين.", "place/egypt", "place/sudan")).toBe(true);
    expect(who("فشلت مصر والسودان في التوصل إلى اتفاق بشأن مياه النيل.")).toEqual([]);
  });

  it("Persian: با امضای A و B نهایی شد (finalised with the signatures of A and B)", () => {
    expect(has("موافقتنامه همکاری گمرکی ایران و ترکیه با امضای عباس عراقچی و هاکان فیدان نهایی شد.", "person/abbas-araghchi", "person/hakan-fidan")).toBe(true);
  });
});

describe("pass 7: an Arabic date in brackets between the signers and the document", () => {
  // 2024-03-14 is a Thursday, 4 Ramadan 1445; yesterday was Wednesday, 3 Ramadan
  const bracketed = "وقّع هاكان فيدان وفؤاد حسين، أمس الأربعاء (3 رمضان 1445)، اتفاقاً للتعاون المائي في بغداد.";
  it("the second calendar's date in brackets is part of the adjunct: the signing is an agreement and a dated meeting", () => {
    const f = facts(bracketed, "2024-03-14");
    expect(agreements(f).map((a) => a.who)).toEqual([["person/fuad-hussein", "person/hakan-fidan", "place/iraq", "place/turkey"]]);
    expect(met(f, "person/hakan-fidan", "person/fuad-hussein").map((e) => [e.date, e.place])).toEqual([["2024-03-13", "place/baghdad"]]);
  });
});

describe("pass 5/7: an exchange of notes is a treaty signed at one table", () => {
  it("'exchanged notes' and 'The notes were exchanged by A and B' are agreements and meetings of the two", () => {
    for (const text of [
      "Hakan Fidan and Fuad Hussein exchanged notes on water sharing in Ankara on Monday.",
      "The notes on water sharing were exchanged by Hakan Fidan and Fuad Hussein in Ankara on Monday.",
    ]) {
      const f = facts(text, "2024-03-14");
      expect(agreements(f).map((a) => a.who.filter((w) => w.startsWith("person/")))).toEqual([["person/fuad-hussein", "person/hakan-fidan"]]);
      expect(met(f, "person/hakan-fidan", "person/fuad-hussein").map((e) => e.date)).toEqual(["2024-03-11"]);
    }
  });
  it("exchanging views is no agreement", () => {
    const f = facts("Hakan Fidan and Fuad Hussein exchanged views on water sharing in a call on Monday.", "2024-03-14");
    expect(agreements(f)).toEqual([]);
  });
});

describe("pass 7: what the signing ended, and the dateline", () => {
  it("'…, ending two months of talks' is no topic of the agreement (talks alone would make it a dialogue, no deal)", () => {
    const f = facts("Hakan Fidan and Fuad Hussein signed a water agreement on Monday, ending two months of talks.", "2024-03-14");
    expect(agreements(f).map((a) => a.who.filter((w) => w.startsWith("person/")))).toEqual([["person/fuad-hussein", "person/hakan-fidan"]]);
  });
  it("the dateline's country is where the report was filed, no party", () => {
    expect(who("ANKARA, Turkey (AP) — Iraq and Syria signed a water agreement Monday.")).toEqual([["place/iraq", "place/syria"]]);
  });
});

describe("pass 7: sides of an agreement", () => {
  it("two capitals joined by 'and' stand for their states; not a pair after a place preposition", () => {
    expect(has("Washington and Beijing signed a trade deal on Monday.", "place/united-states", "place/china")).toBe(true);
    expect(has("تهران و آنکارا روز دوشنبه توافقنامه تجارت ترجیحی امضا کردند.", "place/iran", "place/turkey")).toBe(true);
    expect(has("وقعت القاهرة والخرطوم اتفاقية تجارية يوم الاثنين.", "place/egypt", "place/sudan")).toBe(true);
    const signedIn = who("Egypt signed a trade deal with Sudan in Nairobi and Kampala on Monday.").flat();
    expect(signedIn).not.toContain("place/kenya");
    expect(signedIn).not.toContain("place/uganda");
    expect(who("وقعت مصر اتفاقية تجارية بالقاهرة والخرطوم يوم الاثنين.").flat()).not.toContain("place/sudan");
  });

  it("the state of a title no one holds in the text: 'Kenyan officials signed … with Uganda'", () => {
    expect(has("Kenyan officials signed a trade deal with Uganda on Monday.", "place/kenya", "place/uganda")).toBe(true);
  });

  it("a body whose name opens with a country adjective is the side, not the country", () => {
    const w = who("Envoys of the Sudanese Armed Forces and the Rapid Support Forces signed a truce in Jeddah on Monday.");
    expect(w.some((x) => x.includes("Sudanese Armed Forces") && x.includes("org/rsf"))).toBe(true);
    expect(w.flat()).not.toContain("place/sudan");
  });

  it("a person read only from an ambiguous short form is no third signer (همکاری آبی: water cooperation, not Abe)", () => {
    const w = who("هاکان فیدان و فؤاد حسین روز دوشنبه در آنکارا یک یادداشت تفاهم همکاری آبی را امضا کردند.");
    expect(w.some((x) => x.includes("person/hakan-fidan") && x.includes("person/fuad-hussein"))).toBe(true);
    expect(w.flat()).not.toContain("person/shinzo-abe");
  });

  it("'the two heads of state' / 'both prime ministers' are two people of the meeting just reported", () => {
    const heads = who("President Vladimir Putin held talks with President Xi Jinping and Foreign Minister Wang Yi in the Kremlin on Monday. The two heads of state signed a declaration on energy.");
    expect(heads.some((x) => x.includes("person/vladimir-putin") && x.includes("person/xi-jinping"))).toBe(true);
    expect(heads.flat()).not.toContain("person/wang-yi");
    expect(has("Hakan Fidan met Fuad Hussein in Ankara on Monday. Both prime ministers signed a water accord.", "person/hakan-fidan", "person/fuad-hussein")).toBe(true);
  });

  it("an office of a body, not of a state, gives no state id: the body when the article names it, else nothing", () => {
    const named = who("Volodymyr Zelensky met European Commission President Ursula von der Leyen in Brussels on Monday. The two leaders signed a pact between the European Union and Ukraine.");
    expect(named.some((x) => x.includes("org/eu") && x.includes("place/ukraine"))).toBe(true);
    const unnamed = who("Volodymyr Zelensky met European Commission President Ursula von der Leyen in Kyiv on Monday. The two leaders signed a security pact.");
    expect(unnamed.some((x) => x.includes("person/ursula-von-der-leyen") && x.includes("person/volodymyr-zelensky"))).toBe(true);
    expect(unnamed.flat()).not.toContain("place/eu");
  });
});

