// The one error catalogue of the API: every code a client can see, when, and its HTTP status.
// README.md ("Errors") prints this table; tests/api/errors.test.ts checks the server follows it.
// User errors carry their code in `extensions.code`. Anything else is an internal error: its message
// (a store's message, a stack) never reaches a client, in development or production; it is logged.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";

export const ERROR_CATALOGUE = {
  GRAPHQL_PARSE_FAILED: { status: 400, when: "The query is not valid GraphQL syntax." },
  GRAPHQL_VALIDATION_FAILED: { status: 400, when: "The query does not fit the schema: an unknown field or argument, a missing required argument (`person` without `name`), `person(id:)` (use `personById`)." },
  BAD_USER_INPUT: { status: 400, when: "An argument value is wrong, as a literal or as a variable: a Date that is not \"YYYY-MM-DD\" or not a day of the calendar (2025-02-30), a variable of the wrong type, an empty name, `from` after `to` (or `since` after `until`), `meetings(with:)` without `participant`, `maxHops` outside 1–6, a negative `first`, `office` and `role` naming different offices, an article the loader refuses." },
  BAD_CURSOR: { status: 400, when: "`after` is not a cursor this server issued." },
  PAGE_SIZE_EXCEEDED: { status: 400, when: "`first` is more than 100." },
  DEPTH_LIMIT: { status: 400, when: "The query nests deeper than the depth limit." },
  COST_LIMIT: { status: 400, when: "The query's estimated cost, its number of aliases or of distinct names to look up is over the limit, or the reply grew past the value budget while it ran (the reply is then this one error)." },
  REPLY_TOO_LARGE: { status: 400, when: "The reply is larger than the byte cap (8 MB)." },
  OPERATION_RESOLUTION_FAILURE: { status: 400, when: "`operationName` names no operation of the document, or a document of several operations has none." },
  BAD_REQUEST: { status: 400, when: "The HTTP request is not a GraphQL request: no query, a body that is not JSON, a GET without the CSRF header (see \"CSRF\"), a mutation over GET. A body over 2 MB answers 413." },
  PERSISTED_QUERY_NOT_FOUND: { status: 200, when: "An automatic persisted query hash the server does not know yet (the client retries with the query)." },
  UNAUTHENTICATED: { status: 401, when: "A mutation without the `Authorization: Bearer <KG_TOKEN>` header, or with a wrong token." },
  FORBIDDEN: { status: 403, when: "A mutation on a server without KG_TOKEN (mutations disabled), or ingestion not offered." },
  TIMEOUT: { status: 503, when: "The request took longer than the server's timeout (10 s by default); its remaining work is cancelled. A mutation that has started is never cut off: it answers its outcome." },
  BUSY: { status: 503, when: "More requests at once than the server runs (4) and queues (64); retry shortly. The request did not run." },
  SHUTTING_DOWN: { status: 503, when: "The server is stopping: a request that had not started (it was waiting for a slot, or arrived on an open connection) is refused; the ones already running finish. The request did not run." },
  BAD_HOST: { status: 421, when: "The `Host` header is not one the server answers (see `KG_ALLOWED_HOSTS`)." },
  INTERNAL_SERVER_ERROR: { status: 500, when: "A bug or a store failure. The message is always \"Internal server error\"; details go to the server's log." },
} as const satisfies Record<string, { status: number; when: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

const isCode = (code: unknown): code is ErrorCode => typeof code === "string" && Object.hasOwn(ERROR_CATALOGUE, code);

/** A user error with its catalogue code and HTTP status. */
export function userError(code: Exclude<ErrorCode, "INTERNAL_SERVER_ERROR">, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status: ERROR_CATALOGUE[code].status } } });
}

/** The code a thrown error stands for: its own, a wrapped user error's (a Date literal), a bad cursor's. */
function codeOf(formatted: GraphQLFormattedError, error: unknown): ErrorCode {
  // a Date literal the scalar rejects reaches Apollo as a validation error wrapping our BAD_USER_INPUT
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { originalError?: unknown }).originalError, depth++) {
    if (e instanceof GraphQLError && e.extensions.code === "BAD_USER_INPUT") return "BAD_USER_INPUT";
    if ((e as { code?: unknown }).code === "BAD_CURSOR") return "BAD_CURSOR";
    // a store call refused because its request timed out (store/abort.ts): the client has its 503 already
    if ((e as { code?: unknown }).code === "CANCELLED") return "TIMEOUT";
  }
  const code = formatted.extensions?.code;
  return isCode(code) ? code : "INTERNAL_SERVER_ERROR";
}

/** Apollo formatError: user errors keep their message and code; everything else is masked and logged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = codeOf(formatted, error);
  if (code === "INTERNAL_SERVER_ERROR") {
    console.error(`kg: internal error${formatted.path ? ` at ${formatted.path.join(".")}` : ""}: ${formatted.message}`);
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const { http: _http, exception: _exception, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions: { ...extensions, code } };
}

/** The HTTP status of a response: the catalogue's for its errors (the highest of them), 200 without errors. */
export function statusOf(codes: readonly ErrorCode[]): number {
  return codes.reduce((s, c) => Math.max(s, ERROR_CATALOGUE[c].status), 200);
}

/** Sets every response's HTTP status from the catalogue, so that no code answers two statuses. */
export function errorStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          response.http.status = statusOf(errors.map((e) => (isCode(e.extensions?.code) ? e.extensions.code : "INTERNAL_SERVER_ERROR")));
        },
      };
    },
  };
}
