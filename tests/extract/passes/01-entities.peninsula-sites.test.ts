// Pass 1 (lexicon), places.json: the seats of government and meeting venues of the Korean peninsula (Cheong Wa Dae,
// also "the Blue House"; Panmunjom and its Peace House) are places, not people, and a meeting there is in Seoul or at
// Panmunjom. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people, places } from "./helpers.js";

describe("pass 1: Korean seats of government and venues", () => {
  it("'at Cheong Wa Dae' is the place of the talks, no person", () => {
    const f = facts("President Park Geun-hye received the Chinese foreign minister at Cheong Wa Dae on Monday.", "2015-03-02");
    expect(people(f)).not.toContain("Cheong Wa Dae");
    expect(places(f)).toContain("place/cheong-wa-dae");
  });
  it("'the Blue House' is the same place", () => {
    expect(places(facts("The two ministers met at the Blue House in Seoul on Monday.", "2015-03-02"))).toContain("place/cheong-wa-dae");
  });
  it("talks at the Peace House are at Panmunjom", () => {
    const f = facts("Military officers of the two Koreas held talks at the Peace House in Panmunjom on Monday.", "2015-03-02");
    expect(places(f)).toContain("place/panmunjom");
  });
});
