// The HTTP boundary. A short orchestrator: build the schema-first Apollo server, then serve it on
// node:http with the offline playground, /healthz, limits, a request timeout that cancels the work,
// a cap on concurrent requests and reply size, a Host allow-list, short timeouts for slow clients,
// and graceful shutdown.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { createContext, requestScope, type ApiContext, type ApiServices } from "./context.js";
import { responseCacheEntries, responseCachePlugin } from "./cache.js";
import { budgetPlugin, countValues } from "./budget.js";
import { allowedHosts, BusyError, Gate, hostAllowed, tokenMatches } from "./guards.js";
import { withSignal } from "../store/abort.js";
import { nameQuery } from "../resolve/lookup.js";
import { errorStatusPlugin, formatError } from "./errors.js";
import { DEFAULT_LIMITS, limitsPlugin, type Limits } from "./limits.js";
import { explorerAsset } from "./explorer.js";
import { playgroundHtml } from "./playground.js";
import { resolvers } from "./resolvers/index.js";
import { loadTypeDefs } from "./schema.js";

export interface ServerOptions extends ApiServices {
  limits?: Partial<Limits>;
  /**
   * Entries of the response cache per store generation (api/cache.ts; default KG_RESPONSE_CACHE, else 5000); 0 turns
   * it off, and the store's read cache (store/read-cache.ts) with it: a server with caching off answers every
   * request from the store.
   */
  responseCache?: number;
  /** Extra fields of /healthz (the start-up integrity check). */
  health?: Record<string, string>;
}

export function buildSchema() {
  return countValues(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never }));
}

export function createApollo(opts: ServerOptions): ApolloServer<ApiContext> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  return new ApolloServer<ApiContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== "production",
    // no "Did you mean …" suggestions (schema names) in production
    hideSchemaDetailsFromClientErrors: process.env.NODE_ENV === "production",
    // validation runs before the limits and is superlinear in repeated fields (20,000 aliases: ~1 s of
    // blocked loop); a document is refused at parse time past this many tokens (GRAPHQL_PARSE_FAILED)
    parseOptions: { maxTokens: limits.maxTokens },
    // no cache hints (the response cache is per store generation, cache.ts): Apollo's default cache-control
    // plugin would only add work to every field
    plugins: [limitsPlugin<ApiContext>(limits), budgetPlugin(), errorStatusPlugin<ApiContext>(), responseCachePlugin(opts.responseCache), ApolloServerPluginCacheControlDisabled()],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<ApiContext>;
  /** Requests admitted and not finished: running, or waiting for a slot of the concurrency cap. */
  inFlight(): number;
  /**
   * Graceful shutdown: stop accepting connections, let the requests already running finish against the running
   * Apollo server, answer the ones still waiting for a slot with SHUTTING_DOWN (503; they have not started, so a
   * client may retry them elsewhere), then stop Apollo.
   */
  stop(): Promise<void>;
}

export async function startHttp(opts: ServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const apollo = createApollo(opts);
  await apollo.start();
  // the lexicon and its indexes load before the first request, not inside it (over a second of blocked loop)
  nameQuery("warm up", "person");
  const cacheReads = responseCacheEntries(opts.responseCache) > 0;
  const guard: Guard = { limits, gate: new Gate(limits.maxConcurrent, limits.maxQueued), hosts: allowedHosts(opts.host), cacheReads, pending: new Set(), stopping: false };
  // slow clients: the headers within 10 s and the whole request within 15 s, checked every second
  const http = createHttpServer({ headersTimeout: 10_000, requestTimeout: 15_000, connectionsCheckingInterval: 1_000 }, (req, res) => {
    handle(apollo, opts, guard, req, res).catch((e: unknown) => {
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
    inFlight: () => guard.pending.size,
    async stop() {
      guard.stopping = true;
      const closed = new Promise<void>((ok) => http.close(() => ok()));
      http.closeIdleConnections();
      // a request whose client has gone still runs to its end (a mutation that started reports its outcome)
      while (guard.pending.size) await Promise.allSettled([...guard.pending]);
      http.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}

interface Guard {
  limits: Limits;
  gate: Gate;
  hosts: ReturnType<typeof allowedHosts>;
  /** Whether requests may read from the store's read cache. */
  cacheReads: boolean;
  /** The work of every admitted request, until it settles (stop() waits for it). */
  pending: Set<Promise<unknown>>;
  /** Set by stop(): requests not yet running are answered SHUTTING_DOWN. */
  stopping: boolean;
}

class ShuttingDown extends Error {}
const shuttingDown = (res: ServerResponse) => {
  res.setHeader("connection", "close");
  send(res, 503, "application/json", error("SHUTTING_DOWN", "the server is stopping; retry on another instance or after it restarts"));
};

const error = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

async function handle(apollo: ApolloServer<ApiContext>, services: ApiServices, guard: Guard, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { limits } = guard;
  // a page of another site that rebinds its DNS name to 127.0.0.1 still sends its own name as Host
  if (guard.stopping) return shuttingDown(res);
  if (!hostAllowed(req.headers.host, guard.hosts)) return send(res, 421, "application/json", error("BAD_HOST", "this Host is not served here (set KG_ALLOWED_HOSTS)"));
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, "application/json", JSON.stringify({ ok: true, store: services.store.kind, ...(services as ServerOptions).health }));
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
  const sent = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  // the token is compared here, in constant time; the context carries it only when it matches
  const token = sent !== undefined && tokenMatches(sent, services.mutationToken) ? services.mutationToken : sent === undefined ? undefined : "";
  const scope = requestScope(limits);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((ok) => {
    timer = setTimeout(() => {
      // a mutation that has started runs to its end and reports its true outcome (a 503 for a write
      // that was in fact stored would be a lie); anything else is cancelled: its remaining store
      // reads and fields do not start
      if (scope.mutation) return;
      scope.abort("timeout");
      ok("timeout");
    }, limits.timeoutMs);
  });
  const run = async () => {
    await guard.gate.enter(scope.signal); // waiting for a slot counts toward the timeout
    try {
      if (guard.stopping) throw new ShuttingDown();
      return await withSignal(scope.signal, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
          context: async () => createContext(services, token, scope),
        }),
        guard.cacheReads,
      );
    } finally {
      guard.gate.leave(); // when the work has really stopped, not when the client got its answer
    }
  };
  const work = run();
  guard.pending.add(work);
  work.then(
    () => guard.pending.delete(work),
    () => guard.pending.delete(work),
  );
  let result: Awaited<typeof work> | "timeout";
  try {
    result = await Promise.race([work, timeout]);
  } catch (e) {
    clearTimeout(timer);
    if (e instanceof ShuttingDown) return shuttingDown(res);
    if (e instanceof BusyError) return send(res, 503, "application/json", error("BUSY", `more than ${limits.maxConcurrent + limits.maxQueued} requests at once; retry shortly`));
    if (scope.signal.aborted) return send(res, 503, "application/json", error("TIMEOUT", `request took longer than ${limits.timeoutMs} ms`));
    throw e;
  } finally {
    clearTimeout(timer);
  }
  work.catch(() => undefined);
  if (result === "timeout") return send(res, 503, "application/json", error("TIMEOUT", `request took longer than ${limits.timeoutMs} ms`));
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    if (Buffer.byteLength(result.body.string) > limits.maxReplyBytes) {
      res.removeHeader("content-length");
      return send(res, 400, "application/json", error("REPLY_TOO_LARGE", `the reply is larger than ${limits.maxReplyBytes} bytes: ask for fewer values`));
    }
    res.end(result.body.string);
  } else {
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
