// Pass 2 on a title met in the gazettes suite, in sentences written for these tests: a spokesman's title whose body is
// a clitic pronoun on باسم («المتحدث باسمها X»: its spokesman, the body named before) is complete; the name after it
// is the spokesman's, without the clitic word (offices.json, spokesperson).
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2: «المتحدث باسمه / باسمها» before a name", () => {
  it("the name after the title is read without «باسمها»", () => {
    const f = facts("أعلنت حركة المعارضة في بيان رفضها للمبادرة، وقال المتحدث باسمها ماريو أباتيا إن الحركة لن تشارك في الحوار.");
    expect(people(f)).toContain("ماريو أباتيا");
    expect(people(f).filter((p) => p.includes("باسم"))).toEqual([]);
  });

  it("likewise the masculine clitic and الناطق («والناطق باسمه X»)", () => {
    const f = facts("التقى وزير الخارجية وفد الاتحاد الأفريقي، وقال الناطق باسمه كوفي مينساه إن اللقاء تناول الأزمة.");
    expect(people(f)).toContain("كوفي مينساه");
    expect(people(f).filter((p) => p.includes("باسم"))).toEqual([]);
  });
});
