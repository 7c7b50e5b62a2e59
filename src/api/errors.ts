// User errors carry a code in `extensions.code`; anything else is an internal error, masked in
// production. One place decides, for every resolver and plugin.
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export const USER_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_CURSOR",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "DEPTH_LIMIT",
  "COST_LIMIT",
  "PAGE_SIZE_EXCEEDED",
  "TIMEOUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** A user error: its code, and HTTP 400 (not 500) when it stops the whole request. */
export function userError(code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status: code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : 400 } } });
}

/** Apollo formatError: keep user errors, mask the rest in production. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? "");
  const original = (error as { originalError?: { code?: string } })?.originalError;
  if (original?.code === "BAD_CURSOR") return { ...formatted, extensions: { code: "BAD_CURSOR" } };
  if (USER_CODES.has(code)) return formatted;
  if (process.env.NODE_ENV === "production") {
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  return { ...formatted, extensions: { ...formatted.extensions, code: code || "INTERNAL_SERVER_ERROR" } };
}
