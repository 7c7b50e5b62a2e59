// The dispatches suite: 15 short articles written for these tests (tests/extract/dispatches), six in English, five in
// Persian and four in Arabic, in wire-service styles and about regions and years the other suites do not cover:
// Xinhua (Hanoi 2005: Chinese and Vietnamese names, family name first, "here Monday"), EFE (Madrid 2006: Spanish
// double surnames, "Rodríguez Zapatero", "received in audience by King Juan Carlos", a lexicon namesake Juan Carlos
// Holguín), Antara (Jakarta 2009: Indonesian single names such as Boediono, Thai names), PTI (Islamabad 2004: "held
// talks on the sidelines of", "called on"), ITAR-TASS (New Delhi 1998: "the 21st of December 1998", a message sent
// through a visitor), Montsame (Ulaanbaatar 2015: "Ts.Elbegdorj", Mongolian patronymics, an exchange of notes, a video
// conference); IRNA, ISNA and Fars in Persian (Dushanbe 2008, where the city is also the weekday دوشنبه; Shanghai
// 2014; Yerevan 2019, "مورد استقبال رسمی قرار گرفت"; Managua 2007; Nairobi 2009; a bare رئیس‌جمهور meaning Iran's);
// SANA, JANA, Xinhua Arabic and MAP in Arabic (Damascus 2006 with Syrian month names "آب" and a lunar Hijri date
// beside the Gregorian; Benghazi 2008 with a namesake, Saif al-Islam Gaddafi; Cairo 2016 with "اليوم (الخميس)";
// Addis Ababa 2016 with the Moroccan month "نونبر"). Most period figures are in no lexicon (Hu Jintao, Zapatero,
// Yudhoyono, Vajpayee, Primakov, Ahmadinejad, Kibaki, Chávez, Berlusconi). Traps: phone calls, a video conference,
// meetings scheduled or expected, an invitation, people quoted or named but absent ("was not at the meeting", "did not
// attend"), a message carried by a visitor, agreements only discussed or still negotiated (notAgreements), signings by
// ministers witnessed by leaders, and a background meeting dated only by "last month" (no day: date null).
//
// The expectations were written from the texts before the extractor was run on them (see the commit history). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other article suites).
//
// Scores (precision/recall) when the expectations were committed, before any fix:
//              people        met pairs     agreements
//   before  all  0.943/0.872   0.821/0.484   0.875/0.500
//           en   0.947/0.857   0.900/0.391   1.000/0.750
//           fa   0.960/0.889   0.813/0.619   0.000/0.000
//           ar   0.917/0.880   0.750/0.536   1.000/0.667
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  D1: "a signing witnessed by leaders ('Hu and Tran witnessed the signing of an agreement … by X and Y', 'The two premiers then watched as X and Y signed', 'signed …, witnessed by A and B', 'ترأس جلالة الملك ورئيس الوزراء حفل التوقيع … وقعها X وY'): the witnesses do not join the signers' meeting, which takes neither the day nor the place of the talks just told",
  D3: "(closed by branch broadsheets: 'A and B talked for more than an hour, joined by X and Y' is a meeting of all four since 'talked' after a coordinated subject is a meeting trigger, passes/_reciprocal.ts) attendees 'joined by X and Y' do not join the meeting",
  D11: "a summit told with its attendee ('نشست سه‌جانبه سران … با حضور حامد کرزی برگزار شد') makes no meeting of the summit's heads",
  D12: "the signing of the names listed after a plural title ('در پایان این نشست، وزیران خارجه سه کشور، A، B و C، … امضا کردند') is read now, but 'at the end of this summit' does not give it the summit's day",
  D13: "'در محل اقامت وی دیدار' is placed in Iran (the country of the following topic) rather than the trip's city",
  D15: "a passive welcome 'رئیس‌جمهور … از سوی X … مورد استقبال رسمی قرار گرفت' resolves neither the bare title subject nor stops the name of X at the verb ('گفت‌وگوهای دوجانبه‌ای داشتند' read as a person)",
  D17: "(closed on 2026-12-07: a bare title among several holders named before it is the lead sentence's first person when that person holds it, 03-references leadPerson) a bare 'رئیس‌جمهور' object in an Iranian wire ('با رئیس‌جمهور دیدار کرده بود': Iran's president) is not resolved to the president the article follows",
  D19: "a namesake of a known person ('سيف الإسلام القذافي') is not read, so the talks and the signing ceremony lose him (the signing itself, with its long two-calendar date and its city between the signers and the treaty, is read now; names after long Libyan titles are read by _title-chains)",
  D20: "(closed by branch fixar, 2026-12-07: Xi named by the one-word family name «شي» after his full name is read, _misspellings familyNameLead; the meeting in the 'where' clause after a trip's origin is now his)",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-02-benghazi.txt › finds سيف الإسلام القذافي": GAP.D19,
  "ar-02-benghazi.txt › meeting Muammar Gaddafi + سيف الإسلام القذافي": GAP.D19,
  "ar-02-benghazi.txt › meeting سيلفيو برلسكوني + سيف الإسلام القذافي": GAP.D19,
  "fa-01-dushanbe.txt › meeting Emomali Rahmon + Hamid Karzai": GAP.D11,
  "fa-01-dushanbe.txt › meeting منوچهر متکی + حمراخان ظریفی + رنگین دادفر اسپنتا is dated 2008-07-26": GAP.D12,
  "fa-02-shanghai.txt › meeting Hassan Rouhani + Vladimir Putin is placed in Shanghai": GAP.D13,
  "fa-03-yerevan.txt › finds no one else": GAP.D15,
  "fa-03-yerevan.txt › meeting Hassan Rouhani + Armen Sarkissian": GAP.D15,
  "fa-03-yerevan.txt › meeting Hassan Rouhani + Armen Sarkissian is dated 2019-10-01": GAP.D15,
  "fa-03-yerevan.txt › meeting Hassan Rouhani + Armen Sarkissian is placed in Yerevan": GAP.D15,
};

articleSuite({ dir: join(import.meta.dirname, "dispatches"), name: "dispatches suite", artifact: "extraction-dispatches.json", knownGaps: KNOWN_GAPS });
