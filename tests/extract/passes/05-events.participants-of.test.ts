// Pass 5: "the ministers taking part in the meeting", «الوزراء المشاركين في الاجتماع» (cues.json participantOf before
// a meeting's noun) are the people of the meeting told last, so the one who receives them met each of them
// (_participants-of). Found by the almanac suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-02-14"; // a Wednesday
const SAFADI = P("ayman-safadi");
const SHOUKRY = P("sameh-shoukry");
const FARHAN = P("faisal-bin-farhan");
const TEBBOUNE = P("abdelmadjid-tebboune");
const SISI = P("abdel-fattah-el-sisi");

describe("pass 5: the people taking part in the meeting told last", () => {
  it("«استقبل X الوزراء المشاركين في الاجتماع»: X met each minister of the meeting before", () => {
    const f = facts(
      "الجزائر - عقد وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية المصري سامح شكري ووزير الخارجية السعودي الأمير فيصل بن فرحان اجتماعا تشاوريا في الجزائر أمس الثلاثاء. وكان الرئيس عبد المجيد تبون قد استقبل مساء أمس الوزراء المشاركين في الاجتماع، وبحث معهم الأوضاع في المنطقة.",
      D,
    );
    for (const m of [SAFADI, SHOUKRY, FARHAN]) expect(met(f, TEBBOUNE, m).length).toBeGreaterThan(0);
  });
  it("English: 'received the ministers taking part in the talks'", () => {
    const f = facts(
      "Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Sameh Shoukry held talks in Cairo on Tuesday. President Abdel Fattah el-Sisi later received the ministers taking part in the talks.",
      D,
    );
    expect(met(f, SISI, SAFADI).length).toBeGreaterThan(0);
    expect(met(f, SISI, SHOUKRY).length).toBeGreaterThan(0);
  });
  it("no meeting told before: the phrase adds no one", () => {
    const f = facts("استقبل الرئيس عبد المجيد تبون أمس الوزراء المشاركين في الاجتماع الوزاري العربي. وفي سياق آخر، صرح وزير الخارجية الأردني أيمن الصفدي بأن بلاده تدعم الحوار.", D);
    expect(met(f, TEBBOUNE, SAFADI)).toEqual([]);
  });
});
