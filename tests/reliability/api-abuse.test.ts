// Injection-looking input and abusive queries against the real server on 127.0.0.1: text stays
// text, the graph stays intact, abuse is rejected with codes while normal traffic goes on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TOKEN, type TestServer } from "../api/helpers.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

const EVIL = [`'}) DETACH DELETE n //`, `" OR 1=1`, "$ids", "MATCH (n) DETACH DELETE n", "<script>alert(1)</script>"];

describe("injection", () => {
  it("names and search strings are only ever text", async () => {
    const before = (await t.gql<{ stats: Record<string, number> }>(`{ stats { articles people meetings relationships } }`)).data!.stats;
    for (const s of EVIL) {
      const r = await t.gql(`query($s: String!) { person(name: $s) { id } people(search: $s) { totalCount } search(text: $s) { edges { node { score } } } meetings(participant: $s) { totalCount } }`, { s });
      expect(r.errors).toBeUndefined();
    }
    const m = `mutation($t: String!, $s: String) { ingestArticle(input: { text: $t, source: $s, title: $s }) { article { id title source } } }`;
    const r = await t.gql<{ ingestArticle: { article: { title: string; source: string } } }>(m, { t: `Foreign Minister ${EVIL[0]} met Foreign Minister ${EVIL[1]} in Baghdad.`, s: EVIL[0] }, { authorization: `Bearer ${TOKEN}` });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestArticle.article.title).toBe(EVIL[0]);
    const after = (await t.gql<{ stats: Record<string, number> }>(`{ stats { articles people meetings relationships } }`)).data!.stats;
    expect(after.articles).toBe(before.articles + 1);
    expect(after.people).toBeGreaterThanOrEqual(before.people);
    expect(after.relationships).toBeGreaterThan(before.relationships);
  });
});

describe("abuse", () => {
  it("rejects deep, wide and alias-bomb queries with codes, interleaved with normal traffic that keeps working", async () => {
    let deep = "name";
    for (let i = 0; i < 20; i++) deep = `metWith { person { ${deep} } }`;
    const abusive: Array<[string, string]> = [
      [`{ person(name: "Putin") { ${deep} } }`, "DEPTH_LIMIT"],
      [`{ people(first: 100000) { totalCount } }`, "PAGE_SIZE_EXCEEDED"],
      [`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: stats { people }`).join(" ")} }`, "COST_LIMIT"],
      [`{ ${Array.from({ length: 40 }, (_, i) => `p${i}: people(first: 100) { edges { node { metWith { meetings { participants { metWith { person { name } } } } } } } }`).join(" ")} }`, "COST_LIMIT"],
    ];
    for (let round = 0; round < 5; round++) {
      for (const [q, code] of abusive) {
        const [bad, good] = await Promise.all([t.gql(q), t.gql<{ person: { name: string } }>(`{ person(name: "لافروف") { name } }`)]);
        expect(bad.errors?.[0].extensions?.code).toBe(code);
        expect(good.data!.person.name).toBe("Sergey Lavrov");
      }
    }
  });
});
