// Cancellation at the store boundary. The API runs each request inside `withSignal(signal, …)`; every
// store call (and, in Kuzu, every statement when its turn comes on a connection) checks the signal of
// the request it belongs to and refuses to start once the request has timed out or was cut off. The
// signal travels with the async context (AsyncLocalStorage), so the GraphStore interface is unchanged
// and a DataLoader batch runs under the request that created it.
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<AbortSignal>();

export class CancelledError extends Error {
  readonly code = "CANCELLED";
  constructor() {
    super("the request was cancelled (timeout or limit) before this database call");
  }
}

/** Runs `fn` with `signal` as the cancellation signal of every store call it makes. */
export function withSignal<T>(signal: AbortSignal, fn: () => T): T {
  return scope.run(signal, fn);
}

/** Throws CancelledError when the current request has been cancelled. */
export function throwIfCancelled(): void {
  if (scope.getStore()?.aborted) throw new CancelledError();
}
