// Pass 2 (_coordinated-names.coordinatedBefore) and pass 1 (01-entities findCues): a name no lexicon knows right before
// «و» glued to a person or to the honorific before one («يضم X Y والدكتورة Z») is a person too, when it opens with a
// given name and ends with a word that is no common word; and an Arabic given name is no proclitic and a verb («فيصل»
// is no ف + «يصل», arrives). Sentences and names written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, people } from "./helpers.js";

const D = "1993-05-04";

describe("pass 2: a new name coordinated before a person", () => {
  it("«فريق يضم كمال الحسيني والدكتورة حنان عشراوي»: Kamal al-Husseini is read", () => {
    const f = facts("القدس - يرافق الوفد إلى واشنطن فريق استشاري يضم كمال الحسيني والدكتورة حنان عشراوي.", D);
    expect(people(f)).toContain("كمال الحسيني");
  });
  it("not a given name that opens a phrase of common words («أمل الشعب والرئيس …»)", () => {
    const f = facts("رام الله - قال المتحدث إن أمل الشعب والرئيس محمود عباس هو السلام العادل.", D);
    expect(people(f).filter((p) => /أمل/.test(p))).toEqual([]);
  });
});

describe("pass 1: a given name is no proclitic and a verb", () => {
  it("«يضم فيصل الرفاعي»: no visit read at «فيصل»", () => {
    const f = facts("عمان - شكل الوزير فريقا يضم فيصل الرفاعي وسمير المصري لمتابعة الملف.", D);
    expect(events(f, "visit")).toEqual([]);
  });
});
