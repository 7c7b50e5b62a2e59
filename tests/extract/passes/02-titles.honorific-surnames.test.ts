// Pass 2 (_echoes): the surname of a new name that is also a dictionary word stands for that name right after an
// honorific («آقای», «خانم»), as it does right after an event word. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

describe("pass 2: a dictionary-word surname after an honorific", () => {
  it("«آقای روشن» after «محمد کریم روشن» named in full is him", () => {
    const f = facts(
      "هیئت دولت به ریاست محمد کریم روشن، وزیر اقتصاد، دیروز به کابل رسید. ولادیمیر پوتین روز سه‌شنبه در مسکو با آقای روشن ملاقات کرد.",
      "2019-05-08",
    );
    expect(met(f, "person/vladimir-putin", "محمد کریم روشن").length + met(f, "person/vladimir-putin", "روشن").length).toBeGreaterThan(0);
  });

  it("the dictionary word with no honorific and no event word before it is no name", () => {
    const f = facts("هیئت دولت به ریاست محمد کریم روشن، وزیر اقتصاد، دیروز به کابل رسید. چشم‌انداز این طرح روشن است.", "2019-05-08");
    expect(f.mentions.filter((m) => m.kind === "person" && m.text === "روشن")).toEqual([]);
  });
});
