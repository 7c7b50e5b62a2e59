// Pass 2 (names no lexicon knows, _echoes): the surname a dictionary knows as a word («العادل», the just) of a name read
// in full earlier stands for that name right after «مع» following an event word («وقع مع العادل», «اجتمع مع العادل»), as
// it does right after the event word (_with-surname.ts). Found by the horn suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2020-10-03";
const LEAD = "وصل رئيس الوزراء عبد الله حمدوك اليوم إلى جوبا. وقاطع المحادثات زعيم الحركة المسلحة القائد عثمان آدم العادل. ";
const withHim = (f: ReturnType<typeof facts>) => events(f, "meeting").filter((e) => e.who.includes(P("abdalla-hamdok")) && e.who.some((w) => w.endsWith("العادل")));

describe("pass 2: a dictionary-word surname after «مع» that follows an event word", () => {
  it("«وكان حمدوك قد وقع مع العادل … إعلانا مشتركا»: a signing with him", () => {
    const f = facts(LEAD + "وكان حمدوك قد وقع مع العادل في نيروبي في الخامس من أغسطس الماضي إعلانا مشتركا.", D);
    expect(withHim(f).map((e) => e.date)).toContain("2020-08-05");
  });
  it("«واجتمع حمدوك مع العادل»: a meeting with him", () => {
    const f = facts(LEAD + "واجتمع حمدوك مع العادل في نيروبي في الخامس من أغسطس الماضي.", D);
    expect(withHim(f).length).toBeGreaterThan(0);
  });
  it("not «مع» far from any event word («تتعامل بحذر شديد مع العادل من الأقوال»: the just among sayings)", () => {
    const f = facts(LEAD + "وقال حمدوك إن الحكومة تتعامل بحذر شديد مع العادل من الأقوال.", D);
    expect(withHim(f)).toEqual([]);
  });
});
