// The explorer as a person uses it, in headless Chromium: search al-Shaibani in Persian script, see
// Putin and Lavrov as neighbours, open an edge, read the Persian or Arabic evidence (right-to-left).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, isLocal, startTestServer, type TestServer } from "./helpers.js";

const ARTIFACTS = join(import.meta.dirname, "../artifacts");

describe.skipIf(!existsSync(CHROMIUM))("graph explorer in headless Chromium", () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("searches, shows the ego network, opens an edge with its evidence", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(new URL("/explorer", t.server.url).toString());
    await page.fill("#q", "الشیبانی");
    await page.click("#search button");
    await page.locator("#people button", { hasText: "Vladimir Putin" }).waitFor({ timeout: 30_000 });
    await expect(page.locator("#people button", { hasText: "Sergey Lavrov" }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length)).toBeGreaterThanOrEqual(6);
    await page.locator("#people button", { hasText: "Sergey Lavrov" }).click();
    const evidence = page.locator("#evidence .evidence p");
    await evidence.first().waitFor();
    const texts = await evidence.allTextContents();
    expect(texts.some((x) => /[\u0600-\u06FF]/.test(x) && /(لاوروف|لافروف)/.test(x))).toBe(true);
    expect(await evidence.first().getAttribute("dir")).toBe("auto");
    // the time slider: back to before September 2025 hides the Novak meeting
    await page.locator("#slider").fill("0");
    expect(await page.locator("#people button", { hasText: "Alexander Novak" }).count()).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator("#slider").fill(String(await page.locator("#slider").getAttribute("max")));
    await page.screenshot({ path: join(ARTIFACTS, "explorer.png") });
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
  }, 120_000);
});
