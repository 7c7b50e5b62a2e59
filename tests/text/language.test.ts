import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/text/language.js";

describe("detectLanguage", () => {
  it("detects Persian", () => {
    expect(detectLanguage("وزیر خارجه ایران امروز به پکن سفر کرد و گفت که این سفر مهم است.")).toBe("fa");
  });

  it("detects Persian typed with Arabic ي and ك and without ZWNJ", () => {
    expect(detectLanguage("وزير خارجه ايران امروز با همتاي چيني خود ديدار كرد و گفت كه روابط دو كشور مهم است.")).toBe("fa");
    expect(detectLanguage("رئیسجمهور میگوید که این توافق را امضا میکند.")).toBe("fa");
  });

  it("detects Arabic", () => {
    expect(detectLanguage("قال وزير الخارجية إن المحادثات التي جرت في الرياض كانت مثمرة.")).toBe("ar");
  });

  it("detects Arabic typed with Persian ی and ک", () => {
    expect(detectLanguage("قال وزیر الخارجیة إن المحادثات التی جرت فی الریاض کانت مثمرة مع الجانب الترکی.")).toBe("ar");
  });

  it("detects Arabic that names Persian places (with پ/گ letters)", () => {
    expect(detectLanguage("وصل الوزير إلى بندر عباس ثم إلى گرگان في زيارة استمرت يومين، وقال إنه سيعود.")).toBe("ar");
  });

  it("detects Persian that quotes Arabic names", () => {
    expect(detectLanguage("عبدالله بن زاید آل نهیان وزیر خارجه امارات با همتای خود در ابوظبی دیدار کرد.")).toBe("fa");
  });

  it("detects English, also with some Arabic-script names", () => {
    expect(detectLanguage("The foreign minister met his counterpart in Riyadh on Sunday.")).toBe("en");
    expect(detectLanguage("The minister (وزير) met reporters in Cairo and Amman.")).toBe("en");
    expect(detectLanguage("")).toBe("en");
  });
});

describe("detectLanguage: short headlines", () => {
  it("uses the letter forms when there are no function words", () => {
    expect(detectLanguage("لقاء بوتين والأسد")).toBe("ar");
    expect(detectLanguage("دیدار پوتین و اسد")).toBe("fa");
  });
});
