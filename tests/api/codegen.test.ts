// Generated types are never edited by hand and never stale: regenerate in memory and compare.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";

const ROOT = join(import.meta.dirname, "../..");

describe("codegen", () => {
  it("src/generated matches schema/*.graphql and the documents (run `npm run codegen` after a schema change)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(ROOT, "codegen.yml") });
    const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    for (const o of outputs as Array<{ filename: string; content: string }>) {
      const onDisk = readFileSync(join(ROOT, o.filename), "utf8");
      expect(onDisk, `${o.filename} is out of date`).toBe(o.content);
    }
  }, 120_000);
});
