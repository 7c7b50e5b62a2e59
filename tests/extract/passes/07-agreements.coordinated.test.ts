// Pass 7: two documents signed in one clause, parted by a word of addition (_coordinated.ts secondDocument), stay two
// agreements through the derivation (resolve/coref.ts: two reports of one sentence are two documents). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article } from "../../../src/model.js";
import { processArticle } from "../../../src/pipeline.js";
import { deriveEvents } from "../../../src/resolve/coref.js";

function derived(text: string): Array<{ date: string | null; parties: string[]; summary: string }> {
  const r = processArticle(articleFromText(`published: 2024-03-14\n\n${text}`, { uri: "t.txt" }) as Article);
  return deriveEvents(r.events, r.agreements).agreements.map((a) => ({ date: a.date, parties: [...a.partyIds].sort(), summary: a.summary }));
}

describe("pass 7: two documents in one clause", () => {
  it("'a trade agreement as well as a memorandum on fisheries' are two, of the same sides and day (en)", () => {
    const a = derived("President William Ruto met President Samia Suluhu Hassan in Nairobi on Monday. The two leaders signed a trade agreement as well as a memorandum on fisheries.");
    expect(a).toHaveLength(2);
    for (const x of a) expect(x).toMatchObject({ date: "2024-03-11", parties: ["place:kenya", "place:tanzania"] });
    expect(a.some((x) => x.summary.startsWith("a memorandum on fisheries"))).toBe(true);
  });

  it("«قرارداد … و نیز یادداشت تفاهم … امضا شد» (fa), «اتفاقية … وكذلك مذكرة تفاهم …» (ar)", () => {
    const fa = derived("در این سفر، قرارداد بلندمدت همکاری تجاری ایران و ارمنستان و نیز یادداشت تفاهم همکاری گمرکی میان دو کشور روز دوشنبه امضا شد.");
    expect(fa).toHaveLength(2);
    for (const x of fa) expect(x).toMatchObject({ date: "2024-03-11", parties: ["place:armenia", "place:iran"] });
    const ar = derived("ووقعت مصر والأردن يوم الاثنين اتفاقية للتعاون التجاري وكذلك مذكرة تفاهم في مجال الطاقة.");
    expect(ar).toHaveLength(2);
    for (const x of ar) expect(x).toMatchObject({ date: "2024-03-11", parties: ["place:egypt", "place:jordan"] });
  });

  it("a plain 'and' between two document nouns is one set (en)", () => {
    expect(derived("Kenya and Tanzania signed eleven memoranda and cooperation documents on Monday.")).toHaveLength(1);
  });
});
