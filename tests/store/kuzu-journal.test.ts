// The journal of small writes answered before their checkpoint (src/store/kuzu/journal.ts), on the real Kuzu store:
// what it keeps, when it lets go, and its replay after an unclean stop.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Journal } from "../../src/store/kuzu/journal.js";
import { KuzuStore } from "../../src/store/kuzu/store.js";
import { sha256Hex } from "../../src/ingest/article.js";
import type { ResolvedArticle } from "../../src/model.js";
import { article as fixture } from "./fixtures.js";

/** A fixture article whose id and sha256 are its text's (the integrity check after an unclean stop removes any other). */
function article(n: number): ResolvedArticle {
  const a = fixture(n);
  const sha = sha256Hex(a.article.text);
  const out = JSON.parse(JSON.stringify(a).replaceAll(a.article.id, `article:${sha.slice(0, 16)}`)) as ResolvedArticle;
  out.article.sha256 = sha;
  return out;
}
const idOf = (n: number) => article(n).article.id;

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "kg-journal-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("Journal", () => {
  it("keeps the entries no checkpoint has made durable, in order, and removes its file when none is left", () => {
    const path = join(dir, "j");
    const j = new Journal(path);
    const a = j.append({ op: "remove", id: "article:a" });
    const b = j.append({ op: "remove", id: "article:b" });
    const c = j.append({ op: "remove", id: "article:c" });
    j.forget(b); // its write failed
    expect(new Journal(path).read()).toEqual([{ op: "remove", id: "article:a" }, { op: "remove", id: "article:c" }]);
    j.checkpointed(a);
    expect(new Journal(path).read()).toEqual([{ op: "remove", id: "article:c" }]);
    j.checkpointed(c);
    expect(existsSync(path)).toBe(false);
  });

  it("ignores a last line torn by a kill during its append (that write never committed)", () => {
    const path = join(dir, "j");
    new Journal(path).append({ op: "remove", id: "article:a" });
    appendFileSync(path, '{"seq":2,"entry":{"op":"remo');
    expect(new Journal(path).read()).toEqual([{ op: "remove", id: "article:a" }]);
  });
});

describe("KuzuStore's journal", () => {
  const ids = async (s: KuzuStore) => [...(await s.existingArticles([1, 2, 3].map(idOf)))].sort();

  it("records a small write before it commits, and drops it once its checkpoint has ended", async () => {
    const path = join(dir, "graph.kuzu");
    const store = await KuzuStore.open(path, () => undefined);
    await store.init();
    try {
      const writing = store.writeArticles([article(1)]);
      // appended (and flushed) before the commit was even queued
      expect(readFileSync(`${path}.journal`, "utf8")).toContain(`"${idOf(1)}"`);
      expect((await writing).written).toBe(1);
      await expect.poll(() => existsSync(`${path}.journal`)).toBe(false);
      // a write that changes nothing leaves no entry behind
      expect((await store.writeArticles([article(1)])).written).toBe(0);
      expect(existsSync(`${path}.journal`)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it("after an unclean stop, replays what the journal holds, in order, and then empties it", async () => {
    const path = join(dir, "graph.kuzu");
    const first = await KuzuStore.open(path, () => undefined);
    await first.init();
    await first.writeArticles([article(1), article(3)]);
    await first.close();
    // as a kill leaves it: the marker of an open store, and two answered writes the database file may lack
    const left = new Journal(`${path}.journal`);
    left.append({ op: "write", articles: [article(2)] });
    left.append({ op: "remove", id: idOf(1) });
    writeFileSync(`${path}.open`, "1\n");

    const lines: string[] = [];
    const again = await KuzuStore.open(path, (l) => lines.push(l));
    await again.init();
    try {
      expect(await ids(again)).toEqual([idOf(2), idOf(3)].sort());
      expect(lines.join("\n")).toMatch(/replayed 2 journalled write\(s\).*1 article\(s\) written again, 1 removed again/);
      expect(existsSync(`${path}.journal`)).toBe(false);
      // and the meetings and agreements are those of a store holding the same articles, written at once
      const fresh = await KuzuStore.open(join(dir, "fresh.kuzu"), () => undefined);
      await fresh.init();
      await fresh.writeArticles([article(2), article(3)]);
      expect(await again.derivedCounts()).toEqual(await fresh.derivedCounts());
      await fresh.close();
    } finally {
      await again.close();
    }
  });

  it("replays nothing twice: an entry whose write the file already holds changes nothing", async () => {
    const path = join(dir, "graph.kuzu");
    const first = await KuzuStore.open(path, () => undefined);
    await first.init();
    await first.writeArticles([article(1)]);
    await first.close();
    new Journal(`${path}.journal`).append({ op: "write", articles: [article(1)] });
    writeFileSync(`${path}.open`, "1\n");
    const lines: string[] = [];
    const again = await KuzuStore.open(path, (l) => lines.push(l));
    await again.init();
    try {
      expect(await ids(again)).toEqual([idOf(1)]);
      expect(lines.join("\n")).toMatch(/0 article\(s\) written again, 0 removed again/);
    } finally {
      await again.close();
    }
  });
});
