// Pass 5 and pass 7 on the Persian business press (found by the bazaar suite): who is present only by video at a
// signing is no one at it (_mentions.remotelyPresent, read by _signings and _gathering); «دو رئیس جمهور» and «رؤسای
// جمهور دو کشور» are the two presidents (of a call told before, or the two named near: _both-sides), also after the
// relative «در آن»; and «به امضای … رسید» reaches its verb past long titles, the signers' names not counted
// (_cue-readings.signingAroundSigners). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { agreements, facts, met } from "./helpers.js";

const RAISI = "person/ebrahim-raisi";
const PUTIN = "person/vladimir-putin";
const NOVAK = "person/alexander-novak";
const XI = "person/xi-jinping";
const ROUHANI = "person/hassan-rouhani";

describe("pass 5: present by video at a signing (fa)", () => {
  const f = facts(
    "تفاهم‌نامه تأمین گاز امروز در تهران با حضور سید ابراهیم رئیسی و حضور مجازی ولادیمیر پوتین به امضای جواد اوجی وزیر نفت و الکساندر نواک معاون نخست وزیر روسیه رسید.",
    "2022-07-20",
  );
  it("the host and the signers met; the president joining by video met none of them", () => {
    expect(met(f, RAISI, NOVAK).length).toBeGreaterThan(0);
    expect(met(f, PUTIN, NOVAK)).toEqual([]);
    expect(met(f, PUTIN, RAISI)).toEqual([]);
  });
});

describe("pass 5: «دو رئیس جمهور», «رؤسای جمهور دو کشور» (fa)", () => {
  it("after a video call of two presidents and a signing of their ministers, 'the two presidents' are the callers", () => {
    const f = facts(
      "رئیسی و پوتین امروز از طریق ویدئوکنفرانس با یکدیگر گفت‌وگو کردند. پیش از آن جواد اوجی وزیر نفت در تهران با الکساندر نواک معاون نخست وزیر روسیه دیدار کرد. دو رئیس جمهور آخرین بار در ماه گذشته در عشق‌آباد با یکدیگر دیدار کرده بودند.",
      "2022-07-20",
    );
    const last = met(f, RAISI, PUTIN);
    expect(last.length).toBeGreaterThan(0);
    expect(met(f, NOVAK, PUTIN)).toEqual([]);
  });

  it("in a relative «سفری که در آن …», the two presidents are the visitor and the host president named before", () => {
    const f = facts(
      "حسن روحانی رئیس جمهور دیروز در تهران از نمایشگاه صنعت بازدید کرد. این طرح نخستین بار در سفر شی جین‌پینگ رئیس جمهور چین به تهران مطرح شد؛ سفری که در آن رؤسای جمهور دو کشور با یکدیگر دیدار کردند.",
      "2021-03-28",
    );
    expect(met(f, XI, ROUHANI).length).toBeGreaterThan(0);
  });
});

describe("pass 7: «به امضای … رسید» past the signers' long titles (fa)", () => {
  it("two signers named in full, the second with a title of two posts joined by «و», sign one document", () => {
    const f = facts(
      "برنامه همکاری‌های تجاری ایران و روسیه روز دوشنبه در مسکو به امضای محمدجواد ظریف وزیر امور خارجه و سرگئی لاوروف وزیر امور خارجه روسیه و رئیس هیئت روسی در کمیسیون مشترک رسید.",
      "2019-09-17",
    );
    expect(agreements(f).some((a) => a.who.includes("person/mohammad-javad-zarif") && a.who.includes("person/sergey-lavrov"))).toBe(true);
  });

  it("a list of words that names no signer stays beyond the reach", () => {
    const f = facts("این سند به امضای نهایی نرسیده است و کارشناسان دو کشور در روزهای آینده درباره جزئیات فنی و مالی و حقوقی و گمرکی و بانکی و حمل و نقل آن گفت‌وگو خواهند کرد و سپس رسید.", "2022-09-20");
    expect(agreements(f).filter((a) => a.status === "signed")).toEqual([]);
  });
});
