// Pass 5 (events): "the two men had signed … on <day>" («وكان الرجلان قد وقعا … في الخامس من يونيو الماضي على …») is
// a signing of the story's background with a day of its own, not the signing of the meeting just reported
// (_background-pair.ts, through _both-sides); a resort's name after «منتجع» is a town no lexicon holds (cues.json
// cityNoun, _unknown-towns); «بعد جولات من المحادثات» (after rounds of talks) is a process, no meeting of its own
// (cues.json longSpan, _event-parts.longProcess). Found by the horn suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, P, places } from "./helpers.js";

const D = "2018-07-09";
const LEAD = "وقع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري أسياس أفورقي اليوم الاثنين على إعلان للسلام والصداقة بحضور وزير الخارجية الإريتري. ";
const pair = (f: ReturnType<typeof facts>) => events(f, "meeting").filter((e) => e.who.includes(P("abiy-ahmed")) && e.who.includes(P("isaias-afwerki")));

describe("pass 5: a pluperfect signing of «الرجلان» with a day of its own", () => {
  it("«وكان الرجلان قد وقعا في أديس أبابا في 5 يونيو 2018 على بروتوكول»: a signing of that day", () => {
    const f = facts(LEAD + "وكان الرجلان قد وقعا في أديس أبابا في 5 يونيو 2018 على بروتوكول أمني.", D);
    expect(pair(f).map((e) => e.date)).toContain("2018-06-05");
  });
  it("«ووقع الرجلان على بروتوكول» with no day of its own is the meeting's own signing", () => {
    const f = facts(LEAD + "ووقع الرجلان على بروتوكول أمني.", D);
    expect(pair(f).map((e) => e.date)).toEqual(["2018-07-09"]);
  });
});

describe("pass 5: a resort's name and rounds of talks", () => {
  it("«في منتجع لانغانو»: the resort is a place, and the signing there is read across it", () => {
    const f = facts(LEAD + "وكان الرجلان قد وقعا في منتجع لانغانو في الخامس من يونيو الماضي على بروتوكول أمني.", D);
    expect(places(f)).toContain("لانغانو");
    expect(pair(f).map((e) => e.date)).toContain("2018-06-05");
  });
  it("«منتجع سياحي» (a tourist resort) names no town", () => {
    const f = facts("وافتتح وزير السياحة الإثيوبي منتجع سياحي جديد على ضفاف البحيرة.", D);
    expect(places(f)).not.toContain("سياحي");
  });
  it("«بعد جولات من المحادثات بدأت بينهما في مارس الماضي» is no meeting of March", () => {
    const f = facts(LEAD + "وكان الرجلان قد وقعا في أديس أبابا في 5 يونيو 2018 على بروتوكول أمني، بعد جولات من المحادثات بدأت بينهما في مارس الماضي.", D);
    expect(pair(f).map((e) => e.date)).toContain("2018-06-05");
    expect(pair(f).map((e) => e.date)).not.toContain("2018-03-01");
  });
});
