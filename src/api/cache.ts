// Response cache per store generation: a query answered at generation g is answered again from
// memory while the store is still at g. Every committed write bumps the generation in the store
// (store/derived.ts), so a write invalidates every cached response at once, and API replicas on one
// Neo4j database agree on it (they read it from the database; the embedded store's only writer is
// this process, which knows it without a round trip).
//
// What a client may see after a write: a request that STARTS after the write's mutation answered
// (or after `kg load` reported a batch committed) is answered from that commit or a later one. A
// request already running when the write commits may be answered from the state before it.
//
// Only successful queries are cached (no errors, not mutations). The key is the operation's text,
// name and variables: two spellings of one query are two entries. KG_RESPONSE_CACHE sets the number
// of entries (default 5000; 0 turns the cache off).
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { ApiContext } from "./context.js";

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
}

/** The entries of the response cache: the server's option, else KG_RESPONSE_CACHE, else 5000 (0: no caching). */
export const responseCacheEntries = (option?: number) => option ?? Number(process.env.KG_RESPONSE_CACHE ?? 5000);

export function responseCachePlugin(maxEntries = responseCacheEntries()): ApolloServerPlugin<ApiContext> & { stats: CacheStats } {
  const entries = new Map<string, FormattedExecutionResult>();
  let generation = -1;
  const stats: CacheStats = { hits: 0, misses: 0, entries: 0 };
  return {
    stats,
    async requestDidStart() {
      if (maxEntries <= 0) return;
      let key: string | undefined;
      let at = -1;
      return {
        async responseForOperation(rc) {
          // (no operation: Apollo answers OPERATION_RESOLUTION_FAILURE itself)
          if (rc.operation?.operation !== "query") return null;
          at = await rc.contextValue.store.generation();
          if (at !== generation) {
            // a write committed: everything cached is from before it
            entries.clear();
            generation = at;
          }
          key = `${rc.operationName ?? ""}\n${rc.source}\n${JSON.stringify(rc.request.variables ?? {})}`;
          const hit = entries.get(key);
          if (!hit) {
            stats.misses++;
            return null;
          }
          stats.hits++;
          entries.delete(key); // most recently used last
          entries.set(key, hit);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: hit } };
        },
        async willSendResponse(rc) {
          if (!key || at !== generation || entries.has(key)) return;
          const body = rc.response.body;
          if (body.kind !== "single" || body.singleResult.errors?.length || !body.singleResult.data) return;
          entries.set(key, { data: body.singleResult.data });
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
          stats.entries = entries.size;
        },
      };
    },
  };
}
