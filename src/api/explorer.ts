// The graph explorer's files: its page (explorer.html), its scripts (explorer-app.js, explorer-layout.js) and the graph library from the cytoscape npm
// package, both served by this server (no CDN). Read once, on first request.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

const FILES: Record<string, { path: () => string; type: string }> = {
  "/explorer": { path: () => join(HERE, "explorer.html"), type: "text/html; charset=utf-8" },
  "/explorer/": { path: () => join(HERE, "explorer.html"), type: "text/html; charset=utf-8" },
  "/explorer/explorer-app.js": { path: () => join(HERE, "explorer-app.js"), type: "text/javascript; charset=utf-8" },
  "/explorer/explorer-layout.js": { path: () => join(HERE, "explorer-layout.js"), type: "text/javascript; charset=utf-8" },
  "/explorer/cytoscape.min.js": { path: () => require.resolve("cytoscape/dist/cytoscape.min.js"), type: "text/javascript; charset=utf-8" },
};

const cache = new Map<string, string>();

export function explorerAsset(pathname: string): { type: string; body: string } | null {
  const f = FILES[pathname];
  if (!f) return null;
  let body = cache.get(pathname);
  if (body === undefined) cache.set(pathname, (body = readFileSync(f.path(), "utf8")));
  return { type: f.type, body };
}
