// The client side of the control socket (src/api/control-socket.ts): `kg load` streams its articles to
// the running `kg serve` that holds the store, shows the server's progress and prints its summary.
import { connect, type Socket } from "node:net";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Article, IngestFailure } from "../model.js";
import type { LoadReport } from "../load-report.js";
import { controlSocketPath, MAX_SOCKET_PATH, type ControlReply, type ControlRequest } from "../api/control-socket.js";
import { CliError } from "./errors.js";

/** A connection to the server's control socket in dataDir, or null when no server answers there. */
export async function connectControl(dataDir: string): Promise<Socket | null> {
  const path = controlSocketPath(dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return null;
  return new Promise((ok, fail) => {
    const socket = connect(path);
    socket.once("connect", () => ok(socket));
    socket.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EACCES" || e.code === "EPERM")
        fail(new CliError(`the running server's control socket ${path} belongs to another user`, "run kg load as the user who started kg serve"));
      else ok(null); // ENOENT, ECONNREFUSED (a stale socket file): no server
    });
  });
}

const isFailure = (x: Article | IngestFailure): x is IngestFailure => (x as Article).text === undefined;

/** Sends every item to the server, then waits for its summary. */
export async function loadThroughServer(socket: Socket, source: AsyncIterable<Article | IngestFailure>, onProgress: (p: { read: number; failed: number }) => void): Promise<LoadReport> {
  socket.on("error", () => {}); // a server that went away: the replies end, and that is reported below
  const gone = new CliError("the running server closed the connection before the load finished", "check that kg serve is still running, then run kg load again (loading is idempotent: what was committed stays)");
  const replies = (async () => {
    try {
      for await (const line of createInterface({ input: socket, crlfDelay: Infinity })) {
        if (!line.trim()) continue;
        const reply = JSON.parse(line) as ControlReply;
        if ("progress" in reply) onProgress(reply.progress);
        else if ("summary" in reply) return reply.summary;
        else throw new CliError(`the running server could not load the articles (${reply.error})`, "see the server's log; run kg load again once it is fixed");
      }
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw gone; // ECONNRESET, EPIPE: the server went away
    }
    throw gone;
  })();
  replies.catch(() => {}); // awaited below; an early error must not be unhandled while we are still sending
  const send = async (msg: ControlRequest) => {
    if (!socket.write(JSON.stringify(msg) + "\n")) await Promise.race([once(socket, "drain"), once(socket, "close")]);
  };
  try {
    for await (const item of source) {
      if (socket.destroyed) break;
      if (isFailure(item)) await send({ failure: item });
      else await send({ article: { uri: item.uri, text: item.text, publishedAt: item.publishedAt, source: item.source, language: item.language, title: item.title } });
    }
    if (!socket.destroyed) await send({ end: true });
    return await replies;
  } catch (e) {
    throw e instanceof CliError ? e : gone; // a write that failed: the server went away
  } finally {
    socket.destroy();
  }
}
