// The explorer on a bigger graph, in headless Chromium: 1,000 synthetic articles (bench/corpus.ts), the
// busiest person, three counterparts expanded (their own meetings: two hops and more). Checked from the
// layout data (cytoscape bounding boxes): no node's label overlaps another node or another label, no edge
// label lies over a node other than its ends, the
// graph fits the view, node size follows the meeting count, every edge shows a date or a count and a range.
// The screenshot is saved to tests/artifacts/explorer-1k.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { generate } from "../../bench/corpus.js";
import { articleFromText, isIngestFailure } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";
import type { GraphStore } from "../../src/store/types.js";
import { startHttp, type RunningServer } from "../../src/api/server.js";
import { CHROMIUM, CHROMIUM_ARGS, isLocal } from "./helpers.js";

const ARTIFACTS = join(import.meta.dirname, "../artifacts");

interface Layout {
  nodes: Array<{ id: string; label: string; size: number; count: number; expanded: boolean }>;
  edges: string[];
  overlaps: Array<{ label: string; overlaps: string; of: string }>;
  edgeOverlaps: Array<{ label: string; overlaps: string; of: string }>;
  extent: { x1: number; y1: number; x2: number; y2: number };
  view: { w: number; h: number };
  expanded: number;
}

/** What the page drew, read from cytoscape (rendered coordinates, as on the screen). */
const layout = (page: Page) =>
  page.evaluate((): Layout => {
    const w = window as unknown as { cy: any; kgLayout: any; explorer: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    return {
      nodes: w.cy.nodes().map((n: any) => ({ id: n.id(), label: n.data("label"), size: n.data("size"), count: n.data("count"), expanded: n.hasClass("expanded") })), // eslint-disable-line @typescript-eslint/no-explicit-any
      edges: w.cy.edges().map((e: any) => e.data("label")), // eslint-disable-line @typescript-eslint/no-explicit-any
      overlaps: w.kgLayout.labelOverlaps(w.cy),
      edgeOverlaps: w.kgLayout.edgeLabelOverlaps(w.cy),
      extent: w.cy.elements().renderedBoundingBox({ includeLabels: true }),
      view: { w: w.cy.width(), h: w.cy.height() },
      expanded: w.explorer.state.expanded.length,
    };
  });

/**
 * The subject: of the people with the most meetings, the first with three counterparts or more, among the three with
 * the most meetings (the ones the test expands) one who met someone else, so that expanding them draws new people (the
 * synthetic corpus is sparse: many counterparts met the subject only).
 */
async function subjectWithDepth(store: GraphStore) {
  const { rows } = await store.listPeople({ first: 50, orderBy: "MEETING_COUNT" });
  for (const p of rows) {
    const [mine] = await store.metWith([p.id]);
    if (mine.length < 3) continue;
    const others = mine.map((r) => r.otherId);
    const theirs = await store.metWith(others);
    const meetings = (list: { meetingIds: string[] }[]) => new Set(list.flatMap((r) => r.meetingIds)).size;
    const picks = others.map((id, i) => ({ id, n: meetings(theirs[i]), rows: theirs[i] })).sort((a, b) => b.n - a.n).slice(0, 3);
    const around = new Set([p.id, ...others]);
    if (picks.some((x) => x.rows.some((r) => !around.has(r.otherId)))) return p;
  }
  throw new Error("no person among the 50 with the most meetings has a counterpart who met anyone else");
}

describe.skipIf(!existsSync(CHROMIUM))("graph explorer on 1,000 synthetic articles", () => {
  let dir: string;
  let store: GraphStore;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-explorer-1k-"));
    store = await openStore({ dataDir: dir, kind: "kuzu" });
    const articles = generate(1000, 7).articles.map((a) => {
      const r = articleFromText(a.text, { uri: a.uri, language: a.language, publishedAt: a.publishedAt, source: a.source }, { headers: false });
      if (isIngestFailure(r)) throw new Error(`${r.uri}: ${r.reason}`);
      return r;
    });
    expect((await loadArticles(store, articles)).new).toBe(1000);
    server = await startHttp({ store, port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("expands three counterparts, fits the view, and no label overlaps a node", async () => {
    const top = await subjectWithDepth(store);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(new URL(`/explorer?person=${encodeURIComponent(top.name)}`, server.url).toString());
    await page.locator("#people button").first().waitFor({ timeout: 60_000 });
    const first = await layout(page);
    expect(first.nodes.length).toBeGreaterThan(3);
    // expand the three counterparts with the most meetings, one after another
    const picks = first.nodes.filter((n) => !n.expanded).sort((a, b) => b.count - a.count).slice(0, 3).map((n) => n.id);
    expect(picks).toHaveLength(3);
    for (const [i, id] of picks.entries()) {
      await page.evaluate((nodeId) => {
        (window as unknown as { cy: { $id(id: string): { emit(e: string): void } } }).cy.$id(nodeId).emit("tap");
      }, id);
      await page.waitForFunction((n) => (window as unknown as { explorer: { state: { expanded: string[] }; ready(): boolean } }).explorer.state.expanded.length === n && (window as unknown as { explorer: { ready(): boolean } }).explorer.ready(), i + 2, { timeout: 60_000 });
    }
    const after = await layout(page);
    expect(after.expanded).toBe(4);
    expect(after.nodes.length).toBeGreaterThan(first.nodes.length);
    // readable: no node label overlaps another node or another label, no edge label lies over a node
    expect(after.overlaps).toEqual([]);
    expect(after.edgeOverlaps).toEqual([]);
    // fitted: everything drawn is inside the view, and fills a good part of it
    expect(after.extent.x1).toBeGreaterThanOrEqual(-1);
    expect(after.extent.y1).toBeGreaterThanOrEqual(-1);
    expect(after.extent.x2).toBeLessThanOrEqual(after.view.w + 1);
    expect(after.extent.y2).toBeLessThanOrEqual(after.view.h + 1);
    expect(Math.max((after.extent.x2 - after.extent.x1) / after.view.w, (after.extent.y2 - after.extent.y1) / after.view.h)).toBeGreaterThan(0.8);
    // node size follows the meeting count
    for (const a of after.nodes) for (const b of after.nodes) if (a.count > b.count) expect(a.size, `${a.label} (${a.count}) vs ${b.label} (${b.count})`).toBeGreaterThanOrEqual(b.size);
    // every edge shows its date, or its count and date range
    for (const label of after.edges) expect(label).toMatch(/^(\d{4}-\d{2}-\d{2}|date unknown|\d+× (\d{4}-\d{2}-\d{2}( – \d{4}-\d{2}-\d{2})?|dates unknown))$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "explorer-1k.png") });
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
  }, 300_000);
});
