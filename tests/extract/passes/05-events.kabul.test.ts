// Pass 5 on constructions the kabul suite found (tests/extract/kabul): who is "present" in a sentence that names a
// day of its own other than the meeting's is at another occasion, not a joiner of that meeting («… قرار است روز
// پنجشنبه … تا در حضور X سوگند یاد کنند» after a signing on Sunday; `_joiners.otherDay`, read by joinLastMeeting and
// by `_ceremony.joinOnlookers`). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const ABDULLAH = P("abdullah-abdullah");
const KARZAI = P("hamid-karzai");
const TAMIM = P("tamim-bin-hamad-al-thani");

describe("pass 5: a presence on another day joins no meeting", () => {
  it("a planned ceremony on Thursday in someone's presence, after a signing on Sunday", () => {
    const f = facts(
      "حامد کرزی و داکتر عبدالله عبدالله روز یکشنبه در کابل توافقنامه را امضا کردند. دو رهبر قرار است روز پنجشنبه به دوحه سفر کنند تا در حضور شیخ تمیم بن حمد آل ثانی از این سند تجلیل شود.",
      "2014-09-22",
    );
    expect(met(f, KARZAI, ABDULLAH).length).toBeGreaterThan(0);
    expect(met(f, KARZAI, TAMIM)).toEqual([]);
  });
  it("a joiner with the meeting's own day still joins it", () => {
    const f = facts("حامد کرزی روز یکشنبه در کابل با داکتر عبدالله عبدالله دیدار کرد. شیخ تمیم بن حمد آل ثانی نیز روز یکشنبه در این دیدار حضور داشت.", "2014-09-22");
    expect(met(f, KARZAI, TAMIM).length).toBeGreaterThan(0);
  });
  it("a joiner on another day joins no meeting («روز دوشنبه … در این دیدار حضور داشت» after Sunday's)", () => {
    const f = facts("حامد کرزی روز یکشنبه در کابل با داکتر عبدالله عبدالله دیدار کرد. شیخ تمیم بن حمد آل ثانی روز دوشنبه ۱۵ سپتامبر در دیداری دیگر حضور داشت.", "2014-09-22");
    expect(met(f, KARZAI, TAMIM)).toEqual([]);
  });
});

const RAHMON = P("emomali-rahmon");
const GHANI = P("ashraf-ghani");
const MIRZIYOYEV = P("shavkat-mirziyoyev");
const HANAFI = P("abdul-salam-hanafi");
const KABULOV = P("zamir-kabulov");
const MUTTAQI = P("amir-khan-muttaqi");

describe("pass 5: an occasion held in the presence of several people is their meeting (_gathering)", () => {
  it("«مراسم … با اشتراک A، B و C برگزار گردید» (Dari «با اشتراک», the passive «گردید»)", () => {
    const f = facts("امروز در ترمز مراسم افتتاح پل دوستی با اشتراک امامعلی رحمان، محمد اشرف غنی و شوکت میرضیایف برگزار گردید.", "2019-09-10");
    expect(met(f, RAHMON, GHANI).map((e) => e.date)).toEqual(["2019-09-10"]);
    expect(met(f, GHANI, MIRZIYOYEV).length).toBe(1);
  });
  it("«… با حضور A و B گذاشته شده بود» with its own day", () => {
    const f = facts("سنگ تهداب این بند به تاریخ ۳ سرطان ۱۳۹۵ با حضور امامعلی رحمان و محمد اشرف غنی گذاشته شده بود.", "2019-09-10");
    expect(met(f, RAHMON, GHANI).map((e) => e.date)).toEqual(["2016-06-23"]);
  });
  it("not a planned ceremony, nor one person's presence", () => {
    expect(met(facts("قرار است مراسم افتتاح پل هفته آینده با حضور امامعلی رحمان و محمد اشرف غنی برگزار شود.", "2019-09-10"), RAHMON, GHANI)).toEqual([]);
    const one = facts("مراسم افتتاح پل امروز با حضور محمد اشرف غنی برگزار شد.", "2019-09-10");
    expect(one.events.filter((e) => e.kind === "meeting")).toEqual([]);
  });
});

describe("pass 5: Dari join phrases", () => {
  it("«… نیز در این دیدار اشتراک داشت» joins the meeting just told", () => {
    const f = facts("مولوی عبدالسلام حنفی روز پنجشنبه در مسکو با ضمیر کابلوف دیدار کرد. امیرخان متقی نیز در این دیدار اشتراک داشت.", "2021-10-22");
    expect(met(f, MUTTAQI, KABULOV).length).toBeGreaterThan(0);
    expect(met(f, HANAFI, MUTTAQI).length).toBeGreaterThan(0);
  });
});
