// An extraction worker (workers/pool.ts): text → extract → per-article resolution, the part of a load
// that needs no store. The main thread writes, and does what needs the store.
import { parentPort } from "node:worker_threads";
import type { Article } from "../model.js";
import { processArticle } from "../pipeline.js";
import type { Reply, Task } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("workers/extract.ts runs in a worker thread");
port.on("message", (task: Task) => {
  let reply: Reply;
  try {
    reply = { id: task.id, resolved: processArticle(task.article as Article) };
  } catch (e) {
    reply = { id: task.id, error: (e as Error).message ?? String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
