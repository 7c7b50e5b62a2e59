// Pass 1 on what the neighbours suite found (tests/extract/neighbours): a message handed over in person («پیام … را به
// X تسلیم کرد», «… تقدیم X کرد») is a contact of its bearer and its recipient (_handover); «به امضای … رسید» holds
// titled signers no lexicon knows, their office words and their countries not counted in its gap (_cue-readings
// signerWord). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const P = (s: string) => `person/${s}`;

describe("pass 1: a message handed over in person", () => {
  it("«… پیام کتبی امیر قطر را به رئیس‌جمهوری تسلیم کرد» is a meeting of bearer and recipient, not of the sender", () => {
    const f = facts("شیخ محمد بن عبدالرحمن آل ثانی وزیر امور خارجه قطر روز یکشنبه در تهران پیام کتبی شیخ تمیم بن حمد آل ثانی امیر قطر را به ابراهیم رئیسی تسلیم کرد.", "2022-01-31");
    expect(met(f, P("mohammed-bin-abdulrahman-al-thani"), P("ebrahim-raisi")).length).toBe(1);
    expect(met(f, P("tamim-bin-hamad-al-thani"), P("ebrahim-raisi"))).toEqual([]);
  });
  it("«پیام … را تقدیم X کرد»", () => {
    const f = facts("یوسف بن علوی وزیر امور خارجه عمان روز دوشنبه در تهران پیام سلطان قابوس را تقدیم حسن روحانی کرد.", "2019-05-21");
    expect(met(f, P("yusuf-bin-alawi-bin-abdullah"), P("hassan-rouhani")).length).toBe(1);
  });
  it("a message sent («پیام … ارسال کرد») is no meeting", () => {
    const f = facts("حسن روحانی در پیامی به سلطان قابوس تبریک گفت و پیام خود را از طریق سفیر ارسال کرد.", "2019-05-21");
    expect(met(f, P("hassan-rouhani"), P("qaboos-bin-said"))).toEqual([]);
  });
});

describe("pass 1: «به امضای … رسید» with titled signers no lexicon knows", () => {
  it("two signers named with their long titles sign the memorandum", () => {
    const f = facts("در این سفر یادداشت تفاهم همکاری نفتی با حضور دو رئیس‌جمهور به امضای مسعود کرباسیان وزیر اقتصاد کشورمان و ثامر الغضبان وزیر نفت و انرژی عراق رسید.", "2019-03-12");
    const signers = f.agreements.map((a) => a.signatories.map((i) => f.mentions[i].text).sort());
    expect(signers).toEqual([["ثامر الغضبان", "مسعود کرباسیان"]]);
  });
});
