// Pass 5 (_clause-breaks.whileClause, events.json join phrases and meeting phrases, _ceremony.joinOnlookers,
// _sent-delegate): ", while" before a subject of its own that tells a contact of its own opens a clause of its own, so
// who "was represented by" a delegate joins the meeting told before though the next clause tells someone else's video
// link; "was represented at the summit by" is a join phrase too, and so is "Egypt sent Foreign Minister X" (a state's
// delegate, no destination after him); "brought A and B together" is a meeting of the three; onlookers "present at the signing"
// join it though a relative clause about them tells talks of their own. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const WANG = P("wang-yi");
const LAVROV = P("sergey-lavrov");
const PUTIN = P("vladimir-putin");
const SCHOLZ = P("olaf-scholz");
const MACRON = P("emmanuel-macron");
const MELONI = P("giorgia-meloni");
const D = "2025-05-22";

describe("', while' before a subject opens a clause of its own", () => {
  it("'X was represented by Y, while Z took part by video link': Y joins, Z does not", () => {
    const f = facts("Hakan Fidan met Wang Yi at the conference in Ankara on Wednesday. Russia was represented by Sergey Lavrov, while President Vladimir Putin joined the conference by video link.", D);
    expect(met(f, LAVROV, FIDAN)).toHaveLength(1);
    expect(met(f, LAVROV, WANG)).toHaveLength(1);
    expect(met(f, PUTIN, FIDAN)).toEqual([]);
  });
  it("', while visiting …' (a participle) stays the first clause's circumstance", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron in Paris on Tuesday, while visiting France.", D);
    expect(met(f, SCHOLZ, MACRON)).toHaveLength(1);
  });
});

describe("', while' before a clause with no contact of its own, or with a signing, is no break", () => {
  it("'X was joined by A, while Y was accompanied by B': one meeting of all", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron at the Chancellery in Berlin on Tuesday. Scholz was joined by Giorgia Meloni, while Macron was accompanied by Wang Yi.", D);
    expect(met(f, MELONI, MACRON)).toHaveLength(1);
    expect(met(f, WANG, SCHOLZ)).toHaveLength(1);
  });
  it("'A and B signed the treaty, while C and D signed a statement': one ceremony", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron signed the defence treaty in Aachen on Tuesday, while Giorgia Meloni and Wang Yi signed a joint statement on trade.", D);
    expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
  });
});

describe("a state that sent its delegate", () => {
  it("'…, while Egypt sent Foreign Minister X' joins X to the meeting told before", () => {
    const f = facts("Hakan Fidan welcomed Wang Yi and Emmanuel Macron at the summit venue in Ankara on Wednesday. Germany was represented at the summit by a state secretary, while Russia sent Foreign Minister Sergey Lavrov.", D);
    expect(met(f, LAVROV, FIDAN)).toHaveLength(1);
    expect(met(f, LAVROV, MACRON)).toHaveLength(1);
  });
  it("'Russia sent X to Paris' is a trip, no joining", () => {
    const f = facts("Hakan Fidan met Wang Yi in Ankara on Wednesday. Russia sent Foreign Minister Sergey Lavrov to Paris.", D);
    expect(met(f, LAVROV, FIDAN)).toEqual([]);
  });
  it("'X sent Y a letter' is no joining", () => {
    const f = facts("Hakan Fidan met Wang Yi in Ankara on Wednesday. Russia sent Sergey Lavrov a letter.", D);
    expect(met(f, LAVROV, FIDAN)).toEqual([]);
  });
});

describe("a country represented at the meeting", () => {
  it("'was represented at the summit by Y' joins the summit's meeting", () => {
    const f = facts("Hakan Fidan welcomed Wang Yi and Emmanuel Macron at the summit venue in Ankara on Wednesday. Russia was represented at the summit by Sergey Lavrov.", D);
    expect(met(f, LAVROV, FIDAN)).toHaveLength(1);
    expect(met(f, LAVROV, MACRON)).toHaveLength(1);
  });
});

describe("'brought A and B together'", () => {
  it("is a meeting of the one who brought them and of both", () => {
    const f = facts("Emmanuel Macron brought Olaf Scholz and Giorgia Meloni together at the Elysee Palace on Tuesday.", D);
    expect(met(f, SCHOLZ, MELONI)).toHaveLength(1);
    expect(met(f, MACRON, SCHOLZ)).toHaveLength(1);
    expect(events(f, "planned")).toEqual([]);
  });
});

describe("onlookers whose relative clause tells talks of their own", () => {
  it("'A and B, who had led the talks of officials, were present at the signing' join the signing", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron signed a defence treaty in Aachen on Tuesday. Foreign Minister Wang Yi and Giorgia Meloni, who had led the talks of officials, were present at the signing.", D);
    expect(met(f, WANG, SCHOLZ)).toHaveLength(1);
    expect(met(f, MELONI, MACRON)).toHaveLength(1);
  });
});
