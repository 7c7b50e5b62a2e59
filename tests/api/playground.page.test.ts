// The playground as a person meets it: headless Chromium (Debian's) opens the server's page, runs a
// query and sees the result; every request the page makes goes to 127.0.0.1 (no CDN, no font).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, isLocal, startTestServer, type TestServer } from "./helpers.js";

const ARTIFACTS = join(import.meta.dirname, "../artifacts");

describe.skipIf(!existsSync(CHROMIUM))(`playground in headless Chromium (${CHROMIUM})`, () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("loads offline, runs a query, shows the result", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(t.server.url, { waitUntil: "load" });
    await page.waitForSelector(".graphiql-container", { timeout: 60_000 });
    // run the first example operation (the editor opens with the seeded example queries)
    await page.waitForSelector(".graphiql-execute-button", { timeout: 30_000 });
    await page.click(".graphiql-execute-button");
    // several operations in the editor: GraphiQL asks which one to run
    await page.locator(".graphiql-dropdown-item", { hasText: "WhoMetShaibani" }).first().click();
    await page.getByText('"Asaad al-Shaibani"').first().waitFor({ timeout: 60_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "playground.png"), fullPage: true });
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
  }, 180_000);
});
