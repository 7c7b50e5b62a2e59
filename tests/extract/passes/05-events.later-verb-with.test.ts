// Pass 5 (_later-verb-with): after a contact, «، و» + a perfect verb that is no event word opens another verb phrase
// of the same subject; whom it is done «مع» (with) is that phrase's companion, no side of the contact before it. An
// event word after the comma («، وأجرى محادثات مع Z») still tells a contact of its own. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-14"; // a Thursday
const PUTIN = P("vladimir-putin");
const LI = P("li-qiang");
const XI = P("xi-jinping");

describe("pass 5: the «مع» companion of a later verb phrase is no side of the contact before it", () => {
  it("«التقى X Y، واختتم يومه بنزهة مع Z»: Y and Z did not meet", () => {
    const f = facts("بكين - التقى الرئيس الروسي فلاديمير بوتين اليوم الخميس في بكين رئيس مجلس الدولة الصيني لي تشيانغ، واختتم زيارته بنزهة قصيرة مع الرئيس الصيني شي جين بينغ.", D);
    expect(met(f, PUTIN, LI).length).toBeGreaterThan(0);
    expect(met(f, LI, XI)).toEqual([]);
  });
  it("«التقى X Y، وأجرى محادثات مع Z»: an event word after the comma, X met Z", () => {
    const f = facts("بكين - التقى الرئيس الروسي فلاديمير بوتين اليوم الخميس في بكين رئيس مجلس الدولة الصيني لي تشيانغ، وأجرى محادثات مع الرئيس الصيني شي جين بينغ.", D);
    expect(met(f, PUTIN, XI).length).toBeGreaterThan(0);
  });
});
