// Names that are no mention of a place, and the ones that stay: sentences written for this test (en, fa, ar).
// Pass 1 (a foreign spelling that is a word, a demonym inside a name), pass 2 (a region that is an office's
// portfolio) and the lexicon (an epithet is no name of the country).
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

/** Place ids (or texts) the article still reads (a dropped mention resolves to nothing). */
const placesRead = (f: ArticleFacts) => [...new Set(f.mentions.filter((m) => m.kind === "place" && m.confidence > 0).map((m) => m.lexiconId ?? m.text))];
const countriesOfRoles = (f: ArticleFacts) => f.roles.map((r) => r.country ?? null);

describe("places: homographs and names that are no place", () => {
  it("an Arabic common word that is only the Persian spelling of a place is the word (كريمة, generous: not Crimea)", () => {
    expect(placesRead(facts("رحب الرئيس التونسي بدعوة كريمة من نظيره الجزائري لزيارة الجزائر."))).not.toContain("place/crimea");
    // the place by its own Arabic and Persian names stays
    expect(placesRead(facts("وصل الرئيس الروسي إلى القرم أمس."))).toContain("place/crimea");
    expect(placesRead(facts("پوتین دیروز به کریمه سفر کرد."))).toContain("place/crimea");
  });

  it("a country adjective inside a person's full name is no demonym for the title after it", () => {
    const f = facts("اجتمع وزير الخارجية الأردني مع رئيس الحكومة محمد شياع السوداني ووزير الخارجية فؤاد حسين في بغداد.");
    expect(countriesOfRoles(f)).not.toContain("place/sudan");
    // a demonym after a title still gives its country
    expect(countriesOfRoles(facts("استقبل الرئيس سعيد في تونس رئيس الوزراء السوداني كامل إدريس."))).toContain("place/sudan");
  });

  it("a continent inside a foreign minister's title is the portfolio, not a place (en, fa, ar)", () => {
    for (const text of [
      "واستقبل الوزير في الرباط وزيرة أوروبا والشؤون الخارجية الفرنسية كاترين كولونا.",
      "Moroccan officials received French Minister for Europe and Foreign Affairs Catherine Colonna in Rabat.",
      "وزیر اروپا و امور خارجه فرانسه، کاترین کولونا، به رباط سفر کرد.",
    ]) {
      const f = facts(text);
      expect(placesRead(f)).not.toContain("place/europe");
      expect(placesRead(f)).toContain("place/rabat");
      expect(f.roles.map((r) => [r.office, r.country])).toContainEqual(["foreign-minister", "place/france"]);
    }
    // a site inside a title stays a place
    expect(placesRead(facts("سخنگوی کرملین دیروز در مسکو گفت که گفتگوها ادامه دارد."))).toContain("place/kremlin");
  });

  it("a political epithet is no mention of the country; its name is", () => {
    expect(placesRead(facts("وزیر خارجه ترکیه حملات رژیم صهیونیستی به غزه را محکوم کرد."))).not.toContain("place/israel");
    expect(placesRead(facts("ودان الوزير اعتداءات الكيان الصهيوني على لبنان."))).not.toContain("place/israel");
    expect(placesRead(facts("وزیر خارجه ترکیه حملات اسرائیل به غزه را محکوم کرد."))).toContain("place/israel");
  });

  it("a name two places share (عمان: Amman and Oman) is read by the words around it before the article's counts", () => {
    // a capital noun before it: the city, though the article's people are Omani
    expect(placesRead(facts("وصل وزير الخارجية العماني بدر البوسعيدي أمس إلى العاصمة عمان في زيارة تستمر يومين."))).toEqual(["place/amman"]);
    // a title's country slot: the country, though the article is about Jordan
    expect(placesRead(facts("وقال بيان أردني إن وزير خارجية عمان سيزور الأردن الأسبوع المقبل لبحث العلاقات الأردنية."))).toContain("place/oman");
    // joined by "and" to another country: the country
    expect(placesRead(facts("قال الناطق الأردني إن التعاون بين الأردن وعمان في مجال النقل البحري يتوسع."))).toEqual(["place/jordan", "place/oman"]);
    expect(placesRead(facts("سخنگوی دولت اردن گفت که همکاری اردن و عمان در حوزه انرژی گسترش می یابد."))).toEqual(["place/jordan", "place/oman"]);
    // with no such words, the article's evidence stands, and the two are never one place
    const amman = placesRead(facts("وصل وزير الخارجية الأردني أيمن الصفدي إلى عمان قادما من القاهرة."));
    expect(amman).toContain("place/amman");
    expect(amman).not.toContain("place/oman");
    expect(placesRead(facts("زار الوزير مسقط والتقى السلطان هيثم بن طارق. وقال إن عمان شريك مهم."))).toEqual(["place/muscat", "place/oman"]);
  });
});

describe("pass 1: a place name two places share, one of them in the article's language", () => {
  it("ar: مراكش is Marrakesh (Arabic), not Morocco (whose Persian name it is)", () => {
    expect(placesRead(facts("وصل الرئيس إلى مراكش يوم الجمعة للمشاركة في المؤتمر."))).toEqual(["place/marrakesh"]);
  });
  it("fa: مراکش is Morocco", () => {
    expect(placesRead(facts("رئیس‌جمهور روز جمعه به مراکش سفر کرد."))).toEqual(["place/morocco"]);
  });
});
