// Pass 2 (titles), Arabic and Persian: a title phrase whose body no lexicon knows — a head noun and its construct chain
// before a name led by a given name, a family name of nisbas after a feminine chain, a Persian name before «رئیس کل
// …», a definite title whose complement goes on behind ل in apposition to the name before it; and pass 5: the second
// part of a meeting sentence naming two people after the event word still has the first part's subject, and a join
// word in a relative clause joins no meeting. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { P, facts, met, people } from "./helpers.js";

const D = "2024-05-06";

describe("pass 2: a title's construct chain, then the name", () => {
  it("'كبير مستشاري الحركة X' (a head noun, a plural in the construct state, a definite body)", () => {
    expect(people(facts("التقى الوزير أمس كبير مستشاري الحركة ماريو فرنانديث في مدريد.", D))).toContain("ماريو فرنانديث");
  });
  it("'أمين الهيئة الشعبية الوطنية الطرابلسي الشتيوي' (a nisba family name after a feminine chain)", () => {
    expect(people(facts("وحضر المباحثات أمين الهيئة الشعبية الوطنية الطرابلسي الشتيوي.", D))).toEqual(["الطرابلسي الشتيوي"]);
  });
  it("Persian: a name led by a given name before «رئیس کل …» of a body no lexicon knows", () => {
    expect(people(facts("این تفاهم‌نامه را مهدی کرمانشاهی رئیس کل شیلات کشور امضا کرد.", D))).toEqual(["مهدی کرمانشاهی"]);
  });
  it("'X الرئيس التنفيذي لفالكون للصناعات': the name before the title, not the company after it", () => {
    expect(people(facts("وعن الشركة التركية وقع العقد ماركو بيلوني الرئيس التنفيذي لفالكون للصناعات.", D))).toEqual(["ماركو بيلوني"]);
  });
  it("'رئيس مجلس إدارة الشركة X' is the board's chairman, no chamber's speaker", () => {
    const f = facts("ووقع الاتفاق عن الجانب الهندي رئيس مجلس إدارة الشركة راجيف سينغ.", D);
    expect(people(f)).toEqual(["راجيف سينغ"]);
    expect(f.roles.map((r) => r.office)).toEqual(["chief-executive"]);
  });
});

describe("pass 5: the parts of a meeting sentence", () => {
  it("'عقدت X، أمس …، اجتماعا مع Y، بحضور Z': X met Y, Z there too", () => {
    const f = facts("عقدت الوزيرة سلمى الهاشمي، أمس الأحد في عمان، اجتماعا مع كبير مفاوضي الحركة خوسيه مارين، بحضور السفير ماتيو ريكاردي.", D);
    expect(met(f, "سلمى الهاشمي", "خوسيه مارين")).toHaveLength(1);
  });
  it("'…، وبعد لقاء مستشاري الأمن في البلدين، A وB': the first part's subject is not carried to a meeting of others", () => {
    const f = facts("وتأتي الزيارة بعد زيارة الوزيرة سلمى الهاشمي لروما، حيث التقت في التاسع من الشهر الجاري السفير ماتيو ريكاردي، وبعد لقاء مستشاري الأمن في البلدين، جيك سوليفان ويوري أوشاكوف، في مدريد في السادس من الشهر نفسه.", D);
    expect(met(f, P("jake-sullivan"), P("yuri-ushakov"))).toHaveLength(1);
    expect(met(f, "سلمى الهاشمي", P("jake-sullivan"))).toHaveLength(0);
  });
  it("'كما اجتمعت … بـX، الذي يشارك …': the relative clause's join word adds X to no earlier meeting", () => {
    const f = facts("التقت الوزيرة سلمى الهاشمي أمس السفير ماتيو ريكاردي. كما اجتمعت الوزيرة بالمطران خوان بيريث، الذي يشارك بصفة مراقب في المحادثات.", D);
    expect(met(f, "ماتيو ريكاردي", "خوان بيريث")).toHaveLength(0);
  });
});
