// Pass 5: phrasings of a meeting (events.json kinds.meeting): English ones whose subject is the pair itself, with no "with"
// ("A and B sat down for talks"), and Persian compound verbs of a host holding a whole person between their parts
// ("پذیرای … بود"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2024-06-05";
const pairs = (text: string) => events(facts(text, D), "meeting").map((e) => [...e.who].sort());

describe("pass 5: 'sat down' for talks or together is a meeting of the pair", () => {
  it("'A and B sat down for talks in X on Thursday'", () => {
    expect(pairs("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed sat down for talks in Nairobi on Thursday.")).toEqual([["person/abiy-ahmed", "person/william-ruto"]]);
  });
  it("'A and B sat down together'", () => {
    expect(pairs("Narendra Modi and Fumio Kishida sat down together in Hiroshima on Saturday.")).toEqual([["person/fumio-kishida", "person/narendra-modi"]]);
  });
  it("not a plan to sit down ('are expected to sit down for talks')", () => {
    expect(pairs("William Ruto and Abiy Ahmed are expected to sit down for talks in Nairobi next week.")).toEqual([]);
  });
});

describe("pass 5: a Persian host's compound verb holds a whole person between its parts", () => {
  it("'X پذیرای هیئتی به ریاست Y وزیر خارجه Z بود' is a meeting of X and Y", () => {
    const text = "نخست‌وزیر پاکستان شهباز شریف روز دوشنبه در اسلام‌آباد پذیرای هیئتی به ریاست عباس عراقچی وزیر امور خارجه ایران بود.";
    expect(pairs(text)).toEqual([["person/abbas-araghchi", "person/shehbaz-sharif"]]);
  });
  it("'X میزبان Y … بود' with the guest's long title", () => {
    const text = "رجب طیب اردوغان روز سه‌شنبه در آنکارا میزبان شیخ محمد بن عبدالرحمن آل ثانی نخست‌وزیر و وزیر خارجه قطر بود.";
    expect(pairs(text)).toEqual([["person/mohammed-bin-abdulrahman-al-thani", "person/recep-tayyip-erdogan"]]);
  });
});

describe("pass 5: talks with their place, then a relative clause of place or time, are the meeting of the people it names", () => {
  it("'… followed talks in X, where A and his counterpart B on Monday agreed to …'", () => {
    const f = facts("The announcement followed two days of talks in Lima, where Chilean Foreign Minister Roberto Ampuero and his Peruvian counterpart Néstor Popolizio on Monday agreed to reopen the border crossing.", "2019-05-08");
    const m = events(f, "meeting");
    expect(m.map((e) => [...e.who].sort())).toEqual([["person/nestor-popolizio", "person/roberto-ampuero"]]);
    expect(m[0].date).toBe("2019-05-06");
    expect(m[0].place).toBe("place/lima");
  });
  it("'negotiations at X during which A and B …', with no comma", () => {
    expect(pairs("The ceasefire was the fruit of negotiations in Doha during which Zalmay Khalilzad and Abdul Ghani Baradar settled the prisoner question.")).toEqual([["person/abdul-ghani-baradar", "person/zalmay-khalilzad"]]);
  });
  it("no people in the relative clause, no meeting ('talks in Geneva, where the UN keeps its office')", () => {
    expect(pairs("Talks in Geneva, where the United Nations keeps its European office, ended without a deal.")).toEqual([]);
  });
  it("a meeting the relative clause plans is planned ('talks in X, where A will meet B next week')", () => {
    expect(pairs("Officials prepared for talks in Doha, where Zalmay Khalilzad will meet Abdul Ghani Baradar next week.")).toEqual([]);
  });
});
