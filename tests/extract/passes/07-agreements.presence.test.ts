// Pass 7 (agreements): a Persian passive signing told after a presence phrase, "با حضور دو رئیس‌جمهور به امضای A و
// B رسید" (was signed by A and B in the presence of the two presidents): the presence phrase ends where "به امضای"
// begins, so A and B are the signers, not witnesses. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const signers = (text: string) => agreements(facts(text, "2024-03-14")).map((a) => a.who.filter((w) => w.startsWith("person/")));

describe("pass 7: signers after a Persian presence phrase", () => {
  it("'با حضور دو رئیس‌جمهور به امضای A و B رسید': A and B sign", () => {
    const text = "چهار سند همکاری با حضور دو رئیس‌جمهور به امضای عباس عراقچی وزیر امور خارجه ایران و هاکان فیدان وزیر امور خارجه ترکیه رسید.";
    expect(signers(text)).toEqual([["person/abbas-araghchi", "person/hakan-fidan"]]);
  });
  it("'با حضور A و B … امضا شد': the people of the presence phrase stay witnesses", () => {
    const text = "چهار سند همکاری با حضور مسعود پزشکیان و رجب طیب اردوغان در آنکارا امضا شد.";
    expect(signers(text).flat()).toEqual([]);
  });
});

describe("pass 7: leaders who watch a signing whose signers are not named lend it their states", () => {
  const sides = (text: string) => agreements(facts(text, "2024-03-14")).map((a) => ({ status: a.status, who: a.who.filter((w) => w.startsWith("place/")) }));
  it("«شهد A وB توقيع اتفاقية … بين X وY» where only X is read as a state: X, and the other watcher's", () => {
    const text = "شهد الرئيس الفرنسي إيمانويل ماكرون والرئيس الجزائري عبد المجيد تبون في الجزائر توقيع اتفاقية للتعاون الثقافي بين الجزائر والجمهورية الفرنسية.";
    expect(sides(text)).toEqual([{ status: "signed", who: ["place/algeria", "place/france"] }]);
  });
  it("the watchers' states when the sentence names none («شهد A وB التوقيع على ثلاث اتفاقيات»)", () => {
    const text = "شهد الرئيس التونسي قيس سعيد ورئيسة الوزراء الإيطالية جورجيا ميلوني التوقيع على ثلاث اتفاقيات في مجال الطاقة.";
    expect(sides(text)).toEqual([{ status: "signed", who: ["place/italy", "place/tunisia"] }]);
  });
  it("not the host's state when it names two other sides", () => {
    const text = "شهد الرئيس المصري عبد الفتاح السيسي توقيع اتفاق لوقف إطلاق النار بين السودان وجنوب السودان في القاهرة.";
    expect(sides(text).flatMap((a) => a.who)).not.toContain("place/egypt");
  });
});

describe("pass 7: an Arabic presence list after the signing goes on past «، و + title + name» (gazettes suite)", () => {
  it("«بحضور A، والرئيس … B، ونائبة … C»: none of the three signs", () => {
    const text =
      "ووقع الاتفاق عن الحكومة الكونغولية وزير العدل إيلي موانزا، وعن الحركة المتمردة المتحدث باسمها لورنس كانيوكا، بحضور الرئيس الجنوب أفريقي الأسبق ثابو مبيكي، والرئيس الكيني وليام روتو، ونائبة رئيس الوزراء الأوغندي السابقة ريبيكا كاداغا.";
    const who = signers(text).flat();
    expect(signers(text).length).toBe(1);
    expect(who).not.toContain("person/thabo-mbeki");
    expect(who).not.toContain("person/william-ruto");
  });
});

describe("pass 7: «أشرف A وB على مراسم التوقيع» — who presides over a signing is no party to it", () => {
  it("the presidents who presided watch; the ministers named after sign", () => {
    const text = "وأشرف الرئيس قيس سعيد والرئيس عبد المجيد تبون على مراسم التوقيع على اتفاق للتعاون الطاقي وقعه وزير الخارجية نبيل عمار ووزير الخارجية أحمد عطاف.";
    const who = signers(text).flat();
    expect(who).not.toContain("person/kais-saied");
    expect(who).not.toContain("person/abdelmadjid-tebboune");
  });
});
