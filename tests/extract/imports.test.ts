// Layering of src/extract, read from the source files: extraction must not depend on resolution
// (src/resolve), and the numbered passes stand alone: a pass may import the extract state and the
// shared helpers in passes/_*.ts, never another numbered pass.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const EXTRACT = join(ROOT, "src/extract");
const PASSES = join(EXTRACT, "passes");
const RESOLVE = join(ROOT, "src/resolve");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

/** Relative module specifiers of every static import/export-from and dynamic import() in `code`. */
export function importsOf(code: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

const isNumberedPass = (file: string) => dirname(file) === PASSES && /^\d/.test(file.split(sep).pop()!);
const within = (file: string, dir: string) => file === dir || file.startsWith(dir + sep);

/** Layering violations of one file of src/extract, with its code given. */
function violations(file: string, code: string): string[] {
  const out: string[] = [];
  for (const spec of importsOf(code)) {
    if (!spec.startsWith(".")) continue;
    const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
    const where = `${relative(ROOT, file)} imports ${spec}`;
    if (within(target, RESOLVE)) out.push(`${where} (extract must not import resolve)`);
    if (isNumberedPass(file) && isNumberedPass(target) && target !== file) out.push(`${where} (a pass must not import another pass)`);
  }
  return out;
}

describe("src/extract imports", () => {
  it("the checker sees the imports it must refuse", () => {
    const pass = join(PASSES, "05-events.ts");
    expect(violations(pass, 'import { rootMention } from "./03-references.js";')).toHaveLength(1);
    expect(violations(pass, 'import type { X } from "../../resolve/keys.js";')).toHaveLength(1);
    expect(violations(pass, 'export { y } from "./07-agreements.js";\nconst m = await import("./01-entities.js");')).toHaveLength(2);
    expect(violations(pass, 'import { rootMention } from "./_mentions.js";\nimport { addMention } from "../state.js";')).toEqual([]);
    // the extract entry point runs the passes in order, so it may import them
    expect(violations(join(EXTRACT, "index.ts"), 'import { findEvents } from "./passes/05-events.js";')).toEqual([]);
  });

  it("no file in src/extract imports src/resolve, and no numbered pass imports another", () => {
    const files = sourceFiles(EXTRACT);
    expect(files.filter(isNumberedPass).length).toBeGreaterThanOrEqual(8);
    const found = files.flatMap((f) => violations(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });
});
