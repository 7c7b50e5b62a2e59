// The run-time side of the limits: every field the executor resolves counts one value against the
// request's budget (Limits.maxValues). Past it, or once the request is cancelled (timeout), no field
// resolves any more, the store refuses the request's further calls (store/abort.ts), and the reply is
// that one error, not a partial result. The static estimate (limits.ts) rejects most heavy queries
// before they start; this bounds the ones whose lists turn out longer than estimated.
//
// The count is a wrapper put once around every field's resolver (countValues), not an Apollo
// `willResolveField` hook: with any such hook Apollo wraps every field itself and calls the hooks of
// every plugin per field (and its default cache-control plugin adds one more per field), which cost
// about a tenth of a large who-met's server time (a CPU profile at 100k articles). The fields of the
// schema's own types are counted, as Apollo's hook counted them (not `__typename` nor introspection).
import type { ApolloServerPlugin } from "@apollo/server";
import { defaultFieldResolver, GraphQLError, Kind, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import type { ApiContext, RequestScope } from "./context.js";

/** Counts one value against the request's budget, or throws the error that cuts the request short. */
function countOne(scope: RequestScope): void {
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
}

/** The schema with every field of its own object types counted against the request's budget (changed in place). */
export function countValues(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // the object types of the SDL (by their definition, not `instanceof`: under a test runner the schema's
    // classes may come from another copy of graphql than this module's)
    if (type.astNode?.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const resolve: GraphQLFieldResolver<unknown, ApiContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: ApiContext, info) => {
        // (a schema executed without the API's context, as a test may, counts nothing)
        if (context?.request) countOne(context.request);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** The request's side of the budget: a mutation is marked (never cut off half-way), and a cut-off reply is its one error. */
export function budgetPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "mutation") contextValue.request.mutation = true;
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
