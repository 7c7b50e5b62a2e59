// A value computed from the store and held in memory for one store generation (the name index, the graph of
// who met whom). Only where the store knows its generation without a round trip (the embedded store, its own
// only writer). Read lazily: a request that finds the value stale gets undefined (and asks the store, as
// without it), and one read starts in the background, kept only if no write committed while it ran. So a
// request is never slower than the store, and a read-heavy server answers from memory.
import { outsideRequest } from "./abort.js";

export class HeldAtGeneration<T> {
  private held?: { generation: number; value: T };
  private loading?: number;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    /** Reads the value from the store. */
    private readonly read: () => Promise<T>,
    /** The store's generation, when known without a round trip. */
    private readonly generation: () => number | undefined,
  ) {}

  /** The value at the store's current generation, or undefined (and a read of it started) when it is stale. */
  current(): T | undefined {
    const g = this.generation();
    if (g === undefined) return undefined;
    if (this.held?.generation === g) return this.held.value;
    this.load(g);
    return undefined;
  }

  /** Settles when the read started last has ended (for tests and warm-up). */
  settled(): Promise<void> {
    return this.pending;
  }

  private load(g: number): void {
    if (this.loading === g) return;
    this.loading = g;
    // not on behalf of the request that found the value stale: its cancellation and its read cache are its own
    this.pending = outsideRequest(this.read).then(
      (value) => {
        if (this.loading === g) this.loading = undefined;
        if (this.generation() === g) this.held = { generation: g, value };
      },
      () => {
        if (this.loading === g) this.loading = undefined;
      },
    );
  }
}
