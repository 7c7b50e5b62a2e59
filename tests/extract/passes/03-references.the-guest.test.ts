// Pass 3 (_guests): «الضيف» (the guest), with its proclitics («للضيف», «بالضيف»), next to an event word is the visitor
// of the visit told last, as «ضيفه» is; the lexicon's ambiguous short form «الضيف» (Mohammed Deif), whom the article
// does not name in full, gives way. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-06-03";

describe("pass 3: «الضيف» is the visitor", () => {
  it("ar: a lunch «على شرف الضيف» is a meeting of its host with the visitor", () => {
    const f = facts(
      "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم في الدوحة الرئيس التركي رجب طيب أردوغان الذي يقوم بزيارة رسمية للبلاد. وأقام رئيس مجلس الوزراء الشيخ محمد بن عبدالرحمن آل ثاني مأدبة غداء على شرف الضيف.",
      D,
    );
    expect(met(f, P("mohammed-bin-abdulrahman-al-thani"), P("recep-tayyip-erdogan"))).toHaveLength(1);
  });
});
