import type { MutationResolvers } from "../../generated/resolvers.js";
import { articleFromText, isIngestFailure } from "../../ingest/index.js";
import { userError } from "../errors.js";
import { requireToken } from "./shared.js";

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input }, ctx) => {
    requireToken(ctx);
    if (!ctx.ingest) throw userError("FORBIDDEN", "this server does not ingest articles");
    const parsed = articleFromText(input.text, { uri: input.uri ?? "graphql", publishedAt: input.publishedAt ?? undefined, source: input.source ?? undefined, language: input.language ?? undefined, title: input.title ?? undefined }, { headers: false });
    if (isIngestFailure(parsed)) throw userError("BAD_USER_INPUT", `article not accepted: ${parsed.reason}`);
    if (!input.uri) parsed.uri = `graphql:${parsed.id}`;
    const outcome = await ctx.ingest(parsed);
    const article = await ctx.loaders.article.load(outcome.articleId);
    if (!article) throw new Error(`article ${outcome.articleId} was not stored`);
    return { article, created: outcome.created };
  },
  removeArticle: async (_, { id }, ctx) => {
    requireToken(ctx);
    const removed = await ctx.store.removeArticle(id);
    if (removed) await ctx.rederive?.();
    return removed;
  },
};
