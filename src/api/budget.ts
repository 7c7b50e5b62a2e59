// The run-time side of the limits: every field the executor resolves counts one value against the
// request's budget (Limits.maxValues). Past it, or once the request is cancelled (timeout), no field
// resolves any more, the store refuses the request's further calls (store/abort.ts), and the reply is
// that one error, not a partial result. The static estimate (limits.ts) rejects most heavy queries
// before they start; this bounds the ones whose lists turn out longer than estimated.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { ApiContext } from "./context.js";

export function budgetPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "mutation") contextValue.request.mutation = true;
        },
        async executionDidStart({ contextValue }) {
          const scope = contextValue.request;
          return {
            willResolveField() {
              if (scope.cutOff) throw new GraphQLError(scope.cutOff.message, { extensions: { code: scope.cutOff.code } });
              if (scope.signal.aborted && !scope.mutation) {
                scope.cutOff = { code: "TIMEOUT", message: "the request was cancelled" };
                throw new GraphQLError(scope.cutOff.message, { extensions: { code: "TIMEOUT" } });
              }
              if (++scope.values > scope.maxValues) {
                scope.cutOff = { code: "COST_LIMIT", message: `the reply would hold more than ${scope.maxValues} values: ask for fewer (smaller first, fewer nested lists)` };
                scope.abort("values");
                throw new GraphQLError(scope.cutOff.message, { extensions: { code: "COST_LIMIT" } });
              }
            },
          };
        },
        async willSendResponse({ response, contextValue }) {
          const cut = contextValue.request?.cutOff;
          if (!cut || response.body.kind !== "single") return;
          response.body.singleResult = { errors: [{ message: cut.message, extensions: { code: cut.code, max: contextValue.request.maxValues } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
