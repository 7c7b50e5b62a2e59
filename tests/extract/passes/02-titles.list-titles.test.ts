// Pass 2: Persian sets a name before its title («X، رئیس جمهور Y،»); in a list of such items a title with its
// country that stands alone is followed, past a comma, by the next item's name, which has its own title after it:
// the lone title is no title of that name, and it is a side of the list's event as the holder named before it
// (pass 3; _mentions.conjoined). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const TEXT =
  "اشرف غنی و ولادیمیر پوتین روز دوشنبه در مسکو دیدار کردند.\n\nیک سال پیش در سمرقند با حضور رئیس جمهور غنی، رئیس جمهور روسیه، فرهاد نیک‌پی، وزیر خارجه ایران، و بهروز تابان، معاون وزیر خارجه هند، قراردادی امضا شده بود.";

describe("pass 2: a lone title before the next item of a Persian list", () => {
  it("the next name keeps its own title and is not the holder of the lone one", () => {
    const f = facts(TEXT, "2018-05-14");
    const named = f.mentions.find((m) => m.text.includes("فرهاد نیک‌پی"));
    expect(named).toBeDefined();
    expect(named?.lexiconId).toBeUndefined();
    expect(f.mentions.some((m) => m.antecedent === named!.index && m.text.includes("رئیس جمهور"))).toBe(false);
  });

  it("the lone title between two named items is a side of the list's event, as its holder", () => {
    const f = facts(TEXT, "2018-05-14");
    expect(met(f, "person/vladimir-putin", "فرهاد نیک‌پی").length).toBeGreaterThan(0);
    expect(met(f, "person/vladimir-putin", "بهروز تابان").length).toBeGreaterThan(0);
  });

  it("a title right before its name («رئیس جمهور غنی،») keeps it", () => {
    const f = facts(TEXT, "2018-05-14");
    expect(met(f, "person/ashraf-ghani", "فرهاد نیک‌پی").length).toBeGreaterThan(0);
  });
});
