// The HTTP boundary. A short orchestrator: build the schema-first Apollo server, then serve it on
// node:http with the offline playground, /healthz, limits, a request timeout and graceful shutdown.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { createContext, type ApiContext, type ApiServices } from "./context.js";
import { responseCachePlugin } from "./cache.js";
import { errorStatusPlugin, formatError } from "./errors.js";
import { DEFAULT_LIMITS, limitsPlugin, type Limits } from "./limits.js";
import { explorerAsset } from "./explorer.js";
import { playgroundHtml } from "./playground.js";
import { resolvers } from "./resolvers/index.js";
import { loadTypeDefs } from "./schema.js";

export interface ServerOptions extends ApiServices {
  limits?: Partial<Limits>;
  /** Entries of the response cache per store generation (api/cache.ts); 0 turns it off. */
  responseCache?: number;
}

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}

export function createApollo(opts: ServerOptions): ApolloServer<ApiContext> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  return new ApolloServer<ApiContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== "production",
    plugins: [limitsPlugin<ApiContext>(limits), errorStatusPlugin<ApiContext>(), responseCachePlugin(opts.responseCache)],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<ApiContext>;
  stop(): Promise<void>;
}

export async function startHttp(opts: ServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const apollo = createApollo(opts);
  await apollo.start();
  const http = createHttpServer((req, res) => {
    handle(apollo, opts, limits, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, "application/json", JSON.stringify({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
      console.error(e);
    });
  });
  await new Promise<void>((ok) => http.listen(opts.port, opts.host ?? "127.0.0.1", ok));
  const { port } = http.address() as AddressInfo;
  const host = opts.host ?? "127.0.0.1";
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`,
    port,
    apollo,
    async stop() {
      await new Promise<void>((ok) => http.close(() => ok()));
      http.closeAllConnections?.();
      await apollo.stop();
    },
  };
}

async function handle(apollo: ApolloServer<ApiContext>, services: ApiServices, limits: Limits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, "application/json", JSON.stringify({ ok: true, store: services.store.kind }));
  if (req.method === "GET" && url.pathname.startsWith("/explorer")) {
    const asset = explorerAsset(url.pathname);
    return asset ? send(res, 200, asset.type, asset.body) : send(res, 404, "text/plain", "not found");
  }
  if (url.pathname !== "/" && url.pathname !== "/graphql") return send(res, 404, "text/plain", "not found");
  if (req.method === "GET" && (req.headers.accept ?? "").includes("text/html")) return send(res, 200, "text/html; charset=utf-8", playgroundHtml());
  const body = req.method === "POST" ? await readJson(req, res) : undefined;
  if (body === INVALID) return;
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  const token = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((ok) => (timer = setTimeout(() => ok("timeout"), limits.timeoutMs)));
  const result = await Promise.race([
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => createContext(services, token),
    }),
    timeout,
  ]);
  clearTimeout(timer);
  if (result === "timeout") return send(res, 503, "application/json", JSON.stringify({ errors: [{ message: `request took longer than ${limits.timeoutMs} ms`, extensions: { code: "TIMEOUT" } }] }));
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") res.end(result.body.string);
  else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

const INVALID = Symbol("invalid");
const MAX_BODY = 2 * 1024 * 1024;

async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) {
      send(res, 413, "application/json", JSON.stringify({ errors: [{ message: "request body too large", extensions: { code: "BAD_REQUEST" } }] }));
      return INVALID;
    }
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    send(res, 400, "application/json", JSON.stringify({ errors: [{ message: "request body is not JSON", extensions: { code: "BAD_REQUEST" } }] }));
    return INVALID;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader("content-type", type);
  res.end(body);
}
