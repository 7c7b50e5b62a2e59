// Pass 6 (_summit-place): a contact told "on the sidelines of the summit" in a sentence naming no place was held
// where that summit was, told with its noun before. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

describe("pass 6: a meeting on the sidelines of a gathering told before", () => {
  it("Persian: «در حاشیه نشست» takes the city of «نشست سران … در X»", () => {
    const f = facts(
      "رهبران کشورهای عضو روز سه‌شنبه در نشست سران گروه بیست در توکیو گرد آمدند.\n\nرجب طیب اردوغان روز بعد در حاشیه نشست با جو بایدن دیدار کرد.",
      "2021-10-30",
    );
    const e = events(f, "meeting").find((x) => x.who.includes("person/joe-biden") && x.who.includes("person/recep-tayyip-erdogan"));
    expect(e?.place).toBe("place/tokyo");
  });

  it("English: 'on the sidelines of the summit' takes the city of 'the summit in X'", () => {
    const f = facts(
      "Leaders gathered on Tuesday for the summit in Rome.\n\nOn Wednesday, Recep Tayyip Erdogan met Joe Biden on the sidelines of the summit.",
      "2021-10-30",
    );
    const e = events(f, "meeting").find((x) => x.who.includes("person/joe-biden") && x.who.includes("person/recep-tayyip-erdogan"));
    expect(e?.place).toBe("place/rome");
  });

  it("a sentence that names its own place keeps it", () => {
    const f = facts(
      "Leaders gathered on Tuesday for the summit in Rome.\n\nOn Friday, Recep Tayyip Erdogan met Joe Biden in Ankara after the summit.",
      "2021-10-30",
    );
    const e = events(f, "meeting").find((x) => x.who.includes("person/joe-biden"));
    expect(e?.place).toBe("place/ankara");
  });
});
