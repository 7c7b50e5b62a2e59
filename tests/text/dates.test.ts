import { describe, expect, it } from "vitest";
import { gregorianIso, isValidGregorian, publicationDate, solarHijriIso } from "../../src/text/dates.js";

describe("text/dates", () => {
  it("one Gregorian-validity check", () => {
    expect(isValidGregorian(2024, 2, 29)).toBe(true);
    expect(isValidGregorian(2023, 2, 29)).toBe(false);
    expect(isValidGregorian(2023, 13, 1)).toBe(false);
    expect(isValidGregorian(2023, 4, 0)).toBe(false);
    expect(isValidGregorian(2023, 4, 1.5)).toBe(false);
    expect(gregorianIso(812, 3, 7)).toBe("0812-03-07");
    expect(gregorianIso(2023, 4, 31)).toBeNull();
  });

  it("a Solar Hijri day to its Gregorian day", () => {
    expect(solarHijriIso(1403, 1, 1)).toBe("2024-03-20");
    expect(solarHijriIso(1403, 12, 31)).toBeNull();
  });

  it("the publication date: header, else page text, else dateline, read only when needed", () => {
    let read = 0;
    const dateline = () => (read++, "2021-01-03");
    expect(publicationDate({ header: "2021-01-01", pageText: "2021-01-02", dateline })).toBe("2021-01-01");
    expect(publicationDate({ pageText: "2021-01-02", dateline })).toBe("2021-01-02");
    expect(read).toBe(0);
    expect(publicationDate({ dateline })).toBe("2021-01-03");
    expect(read).toBe(1);
    expect(publicationDate({})).toBeUndefined();
  });
});
