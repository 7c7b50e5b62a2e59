// Pass 6 (local coreference): where a meeting the sentence does not place happened. A signing by envoys told right
// after the signing of their states takes that one's place "در بغداد", not the place something is sent to in a
// relative clause after it ("… به ترکیه می‌فرستد"); a meeting placed only in a country is in the dateline's city when
// that city lies in the country. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2023-03-11";
const AA = "person/hossein-amir-abdollahian";

describe("pass 6: the place of a meeting from the sentence before or the dateline", () => {
  it("the lead signing's place after «در», not the destination after «به»", () => {
    const text = "ایران، عراق و ترکیه روز پنجشنبه در بغداد بیانیه‌ای را امضا کردند که بر اساس آن ایران برق بیشتری به ترکیه می‌فرستد. این بیانیه را حسین امیرعبداللهیان، فواد حسین و مولود چاووش‌اوغلو امضا کردند.";
    expect(met(facts(text, D), AA, "person/fuad-hussein").map((e) => e.place)).toEqual(["place/baghdad"]);
  });
  it("a meeting put only in a country is in the dateline's city within it; not a city of another country", () => {
    const trip = "حسین امیرعبداللهیان که در نخستین سفر یک وزیر خارجه ایران به بولیوی وارد لاپاز شده است، امروز در کاخ کمادو با روخلیو مایتا وزیر خارجه بولیوی دیدار و گفت‌وگو کرد.";
    expect(met(facts(`لاپاز - ایرنا - ${trip}`, D), AA, "person/rogelio-mayta").map((e) => e.place)).toEqual(["place/la-paz"]);
    expect(met(facts(`تهران - ایرنا - ${trip}`, D), AA, "person/rogelio-mayta").map((e) => e.place)).toEqual(["place/bolivia"]);
  });
});
