// Pass 5 and its helpers on the attendees of a body's session (gap fixer of the assemblies suite; sentences written
// for these tests): who took part in a body's session joins no meeting told before it (_joiners.joinLastMeeting), and
// a body's numbered session («الدورة الـ37 لمؤتمر قمة الاتحاد الأفريقي») is what a later bare «القمة» goes on telling
// (_body-sessions.toldSessionBefore), so those who took part in it did not meet one another for that; a gathering
// attended by an unnamed plural of many states' heads or ministers is no meeting of the few it names
// (_body-sessions.manyStatesGathering, cues.json delegatesNoun and statesNoun), and a contact told «عقب الاجتماع» (after
// the meeting) is of the day of the gathering told before with that noun (_event-dates.summitDay).
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-02-18"; // a Sunday
const KAGAME = P("paul-kagame");
const MUSEVENI = P("yoweri-museveni");
const SALL = P("macky-sall");
const SAMIA = P("samia-suluhu-hassan");
const RAMAPHOSA = P("cyril-ramaphosa");

describe("pass 5: the attendees of a body's session", () => {
  it("one who took part in «القمة الأفريقية» after a reception told before it joins no reception", () => {
    const f = facts(
      "افتتحت في أديس أبابا اليوم أعمال القمة الأفريقية. واستقبل الرئيس الرواندي بول كاغامي الرئيس الأوغندي يويري موسيفيني لدى وصوله إلى مقر القمة. وشارك في القمة الرئيس السنغالي ماكي سال.",
      D,
    );
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(1);
    expect(met(f, KAGAME, SALL)).toHaveLength(0);
    expect(met(f, MUSEVENI, SALL)).toHaveLength(0);
  });
  it("one who attended a body's session after talks on its sidelines joins no talks", () => {
    const f = facts(
      "بدأت في أديس أبابا اليوم أعمال القمة الأفريقية. وعلى هامش القمة، التقى الرئيس الرواندي بول كاغامي الرئيس الأوغندي يويري موسيفيني. وحضر القمة الرئيس الجنوب أفريقي سيريل رامافوزا.",
      D,
    );
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(1);
    expect(met(f, KAGAME, RAMAPHOSA)).toHaveLength(0);
  });
  it("those who took part in «القمة» after «الدورة الـ37 لمؤتمر قمة الاتحاد الأفريقي» did not meet one another for that", () => {
    const f = facts(
      "اختتمت في أديس أبابا اليوم أعمال الدورة الـ37 لمؤتمر الاتحاد الأفريقي. وشارك في القمة الرئيس السنغالي ماكي سال، والرئيسة التنزانية سامية صلوحو حسن، والرئيس الجنوب أفريقي سيريل رامافوزا.",
      D,
    );
    expect(met(f, SALL, SAMIA)).toHaveLength(0);
    expect(met(f, SAMIA, RAMAPHOSA)).toHaveLength(0);
  });
  it("a session no body names stays a summit of those who took part", () => {
    const f = facts("عقدت في نيروبي اليوم الدورة الثانية للقمة. وشارك في القمة الرئيس الرواندي بول كاغامي والرئيس الأوغندي يويري موسيفيني.", D);
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(1);
  });
  it("a summit opened in the presence of one named and «عشرات من رؤساء الدول» is no meeting of the two named", () => {
    const f = facts("افتتح الرئيس الرواندي بول كاغامي، اليوم الأحد، قمة للطاقة في كيغالي، بحضور الرئيس الأوغندي يويري موسيفيني وعشرات من رؤساء الدول والحكومات.", D);
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(0);
  });
  it("a meeting chaired by one with named ministers «ووزراء الزراعة في الدول الأعضاء» is no meeting of them", () => {
    const f = facts("وترأس الاجتماع الرئيس الرواندي بول كاغامي، بمشاركة الرئيس السنغالي ماكي سال، ووزراء الزراعة في الدول الأعضاء، والرئيسة التنزانية سامية صلوحو حسن.", D);
    expect(met(f, KAGAME, SALL)).toHaveLength(0);
    expect(met(f, SALL, SAMIA)).toHaveLength(0);
  });
  it("the leaders of the three countries and their named heads did meet", () => {
    const f = facts("وعقد في كيغالي اليوم اجتماع ضم الرئيس الرواندي بول كاغامي والرئيس الأوغندي يويري موسيفيني والرئيس السنغالي ماكي سال، بحضور وزراء خارجية الدول الثلاث.", D);
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(1);
  });
  it("a summit named after the heads of its states («قمة رؤساء دول …») is still a meeting of the two named", () => {
    const f = facts("وعقدت في كيغالي اليوم قمة رؤساء دول شرق أفريقيا بحضور الرئيس الرواندي بول كاغامي والرئيس الأوغندي يويري موسيفيني.", D);
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(1);
  });
  it("a verb of receiving a plural of ministers is still a meeting with the one named", () => {
    const f = facts("استقبل الرئيس الرواندي بول كاغامي، اليوم الأحد، الرئيس الأوغندي يويري موسيفيني ووزراء الخارجية في الدول المجاورة.", D);
    expect(met(f, KAGAME, MUSEVENI)).toHaveLength(1);
  });
  it("a press conference of two «عقب الاجتماع» of many states' ministers is of that gathering's day, not of a date told since", () => {
    const f = facts(
      "كيغالي في 18 فبراير - اتفقت الدول الأعضاء في الجماعة، اليوم، على خطة للطاقة، وذلك خلال اجتماع وزاري عقد في كيغالي. وترأس الاجتماع الرئيس الرواندي بول كاغامي، بمشاركة الرئيس الأوغندي يويري موسيفيني، ووزراء الطاقة في الدول الأعضاء. وقال كاغامي إن الخطة تأتي استكمالا لقرار الجماعة في اجتماعها بنيروبي في الثلاثين من يناير الماضي. وعقد الرئيسان كاغامي وموسيفيني، عقب الاجتماع، مؤتمرا صحفيا مشتركا.",
      D,
    );
    expect(met(f, KAGAME, MUSEVENI).map((e) => e.date)).toEqual(["2024-02-18"]);
  });
});
