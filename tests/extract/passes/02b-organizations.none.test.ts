// Organisations that are none, and the ones that stay: sentences written for this test (en, fa, ar). The
// lexicon (a negotiating format is no organisation), 2b (a ceremonial unit), 2c (an outlet's one-word name that
// is a common word), _institutions (a building named by an office).
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const placesRead = (f: ArticleFacts) => [...new Set(f.mentions.filter((m) => m.kind === "place" && m.confidence > 0).map((m) => m.lexiconId ?? m.text))];
const orgsRead = (f: ArticleFacts) => f.mentions.filter((m) => m.kind === "organization" && m.confidence > 0).map((m) => m.lexiconId ?? m.text);

describe("organisations that are none", () => {
  it("a negotiating format named after its venue is no organisation; the venue is the place", () => {
    const f = facts("وأكد الوزيران التزامهما بمسار أستانا لحل الأزمة.");
    expect(orgsRead(f)).toEqual([]);
    expect(placesRead(f)).toContain("place/astana");
    expect(orgsRead(facts("The ministers backed the Astana format on the conflict."))).toEqual([]);
  });

  it("a ceremonial unit of a welcome is no organisation", () => {
    const f = facts("At the Presidential Palace, the Honour Guard Battalion Commander greeted the guests. The ministers then walked past the Honour Guard and entered the hall.");
    expect(orgsRead(f)).toEqual([]);
    expect(orgsRead(facts("Officials of the Ghana Integrated Aluminium Development Corporation met in Accra."))).toContain("Ghana Integrated Aluminium Development Corporation");
  });

  it("an outlet whose one-word name is a common word is the word unless the report cites it or names it in full", () => {
    expect(orgsRead(facts("ناقش الرئيسان التحديات التي تواجه المنطقة والعالم."))).toEqual([]);
    expect(orgsRead(facts("وزیر خارجه در مهر به مسکو رفت."))).toEqual([]);
    expect(orgsRead(facts("ونقلت العالم عن مصدر مطلع أن الاجتماع انتهى."))).toContain("org/al-alam");
    expect(orgsRead(facts("به گزارش مهر، وزیر خارجه امروز به مسکو رفت."))).toContain("org/mehr");
    expect(orgsRead(facts("وقال المتحدث في مقابلة مع قناة العالم إن المحادثات ستستمر. وأضاف أن العالم يتابع الوضع."))).toContain("org/al-alam");
  });

  it("an office's words after a building's head noun name the building, not the body (fa, ar)", () => {
    expect(orgsRead(facts("وزیر خارجه مصر امروز در کاخ ریاست جمهوری ترکیه با رجب طیب اردوغان دیدار کرد."))).toEqual([]);
    expect(orgsRead(facts("استقبل الرئيس ضيفه في قصر الرئاسة التركية بأنقرة."))).toEqual([]);
    // the body itself stays
    expect(orgsRead(facts("دفتر ریاست جمهوری ترکیه اعلام کرد که اردوغان به قطر می رود."))).toContain("ministry/president/turkey");
    expect(orgsRead(facts("وأعلنت الرئاسة التركية أن أردوغان سيزور قطر."))).toContain("ministry/president/turkey");
  });

  it("a pious formula quoted after a ruler's title is no body's name; a quoted name of common words after a title is a body's, in straight quotes too", () => {
    expect(orgsRead(facts('واستقبل صاحب السمو الشيخ حمد بن عيسى رئيس الدولة "حفظه الله" في القصر وفدا من رجال الأعمال.'))).toEqual([]);
    expect(orgsRead(facts('والتقى الأمين العام "يحفظه الله" وفد الحكومة.'))).toEqual([]);
    expect(orgsRead(facts('وأعلن منسق "التجمع المدني الحر" في صيدا الأستاذ كمال الحلبي أنه سيزور دمشق.'))).toContain("التجمع المدني الحر");
  });

  it("a quote mark that closes a quotation opens no name after a title word", () => {
    expect(orgsRead(facts('وقال الوسيط إن الطرفين تعهدا بانسحاب "منظم وسلس ومنسق"، مضيفا أن "هذه بداية الطريق".'))).toEqual([]);
  });

  it("an Arabic head before 'for the' or 'and the', or a preposition before a known body, names no body (ar)", () => {
    expect(orgsRead(facts("واتفق الطرفان على تشكيل لجنة للنظر في الشكاوى."))).toEqual([]);
    expect(orgsRead(facts("وكان الرئيس قد استقبل قائد الجبهة للمرة الثانية في نيروبي."))).toEqual([]);
    expect(orgsRead(facts("وتسعى النرويج إلى تسهيل الحوار بين الحركة والمجتمع الدولي."))).toEqual([]);
    expect(orgsRead(facts("ودخلت قوات من الاتحاد الأفريقي إلى المدينة."))).toEqual(["org/african-union"]);
    // a construct name stays
    expect(orgsRead(facts("واجتمع الوزير مع أعضاء لجنة المال والموازنة في البرلمان."))).toContain("لجنة المال والموازنة");
  });
});

