// Pass 4 (dates in context): "the same day" family and "the next day" family take the day of the last date the
// article named before them (src/lexicon/data/cues.json sameDay, dayAfter). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "../passes/helpers.js";

const D = "2025-05-08"; // a Thursday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const LAVROV = P("sergey-lavrov");
const dateOf = (text: string, a: string, b: string) =>
  events(facts(text, D), "meeting").filter((e) => e.who.includes(a) && e.who.includes(b)).map((e) => e.date);

describe("the same day", () => {
  it("en: 'earlier in the day' / 'later in the day'", () => {
    expect(dateOf("Hakan Fidan arrived in Moscow on Tuesday. Earlier in the day he met Fuad Hussein in Ankara.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
    expect(dateOf("Sergey Lavrov met Hakan Fidan on Monday. Later in the day Fidan held talks with Fuad Hussein.", FIDAN, HUSSEIN)).toEqual(["2025-05-05"]);
  });
  it("fa: 'در همین روز'", () => {
    expect(dateOf("سرگئی لاوروف روز سه‌شنبه با هاکان فیدان دیدار کرد. فؤاد حسین نیز در همین روز با فیدان دیدار کرد.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
  });
});

describe("the next day", () => {
  it("en: 'a day later' / 'the following day'", () => {
    expect(dateOf("Sergey Lavrov met Hakan Fidan on Monday. A day later Fidan held talks with Fuad Hussein.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
    expect(dateOf("Sergey Lavrov met Hakan Fidan on Monday. Fidan met Fuad Hussein the following day.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
  });
  it("fa: 'یک روز بعد'; ar: 'في اليوم التالي'", () => {
    expect(dateOf("سرگئی لاوروف روز دوشنبه با هاکان فیدان دیدار کرد. یک روز بعد فیدان با فؤاد حسین دیدار کرد.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
    expect(dateOf("التقى سيرغي لافروف هاكان فيدان يوم الاثنين. وفي اليوم التالي التقى فيدان فؤاد حسين.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
  });
  it("across a month's end", () => {
    expect(dateOf("Sergey Lavrov met Hakan Fidan on 30 April 2025. The next day Fidan met Fuad Hussein.", FIDAN, HUSSEIN)).toEqual(["2025-05-01"]);
  });
  it("without an earlier date there is nothing to count from: no date is invented", () => {
    expect(dateOf("A day later Hakan Fidan met Fuad Hussein in Ankara.", FIDAN, HUSSEIN)).toEqual([null]);
  });
  it("the first meeting keeps its own date", () => {
    expect(dateOf("Sergey Lavrov met Hakan Fidan on Monday. A day later Fidan held talks with Fuad Hussein.", LAVROV, FIDAN)).toEqual(["2025-05-05"]);
  });
});

describe("a live blog's time-stamped update", () => {
  it("'11:15 — X is holding talks with Y' is of the publication day", () => {
    const text = ["Live: foreign ministers meet in Ankara", "", "10:05 — Delegations are arriving.", "", "11:15 — Hakan Fidan is holding talks with Fuad Hussein."].join("\n");
    expect(dateOf(text, FIDAN, HUSSEIN)).toEqual([D]);
  });
  it("an update that names its own day keeps it; a clock time inside a sentence dates nothing", () => {
    expect(dateOf("11:15 — Hakan Fidan met Fuad Hussein on Tuesday, officials said.", FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
    expect(dateOf("Hakan Fidan met Fuad Hussein at 11:15 — officials said.", FIDAN, HUSSEIN)).toEqual([null]);
  });
});

describe("a lead sentence that dates a meeting of people it does not name", () => {
  it("the next sentence's meeting, naming them, takes its date", () => {
    const text = "The foreign ministers of Turkey and Iraq met in Ankara on Tuesday. Hakan Fidan hosted Fuad Hussein at the ministry.";
    expect(dateOf(text, FIDAN, HUSSEIN)).toEqual(["2025-05-06"]);
  });
  it("not when the lead sentence reports a meeting of its own named people", () => {
    const text = "Sergey Lavrov met Hakan Fidan in Ankara on Tuesday. Fidan hosted Fuad Hussein at the ministry.";
    expect(dateOf(text, FIDAN, HUSSEIN)).toEqual([null]);
  });
});

describe("the same day is of the story's last day, not of a relative clause about something else", () => {
  const DAR = P("ishaq-dar");
  it("en: past 'a letter which X sent on March 3'", () => {
    const text = "Hakan Fidan met Fuad Hussein in Baghdad on Tuesday. The visit follows a letter which Hussein sent to Ankara on March 3. Earlier the same day, Fidan had held talks with Ishaq Dar.";
    expect(dateOf(text, FIDAN, DAR)).toEqual(["2025-05-06"]);
  });
  it("ar: past «الرسالة التي وجهها X في 3 مارس الماضي»", () => {
    const text = "التقى هاكان فيدان فؤاد حسين في بغداد يوم الثلاثاء. وتأتي الزيارة عقب الرسالة التي وجهها حسين إلى أنقرة في 3 مارس الماضي. وكان فيدان قد أجرى صباح اليوم نفسه مباحثات مع إسحاق دار.";
    expect(dateOf(text, FIDAN, DAR)).toEqual(["2025-05-06"]);
  });
  it("a day the story's own clause names stays the base", () => {
    const text = "Hakan Fidan met Fuad Hussein in Baghdad on Monday. On Wednesday, parliament approved the water plan. The same day, Fidan held talks with Ishaq Dar.";
    expect(dateOf(text, FIDAN, DAR)).toEqual(["2025-05-07"]);
  });
});
