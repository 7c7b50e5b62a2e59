// Pass 3 (references, via _honorific-refs.bareOwnTitle) and the sides of a clause (_mentions.actorsIn): English
// government readouts (India's MEA and PIB, a presidency's media statements) write their own leader by the bare
// capitalised title once the lead has named him ("President also held talks with …"), with the diplomatic
// honorifics "H.E. Mr." before the other side's names. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-13"; // a Wednesday
const RAMAPHOSA = P("cyril-ramaphosa");
const MNANGAGWA = P("emmerson-mnangagwa");
const GEINGOB = P("hage-geingob");
const MASISI = P("mokgweetsi-masisi");
const HICHILEMA = P("hakainde-hichilema");

describe("pass 3: a readout's bare own title", () => {
  it("'President held talks with …' is the president the lead named with no country, not a foreign president named since", () => {
    const f = facts(`PRETORIA, 13 March 2024 – President Cyril Ramaphosa today received President of the Republic of Zimbabwe, H.E. Mr. Emmerson Mnangagwa, at the Union Buildings.

President Mnangagwa thanked South Africa for its support during the drought.

Later in the day, President held talks with President Hakainde Hichilema of Zambia.`, D);
    expect(met(f, RAMAPHOSA, HICHILEMA).map((e) => e.date)).toEqual([D]);
    expect(met(f, MNANGAGWA, HICHILEMA)).toEqual([]);
  });

  it("'the President' and 'Zambia's President' are no bare own title", () => {
    const f = facts(`PRETORIA, 13 March 2024 – President Cyril Ramaphosa today received President of the Republic of Zimbabwe, H.E. Mr. Emmerson Mnangagwa, at the Union Buildings.

On Thursday, Zambia's President will travel to Lusaka.`, D);
    expect(met(f, RAMAPHOSA, HICHILEMA)).toEqual([]);
  });

  it("a bare title subject meeting 'with H.E. Mr. A and H.E. Mr. B' meets both (the honorifics stand between 'with' and the names)", () => {
    const f = facts(`PRETORIA, 13 March 2024 – President Cyril Ramaphosa today met President Hakainde Hichilema of Zambia.

Later in the day, President took part in a trilateral meeting with H.E. Mr. Hage Geingob and H.E. Dr. Mokgweetsi Masisi.`, D);
    expect(met(f, RAMAPHOSA, GEINGOB).map((e) => e.date)).toEqual([D]);
    expect(met(f, RAMAPHOSA, MASISI).map((e) => e.date)).toEqual([D]);
    expect(met(f, GEINGOB, MASISI).map((e) => e.date)).toEqual([D]);
  });
});
