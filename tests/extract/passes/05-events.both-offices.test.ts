// Pass 5 (events): «دو رئیس جمهور» (the two presidents) as the subject of a meeting after the sentence that names
// them acting together: the office inside the phrase is its head noun, not a third person that stops the phrase from
// standing for the pair; the pair may stand two sentences back when the sentence between names no one. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2024-03-11";
const A = "person/masoud-pezeshkian";
const B = "person/recep-tayyip-erdogan";
const opened = "مسعود پزشکیان و رجب طیب اردوغان امروز در آنکارا نمایشگاه صنعتی دو کشور را افتتاح کردند.";

describe("pass 5: «دو رئیس جمهور … دیدار کردند» after a joint act", () => {
  it("the two presidents of the sentence before meet", () => {
    expect(met(facts(`${opened} دو رئیس جمهور پس از مراسم دیدار و گفت‌وگو کردند.`, D), A, B)).toHaveLength(1);
    expect(met(facts(`${opened} دو رئیس‌جمهور پس از مراسم در دیداری دوجانبه درباره همکاری‌های انرژی گفت‌وگو کردند.`, D), A, B)).toHaveLength(1);
  });
  it("past a sentence that names no one", () => {
    expect(met(facts(`${opened} این نمایشگاه صد غرفه دارد. دو رئیس‌جمهور پس از مراسم دیدار و گفت‌وگو کردند.`, D), A, B)).toHaveLength(1);
  });
  it("not a pair that stands three sentences back, nor three people", () => {
    expect(events(facts(`${opened} این نمایشگاه صد غرفه دارد. غرفه‌ها تا جمعه باز است. دو رئیس‌جمهور پس از مراسم دیدار و گفت‌وگو کردند.`, D), "meeting")).toEqual([]);
    const three = "مسعود پزشکیان، رجب طیب اردوغان و الهام علی‌اف امروز در آنکارا نمایشگاه صنعتی را افتتاح کردند. دو رئیس‌جمهور پس از مراسم دیدار و گفت‌وگو کردند.";
    expect(events(facts(three, D), "meeting")).toEqual([]);
  });
});
