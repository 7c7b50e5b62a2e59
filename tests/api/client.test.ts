// The example typed client runs against the real test server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarize, whoMetBetween } from "../../examples/client.js";
import { startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe("examples/client.ts", () => {
  it("asks who met X between two dates, with typed results", async () => {
    const data = await whoMetBetween(t.server.url, { name: "Shaibani", from: "2025-07-01", to: "2025-07-31" });
    expect(data.person?.name).toBe("Asaad al-Shaibani");
    const lines = summarize(data);
    expect(lines).toEqual(expect.arrayContaining(["Vladimir Putin: 2025-07-31 (Kremlin)", "Sergey Lavrov: 2025-07-31 (Moscow)"]));
    expect(lines.some((l) => l.startsWith("Alexander Novak"))).toBe(false); // September: outside the range
  });
});
