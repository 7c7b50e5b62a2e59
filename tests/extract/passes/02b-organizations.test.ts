// Pass 2b (organisations by their head noun): sentences written for this test.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const orgs = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "organization" && (m.via === "descriptor" || m.via === "source")).map((m) => m.text);

describe("pass 2b: organisations no lexicon knows", () => {
  it("English: capitalised words before a head noun, or a head with 'of' after it", () => {
    expect(orgs(facts("The Ghana Cocoa Marketing Authority signed a deal with Hakan Fidan."))).toContain("Ghana Cocoa Marketing Authority");
    expect(orgs(facts("A statement from the Ministry of Mines and Energy said the talks went well."))).toContain("Ministry of Mines and Energy");
    // no 'of': the capitalised word after the head is not part of it
    expect(orgs(facts("Cocoa Marketing Authority Chairman Kofi Mensah arrived."))).toContain("Cocoa Marketing Authority");
  });

  it("English: a lone head or a sentence-initial capital is no organisation", () => {
    expect(orgs(facts("Government officials said the meeting went well."))).toEqual([]);
    expect(orgs(facts("The committee met on Monday."))).toEqual([]);
  });

  it("Arabic: a name in quotes after the head is the name; an indefinite head with definite nouns", () => {
    expect(orgs(facts("وقال رئيس حزب “النهضة الوطنية” إن الحوار مستمر."))).toContain("النهضة الوطنية");
    expect(orgs(facts("وعقدت لجنة الزراعة والمياه اجتماعها أمس."))).toContain("لجنة الزراعة والمياه");
    expect(orgs(facts("وقالت اللجنة إن الاجتماع انتهى."))).toEqual([]);
  });

  it("Persian: a news agency and its name; a description after a head is no name", () => {
    expect(orgs(facts("به گزارش خبرگزاری آنا، این دیدار دیروز انجام شد."))).toContain("خبرگزاری آنا");
    expect(orgs(facts("هیئت بلندپایه روسیه دیروز وارد تهران شد."))).toEqual([]);
  });
});

describe("pass 2b: places named after people", () => {
  const placesOf = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "place" && m.via === "descriptor").map((m) => m.text);
  const peopleOf = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "person").map((m) => m.text);
  it("an airport or a street named after a person is a place, not the person (en, ar, fa)", () => {
    const en = facts("Hakan Fidan was welcomed at Recep Tayyip Erdogan International Airport by Ayman Safadi.");
    expect(placesOf(en)).toContain("Recep Tayyip Erdogan International Airport");
    expect(peopleOf(en)).not.toContain("Recep Tayyip Erdogan");
    const ar = facts("وصل هاكان فيدان إلى مطار رجب طيب أردوغان الدولي.");
    expect(peopleOf(ar)).not.toContain("رجب طيب أردوغان");
    const fa = facts("هاکان فیدان در فرودگاه رجب طیب اردوغان مورد استقبال قرار گرفت.");
    expect(peopleOf(fa)).not.toContain("رجب طیب اردوغان");
  });
});

describe("pass 2b: organisations defined with their acronym (en)", () => {
  const all = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "organization");
  it("the words whose initials spell the acronym are the organisation; the acronym later refers to it", () => {
    const f = facts("Hakan Fidan met leaders of the Movimiento Nacional Zorbiq (MNZ) in Accra. The MNZ said the talks went well.");
    const long = all(f).find((m) => m.text === "Movimiento Nacional Zorbiq");
    expect(long).toBeDefined();
    expect(all(f).filter((m) => m.text === "MNZ").every((m) => m.antecedent === long!.index)).toBe(true);
    expect(all(f).filter((m) => m.text === "MNZ")).toHaveLength(2);
  });
  it("a place with an acronym stays a place; initials that do not spell it make nothing", () => {
    expect(all(facts("Hakan Fidan visited the Democratic Republic of the Congo (DRC) on Monday.")).map((m) => m.text)).toEqual([]);
    expect(all(facts("Hakan Fidan met Zorbo Kalkan (BBQ) on Monday.")).map((m) => m.text)).toEqual([]);
  });
  it("', known by its (French) initials ACR,' defines the acronym in apposition; the language's adjective is no country", () => {
    const f = facts("Wang Yi met envoys of the Popular Liberation Front, known by its French initials FPL, in Geneva. FPL leaders later left for Doha.");
    const long = all(f).find((m) => m.text === "Popular Liberation Front");
    expect(long).toBeDefined();
    expect(all(f).filter((m) => m.text === "FPL").map((m) => m.antecedent)).toEqual([long!.index, long!.index]);
    expect(f.mentions.filter((m) => m.kind === "place").map((m) => m.lexiconId)).not.toContain("place/france");
    const g = facts("Hakan Fidan received the leaders of the Sahel Workers Union, known by the acronym SWU, in Ankara.");
    expect(all(g).filter((m) => m.text === "SWU")).toHaveLength(1);
    // not after a word that is no acronym noun, and not with initials that do not spell it
    expect(all(facts("Hakan Fidan met the Sahel Workers Union, known by its motto SWU, in Ankara.")).filter((m) => m.text === "SWU")).toEqual([]);
    expect(all(facts("Hakan Fidan met the Sahel Workers Union, known by its initials BBQ, in Ankara.")).filter((m) => m.text === "BBQ")).toEqual([]);
  });
});

describe("pass 2b: a command of a known force", () => {
  it("'فرماندهی' before a known organisation is that organisation's command (fa)", () => {
    const f = facts("فرماندهی سپاه پاسداران در بیانیه‌ای از دیدار عباس عراقچی با هاکان فیدان استقبال کرد.");
    expect(f.mentions.filter((m) => m.kind === "organization").map((m) => m.text)).toContain("فرماندهی سپاه پاسداران");
  });
});

describe("pass 2b: companies by their legal suffix (en)", () => {
  it("'… Ltd', '… Holdings' name a company", () => {
    const names = orgs(facts("Hakan Fidan met officials of Safari Zorbiq Holdings and Kalvez Ltd in Nairobi."));
    expect(names).toEqual(expect.arrayContaining(["Safari Zorbiq Holdings", "Kalvez Ltd"]));
  });
});

describe("pass 2b: a faction's suffix after a hyphen (en)", () => {
  it("'League-Nawaz' is the party's name, and no mention of Nawaz Sharif", () => {
    // a party no lexicon knows (the lexicon holds Pakistan's PML-N itself: organizations-parties.json)
    const f = facts("The Sindh Muslim League-Nawaz said it would join the coalition talks.");
    expect(orgs(f)).toContain("Sindh Muslim League-Nawaz");
    expect(f.mentions.filter((m) => m.kind === "person" && m.lexiconId)).toEqual([]);
  });
});

describe("pass 2b: an acronym before the post of a body's head (en)", () => {
  it("'ZNP chairman X', 'LFM spokesman X' name the bodies; 'DRC President X' and a longer name do not", () => {
    const f = facts("ZNP chairman Obi Tanko met LFM spokesman Ruth Kamau in Lusaka. DRC President Lumo Beya arrived. The Union of ZNP chairman Obi Tanko spoke.");
    expect(orgs(f)).toEqual(expect.arrayContaining(["ZNP", "LFM"]));
    expect(orgs(f)).not.toContain("DRC");
    // the acronym elsewhere in the article is the body too
    expect(orgs(facts("ZNP chairman Obi Tanko spoke. The ZNP said it would join the talks.")).filter((o) => o === "ZNP")).toHaveLength(2);
  });
});
