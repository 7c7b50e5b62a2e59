// Pass 3 (references), an English class found by the balkans suite: a person named right after "his Kosovo
// counterpart" / "her Slovak counterpart" holds the office of the one he or she is the counterpart of, for that
// country (a country's name used as a noun adjunct says it as a demonym would), so that "the two prime ministers"
// sentences later are the two. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2019-04-12"; // a Friday
const rolesOf = (f: ReturnType<typeof facts>, name: string) => f.roles.filter((r) => f.mentions[r.person]?.text === name).map((r) => `${r.office} ${r.country}`);

describe("pass 3: the person named right after a counterpart word holds the office", () => {
  it("'X and his Slovak counterpart Y …': Y is prime minister of Slovakia", () => {
    const f = facts("Croatian Prime Minister Andrej Plenkovic and his Slovak counterpart Peter Pellegrini opened a border crossing on Thursday, hosted by European Commissioner Johannes Hahn.", D);
    expect(rolesOf(f, "Peter Pellegrini")).toContain("prime-minister place/slovakia");
  });
  it("'X and his Kosovo counterpart Y': the country's name before the word says the country", () => {
    const f = facts("Albanian Prime Minister Edi Rama and his Kosovo counterpart Ramush Haradinaj opened a road on Thursday, hosted by European Commissioner Johannes Hahn.", D);
    expect(rolesOf(f, "Ramush Haradinaj")).toContain("prime-minister place/kosovo");
  });
  it("'the two prime ministers' several sentences on are the two (a counterpart the lexicon holds in no such office)", () => {
    const f = facts(
      "Albanian Prime Minister Sali Berisha and his Kosovo counterpart Hashim Thaci opened a road in Durres on Thursday, hosted by European Commissioner Stefan Fule. The road cost 200 million euros. It links the two capitals. Traffic is expected to double. The two prime ministers first met in Tirana on March 3 last year.",
      "2012-06-15",
    );
    expect(met(f, P("sali-berisha"), P("hashim-thaci")).map((e) => e.date)).toContain("2011-03-03");
  });
});
