// Pass 5 (_event-dates, _event-facts): the day of a lead carried to a contact told after it with no date of its
// own — one held on the sidelines of a summit the lead dates, the signing of a lead's agreement told past a sentence
// that dates nothing, the meeting of the people of the states a lead's agreement names; a day given after ", a day
// after" dates that clause, not the lead, and one in an apposition to the subject (", sworn in three days ago,")
// dates that apposition, not the meeting. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const DAR = P("ishaq-dar");
const D = "2025-05-22"; // a Thursday
const dateOf = (text: string, a: string, b: string) => met(facts(text, D), a, b).map((e) => e.date);

describe("a contact on the sidelines of a summit takes the summit's day", () => {
  // the lead also names a year: the summit's one day is its day
  it("en", () => {
    expect(dateOf("Hakan Fidan attended the summit of the Organisation of Islamic Cooperation in Jeddah on Tuesday, the first time a Turkish minister has attended the summit since 1990. On the sidelines of the summit he met Ishaq Dar.", FIDAN, DAR)).toEqual(["2025-05-20"]);
  });
  it("fa: «در حاشیه اجلاس»", () => {
    expect(dateOf("هاکان فیدان روز سه‌شنبه در جده در اجلاس سازمان همکاری اسلامی شرکت کرد؛ نخستین بار از سال ۱۹۹۰ که وزیر ترکیه در این اجلاس حضور می‌یابد. آقای فیدان در حاشیه اجلاس با فؤاد حسین دیدار کرد.", FIDAN, HUSSEIN)).toEqual(["2025-05-20"]);
  });
  it("ar: «على هامش القمة»", () => {
    expect(dateOf("شارك هاكان فيدان يوم الثلاثاء في قمة منظمة التعاون الإسلامي في جدة، وهي المرة الأولى التي يحضر فيها وزير تركي القمة منذ عام 1990. والتقى فيدان على هامش القمة إسحاق دار.", FIDAN, DAR)).toEqual(["2025-05-20"]);
  });
  it("a summit told with two days does not say which", () => {
    expect(dateOf("Hakan Fidan flew to Jeddah on Monday and attended the summit on Tuesday. On the sidelines of the summit he met Ishaq Dar.", FIDAN, DAR)).not.toContain("2025-05-19");
  });
  it("not a gathering the clause names by another place or body ('… on the sidelines of the G20 conference in Rome')", () => {
    const lead = "Hakan Fidan took part in a conference of the Organisation of Islamic Cooperation in Jeddah on Tuesday.";
    expect(dateOf(`${lead} Fidan met Ishaq Dar on the sidelines of the conference.`, FIDAN, DAR)).toEqual(["2025-05-20"]);
    expect(dateOf(`${lead} Fidan met Ishaq Dar on the sidelines of the G20 conference in Rome.`, FIDAN, DAR)).toEqual([null]);
  });
  it("nor a meeting of the story's background ('had last met')", () => {
    const text = "Hakan Fidan attended the summit of the Organisation of Islamic Cooperation in Jeddah on Tuesday. Fidan and Ishaq Dar had last met on the sidelines of the G20 summit in Rome.";
    expect(dateOf(text, FIDAN, DAR)).toEqual([null]);
  });
});

describe("the lead's own day, not that of its clause after ', a day after'", () => {
  it("en", () => {
    expect(dateOf("Turkey and Iraq signed a water accord on Thursday, a day after Hakan Fidan arrived in Baghdad for a summit. Fidan and Fuad Hussein signed the accord at the foreign ministry.", FIDAN, HUSSEIN)).toEqual(["2025-05-22"]);
  });
});

describe("the lead past a sentence that tells nothing dated", () => {
  it("en", () => {
    expect(dateOf("Turkey and Iraq signed a water accord on Tuesday. Under the accord, Turkey will release more water into the Tigris. Hakan Fidan and Fuad Hussein signed the document in Baghdad.", FIDAN, HUSSEIN)).toEqual(["2025-05-20"]);
  });
  it("fa", () => {
    expect(dateOf("ترکیه و عراق روز سه‌شنبه توافقی درباره آب امضا کردند. بر اساس این توافق، ترکیه آب بیشتری به دجله رها خواهد کرد. هاکان فیدان و فؤاد حسین سند را در بغداد امضا کردند.", FIDAN, HUSSEIN)).toEqual(["2025-05-20"]);
  });
  it("not past a sentence that dates another day", () => {
    expect(dateOf("Turkey and Iraq signed a water accord on Tuesday. The two countries had agreed on the text on May 2. Hakan Fidan and Fuad Hussein signed the document in Baghdad.", FIDAN, HUSSEIN)).not.toContain("2025-05-20");
  });
});

describe("a date of an apposition to the subject is not the meeting's", () => {
  it("en: ', sworn in only three days ago,' dates the swearing-in; ', on Monday,' the meeting", () => {
    expect(dateOf("Hakan Fidan, sworn in only three days ago, met Fuad Hussein in Baghdad.", FIDAN, HUSSEIN)).toEqual([null]);
    expect(dateOf("Hakan Fidan, on Monday, met Fuad Hussein in Baghdad.", FIDAN, HUSSEIN)).toEqual(["2025-05-19"]);
  });
});

describe("a lead's agreement of states dates the meeting of their people told next", () => {
  it("en", () => {
    expect(dateOf("Turkey and Iraq agreed on Tuesday to share the waters of the Tigris. Turkish Foreign Minister Hakan Fidan, appointed only ten days ago, met Iraq's Fuad Hussein for three hours in Baghdad.", FIDAN, HUSSEIN)).toEqual(["2025-05-20"]);
  });
  it("fa", () => {
    expect(dateOf("ترکیه و عراق روز سه‌شنبه بر سر تقسیم آب دجله توافق کردند. هاکان فیدان، وزیر خارجه ترکیه، در بغداد با فؤاد حسین وزیر خارجه عراق دیدار کرد.", FIDAN, HUSSEIN)).toEqual(["2025-05-20"]);
  });
  it("ar", () => {
    expect(dateOf("اتفقت تركيا والعراق يوم الثلاثاء على تقاسم مياه دجلة. والتقى وزير الخارجية التركي هاكان فيدان نظيره العراقي فؤاد حسين في بغداد.", FIDAN, HUSSEIN)).toEqual(["2025-05-20"]);
  });
  it("not a meeting with someone of a state the lead does not name", () => {
    expect(dateOf("Turkey and Iraq agreed on Tuesday to share the waters of the Tigris. Hakan Fidan met Ishaq Dar in Ankara.", FIDAN, DAR)).not.toContain("2025-05-20");
  });
});
