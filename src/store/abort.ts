// Cancellation at the store boundary. The API runs each request inside `withSignal(signal, …)`; every
// store call (and, in Kuzu, every statement when its turn comes on a connection) checks the signal of
// the request it belongs to and refuses to start once the request has timed out or was cut off. The
// signal travels with the async context (AsyncLocalStorage), so the GraphStore interface is unchanged
// and a DataLoader batch runs under the request that created it. The same scope says whether the
// request's reads may be answered from the read cache (store/read-cache.ts: a server with caching on).
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<{ signal: AbortSignal; cacheReads: boolean }>();

export class CancelledError extends Error {
  readonly code = "CANCELLED";
  constructor() {
    super("the request was cancelled (timeout or limit) before this database call");
  }
}

/** Runs `fn` with `signal` as the cancellation signal of every store call it makes (and its reads cacheable, if so). */
export function withSignal<T>(signal: AbortSignal, fn: () => T, cacheReads = false): T {
  return scope.run({ signal, cacheReads }, fn);
}

/** True inside a request whose reads may come from the read cache. */
export function readsCacheable(): boolean {
  return scope.getStore()?.cacheReads ?? false;
}

/** Throws CancelledError when the current request has been cancelled. */
export function throwIfCancelled(): void {
  if (scope.getStore()?.signal.aborted) throw new CancelledError();
}

/** Runs `fn` outside any request: no signal cancels its store calls and none of its reads is cached (background work). */
export function outsideRequest<T>(fn: () => T): T {
  return scope.exit(fn);
}
