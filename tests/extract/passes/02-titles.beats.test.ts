// Pass 2 (titles and new names), classes found by the beats suite (tests/extract/beats): a cue or title word of
// another language is no stop in a name (Arabic على is the Persian name علی); an apostrophe inside an English
// name (Ng'ethe, O'Connell); a name no lexicon knows read once in a title slot is found again where the article
// writes it alone, in full or by its surname (_echoes.ts, joined by resolve/entities.ts). Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article } from "../../../src/model.js";
import { processArticle } from "../../../src/pipeline.js";
import { deriveEvents } from "../../../src/resolve/coref.js";
import { facts, P, people } from "./helpers.js";

const D = "2024-06-05"; // a Wednesday

/** The whole pipeline, as the loader runs it: people's names and the met pairs of derived meetings. */
function resolved(text: string) {
  const r = processArticle(articleFromText(`date ${D}\n\n${text}`, { uri: "t.txt" }) as Article);
  const name = new Map(r.people.map((p) => [p.id, p.name]));
  const meetings = deriveEvents(r.events, r.agreements).meetings.filter((m) => m.kind === "meeting");
  return { people: r.people.map((p) => p.name), met: meetings.map((m) => m.participantIds.map((id) => name.get(id) ?? id).sort()) };
}

describe("pass 2: a word of another language's cues or titles is no stop in a name (fa)", () => {
  it("'جمال حسن علی' before a Persian title keeps its last word (Arabic على 'on' is a cue and a title word)", () => {
    const who = people(facts("جمال حسن علی معاون دبیرکل حزب دموکرات روز دوشنبه در سلیمانیه سخنرانی کرد.", D));
    expect(who).toContain("جمال حسن علی");
  });
});

describe("pass 2: an apostrophe inside an English name", () => {
  it("'Finance Minister Wanjiku Ng'ethe' and 'EU ambassador Siobhan O'Connell' are whole names", () => {
    const who = people(facts("Finance Minister Wanjiku Ng'ethe met EU ambassador Siobhan O'Connell in Nairobi on Monday.", D));
    expect(who).toEqual(expect.arrayContaining(["Wanjiku Ng'ethe", "Siobhan O'Connell"]));
    expect(who).not.toContain("Wanjiku Ng");
  });
  it("a possessive is no part of a name ('Uganda's trade minister')", () => {
    const who = people(facts("Uganda's trade minister Okello Abwooli's visit was postponed.", D));
    expect(who).toContain("Okello Abwooli");
  });
});

describe("pass 2: a new name found again where the article writes it alone", () => {
  it("en: a surname alone joins the full name, and its meeting is theirs", () => {
    const r = resolved("Trade Minister Wanjiku Ng'ethe met Kisumu Governor Otieno Malowa on Monday. On Tuesday, Ng'ethe held talks with Malowa in Mombasa.");
    expect(r.people.sort()).toEqual(["Otieno Malowa", "Wanjiku Ng'ethe"]);
    expect(r.met.length).toBeGreaterThan(0);
  });
  it("en: another given name before the surname is someone else ('Mary Malowa')", () => {
    const who = people(facts("Kisumu Governor Otieno Malowa opened the market on Monday. Mary Malowa, his sister, was there.", D));
    expect(who).toContain("Otieno Malowa");
    expect(who).not.toContain("Malowa");
  });
  it("ar: the particle and the surname (ولد بلخير) after a title, then alone in a meeting", () => {
    const r = resolved("وقال رئيس الحزب سيدي ولد بلخير إن الانتخابات ستجرى في موعدها. واستقبل ولد بلخير الثلاثاء في نواكشوط السفير عمرو الدباغ.");
    expect(r.people).toContain("سيدي ولد بلخير");
    expect(r.people).not.toContain("ولد بلخير");
    expect(r.met).toContainEqual(["سيدي ولد بلخير", "عمرو الدباغ"].sort());
  });
  it("fa: a name written again in full without its title", () => {
    const r = resolved("کامران رستمی‌نژاد استاندار گیلان روز دوشنبه در رشت سخنرانی کرد. روز سه‌شنبه کامران رستمی‌نژاد با نادر فتحی‌پور استاندار مازندران دیدار کرد.");
    expect(r.people).toContain("کامران رستمی‌نژاد");
    expect(r.met.some((p) => p.includes("کامران رستمی‌نژاد"))).toBe(true);
  });
});

describe("pass 2: Arabic titles and the names after them", () => {
  it("a feminine title the lexicon lists in the masculine only ('الممثلة المقيمة')", () => {
    const who = people(facts("وقالت الممثلة المقيمة لبرنامج الأغذية العالمي في تشاد إيزادورا فونتيكي إن المخزون يكفي شهرا.", D));
    expect(who).toContain("إيزادورا فونتيكي");
  });
  it("a title in the construct state before a genitive ('رئيسة وفد الحكومة الفلبينية X')", () => {
    const who = people(facts("وصلت رئيسة وفد الحكومة الفلبينية ميرنا توريالبا إلى أوسلو.", D));
    expect(who).toContain("ميرنا توريالبا");
  });
  it("past the title's complement and a comma ('رئيس مجلس الأعيان، X،')", () => {
    const who = people(facts("استقبل رئيس مجلس الأعيان، كمال بن شماخ، اليوم الاثنين، وفدا برلمانيا.", D));
    expect(who).toContain("كمال بن شماخ");
  });
  it("'and the …' (و + definite noun) after a title's place is its complement, not the name", () => {
    const who = people(facts("وقال حاكم لاغوس والمنطقة المحيطة بابافيمي أوكونلادي إن الطريق سيفتح قريبا.", D));
    expect(who).toContain("بابافيمي أوكونلادي");
    expect(who.some((w) => w.startsWith("والمنطقة"))).toBe(false);
  });
  it("a given name that is a lexicon surname, before a name word no dictionary knows, is someone else ('ميشيل دوكلوزو')", () => {
    const who = people(facts("وصل السفير الفرنسي ميشيل دوكلوزو إلى بيروت.", D));
    expect(who).toContain("ميشيل دوكلوزو");
    expect(who).not.toContain(P("charles-michel"));
  });
});

describe("resolve: a surname found again is whoever its full name is", () => {
  it("the full name, a lexicon person by its role ('الرئيس الأمريكي دونالد ترمب'), takes its surname alone with it", () => {
    const r = processArticle(articleFromText("date 2025-08-07\n\nقال الرئيس الأمريكي دونالد ترمب إن المحادثات مثمرة. وأضاف ترمب أن الاتفاق قريب.", { uri: "t.txt" }) as Article);
    expect(r.people.map((p) => p.id)).toEqual(["person:donald-trump"]);
  });
  it("a reference back ('الوزيرة') to a short form the article does not confirm names no one", () => {
    const r = processArticle(articleFromText("date 2024-02-01\n\nوقالت الدكتورة لمياء المشاط وزيرة التضامن الاجتماعي إن الدعم سيزيد. وأضافت الوزيرة أن البرنامج يشمل مليون أسرة.", { uri: "t.txt" }) as Article);
    expect(r.people.map((p) => p.id)).not.toContain("person:mahdi-al-mashat");
  });
});
