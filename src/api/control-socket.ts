// The local control socket: how `kg load` hands articles to a running `kg serve` that holds the
// embedded store (Kuzu allows one process per database). A Unix domain socket at <data dir>/kg.sock,
// created with mode 0600: the file permissions are the authentication (only the server's user can
// connect), so local loads need no token, and the GraphQL mutations stay for remote clients.
//
// Protocol, one JSON object per line. Client → server: {"article": {...}} or {"failure": {uri, reason}}
// for each item, then {"end": true}. Server → client: {"progress": {read, failed}} now and then, then
// {"summary": LoadReport} or {"error": "one line"}, and the server closes the connection.
import { chmodSync, existsSync, unlinkSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { articleFromText } from "../ingest/index.js";
import type { Article, IngestFailure } from "../model.js";
import type { LoadReport } from "../load-report.js";

export const CONTROL_SOCKET = "kg.sock";
/** Unix socket paths are limited to 108 bytes on Linux (104 on macOS). */
export const MAX_SOCKET_PATH = 103;

export const controlSocketPath = (dataDir: string) => join(resolve(dataDir), CONTROL_SOCKET);

export interface ArticleMessage {
  uri: string;
  text: string;
  publishedAt?: string;
  source?: string;
  language?: string;
  title?: string;
}
export type ControlRequest = { article: ArticleMessage } | { failure: IngestFailure } | { end: true };
export type ControlReply = { progress: { read: number; failed: number } } | { summary: LoadReport } | { error: string };

export type LoadHandler = (source: AsyncIterable<Article | IngestFailure>, onProgress: (p: { read: number; failed: number }) => void) => Promise<LoadReport>;

export interface ControlSocket {
  path: string;
  close(): Promise<void>;
}

/** Listens on <dataDir>/kg.sock (the caller holds the store, so a leftover socket file is stale and replaced). */
export async function startControlSocket(dataDir: string, load: LoadHandler): Promise<ControlSocket | { unavailable: string }> {
  const path = controlSocketPath(dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return { unavailable: `the data directory's path is too long for a control socket (${path})` };
  if (existsSync(path)) unlinkSync(path);
  const server = createServer((socket) => {
    serveConnection(socket, load).catch(() => socket.destroy());
  });
  const umask = process.umask(0o177); // the socket file is created 0600: owner only
  try {
    await new Promise<void>((ok, fail) => {
      server.once("error", fail);
      server.listen(path, () => ok());
    });
  } finally {
    process.umask(umask);
  }
  chmodSync(path, 0o600);
  return { path, close: () => closeServer(server, path) };
}

async function closeServer(server: Server, path: string): Promise<void> {
  await new Promise<void>((ok) => server.close(() => ok()));
  if (existsSync(path)) unlinkSync(path);
}

async function serveConnection(socket: Socket, load: LoadHandler): Promise<void> {
  socket.on("error", () => {}); // a client that went away: its load still finishes; nothing to tell it
  const send = (reply: ControlReply) => {
    if (socket.writable) socket.write(JSON.stringify(reply) + "\n");
  };
  let last = 0;
  const onProgress = (p: { read: number; failed: number }) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    send({ progress: p });
  };
  try {
    const summary = await load(requests(socket), onProgress);
    send({ summary });
  } catch (e) {
    send({ error: (e as Error).message.split("\n")[0]! });
  }
  socket.end();
}

/** The client's items as articles (re-built here: the id is the hash of the text, whoever sends it). A client
 *  that goes away before {"end"} ends the load with what it sent: those articles are loaded and derived. */
async function* requests(socket: Socket): AsyncGenerator<Article | IngestFailure> {
  const lines = createInterface({ input: socket, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let msg: Partial<{ article: ArticleMessage; failure: IngestFailure; end: true }>;
    try {
      msg = JSON.parse(line) as typeof msg;
    } catch {
      throw new Error("control socket: a line is not JSON");
    }
    if (msg.end) return;
    if (msg.failure && typeof msg.failure.uri === "string" && typeof msg.failure.reason === "string") yield { uri: msg.failure.uri, reason: msg.failure.reason };
    else if (msg.article && typeof msg.article.text === "string" && typeof msg.article.uri === "string") {
      const { uri, text, publishedAt, source, language, title } = msg.article;
      yield articleFromText(text, { uri, publishedAt, source, language, title }, { headers: false });
    } else throw new Error("control socket: expected {article}, {failure} or {end}");
  }
}
