// A pool of extraction worker threads (workers/extract.ts): the loader hands it articles and gets
// their ResolvedArticle back, while the main thread writes the previous batch. Each worker holds at
// most two tasks; the rest wait here, so a slow article does not hold up the others.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article, ResolvedArticle } from "../model.js";

export interface Task {
  id: number;
  article: Article;
}
export type Reply = { id: number; resolved: ResolvedArticle; error?: undefined } | { id: number; error: string; resolved?: undefined };

const BOOT = new URL("./boot.mjs", import.meta.url);
const MODULE = new URL("./extract.ts", import.meta.url).href;
const PER_WORKER = 2;

/** Workers a load uses: KG_WORKERS if set (0 = extract on the main thread), else one per core but one, at least 1. */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.KG_WORKERS;
  if (set !== undefined && set !== "") {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0) throw new Error(`KG_WORKERS must be a whole number of worker threads (0 = none), got "${set}"`);
    return n;
  }
  return Math.max(1, availableParallelism() - 1);
}

interface Slot {
  worker: Worker;
  running: Set<number>;
}

interface Pending {
  task: Task;
  resolve: (r: ResolvedArticle) => void;
  reject: (e: Error) => void;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker, got ${size}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** One article's rows, extracted and resolved in a worker. Rejects when extraction throws. */
  extract(article: Article): Promise<ResolvedArticle> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      this.waiting.push({ task: { id: this.next++, article }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const left = [...this.waiting, ...this.pending.values()];
    this.waiting.length = 0;
    this.pending.clear();
    for (const p of left) p.reject(new Error("the extraction pool closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { module: MODULE } });
    const slot: Slot = { worker, running: new Set() };
    worker.on("message", (m: Reply | { ready: true }) => {
      if ("ready" in m) return;
      slot.running.delete(m.id);
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (p) {
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.resolved);
      }
      this.dispatch();
    });
    // a worker that dies fails the articles it held (the loader reports them) and is replaced
    const lost = (e: Error) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      for (const id of slot.running) {
        const p = this.pending.get(id);
        this.pending.delete(id);
        p?.reject(e);
      }
      if (!this.closed) {
        this.slots.push(this.spawn());
        this.dispatch();
      }
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`extraction worker stopped (exit ${code})`)));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.running.size < PER_WORKER && this.waiting.length) {
        const p = this.waiting.shift()!;
        this.pending.set(p.task.id, p);
        slot.running.add(p.task.id);
        slot.worker.postMessage(p.task);
      }
    }
  }
}
