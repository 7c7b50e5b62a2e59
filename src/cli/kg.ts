#!/usr/bin/env node
// kg: the command line. Thin: it parses arguments and calls the pipeline, the store and the server.
//
//   kg load [--data DIR] PATH...            load files, directories or - (stdin) into the store
//   kg serve [--data DIR] [--port N] [--host H] [--load PATH...]
//   kg extract FILE [--json]                print one article's facts (no store)
//   kg eval [--corpus seeds|dev] [--check] [--keep] [--verbose]   load a corpus into a fresh store, serve, score, stop
//
// Environment: KG_DATA and PORT stand in for --data and --port; NEO4J_URI (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE) selects Neo4j instead of the embedded Kuzu store; KG_TOKEN enables
// the mutations.
import { parseArgs } from "node:util";
import { isIngestFailure, readSources } from "../ingest/index.js";
import { extractArticle, loadArticles } from "../pipeline.js";
import { formatSummary, progressReporter } from "./progress.js";

const USAGE = `usage:
  kg load [--data DIR] PATH...        load .txt/.jsonl files, directories, or - for stdin
  kg serve [--data DIR] [--port N] [--host H] [--load PATH...]
  kg extract FILE [--json]            print one article's extracted facts
  kg check [--data DIR] [--quick]     verify the store against the checksums kept with each article
  kg eval [--corpus seeds|dev] [--check] [--keep] [--verbose]
                                      score a corpus through the API (../shared/eval/score.mjs)
environment: KG_DATA, PORT, HOST, KG_TOKEN, NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      data: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      load: { type: "string", multiple: true },
      json: { type: "boolean" },
      check: { type: "boolean" },
      keep: { type: "boolean" },
      corpus: { type: "string" },
      verbose: { type: "boolean" },
      quick: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const dataDir = values.data ?? process.env.KG_DATA ?? "./data";
  if (values.help || !command || command === "help") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case "load": {
      if (!positionals.length) throw new UsageError("kg load needs at least one PATH (a file, a directory, or - for stdin)");
      const { openStore } = await import("../store/index.js");
      const store = await openStore({ dataDir });
      try {
        const progress = progressReporter();
        const summary = await loadArticles(store, readSources(positionals), { onProgress: progress.tick });
        progress.done();
        console.log(formatSummary(summary));
        return summary.failed > 0 ? 2 : 0;
      } finally {
        await store.close();
      }
    }
    case "serve": {
      const port = Number(values.port ?? process.env.PORT ?? 4000);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${values.port}`);
      const load = [...(values.load ?? []), ...positionals];
      const { serve } = await import("./serve.js");
      await serve({ dataDir, port, host: values.host ?? process.env.HOST ?? "127.0.0.1", load });
      return -1; // keeps running until a signal
    }
    case "extract": {
      if (positionals.length !== 1) throw new UsageError("kg extract needs exactly one FILE");
      for await (const item of readSources(positionals)) {
        if (isIngestFailure(item)) {
          console.error(`${item.uri}: ${item.reason}`);
          return 2;
        }
        const facts = extractArticle(item);
        if (values.json) console.log(JSON.stringify(facts, null, 1));
        else printFacts(facts);
      }
      return 0;
    }
    case "eval": {
      const { runEval, isCorpus } = await import("./eval.js");
      const corpus = values.corpus ?? "seeds";
      if (!isCorpus(corpus)) throw new UsageError(`unknown corpus "${corpus}" (seeds or dev)`);
      return runEval({ check: !!values.check, keep: !!values.keep, corpus, verbose: !!values.verbose });
    }
    case "check":
      return (await import("./check.js")).runCheck({ dataDir, quick: !!values.quick });
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function printFacts(f: ReturnType<typeof extractArticle>): void {
  const name = (i: number) => f.mentions[i]?.text ?? "?";
  console.log(`${f.article.uri} (${f.language}${f.publishedAt ? `, published ${f.publishedAt}` : ""})`);
  const tag = (m: (typeof f.mentions)[number]) => `${m.kind === "person" ? "P" : m.kind === "place" ? "L" : "O"}${m.via === "lexicon" ? "" : `:${m.via}`}${m.lexiconId ? "" : "?"}`;
  console.log(`mentions: ${f.mentions.map((m) => `${m.text}[${tag(m)}]`).join(", ")}`);
  for (const r of f.roles) console.log(`role: ${name(r.person)} = ${r.office}${r.country ? ` of ${r.country}` : ""}`);
  for (const e of f.events) console.log(`${e.kind}: ${e.participants.map(name).join(" + ")}${e.place !== undefined ? ` @ ${name(e.place)}` : ""} on ${e.date.date ?? e.date.anchor ?? "?"} — ${e.evidence.sentence.slice(0, 90)}`);
  for (const a of f.agreements) console.log(`agreement [${a.topics.join(",")}]: ${a.signatories.map(name).join(" + ")} / ${a.parties.map(name).join(" + ")} ${a.impliedParties.join(" ")} — ${a.summary.slice(0, 90)}`);
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`kg: ${(e as Error).message}\n${USAGE}`);
      process.exitCode = 1;
    } else {
      console.error(`kg: ${(e as Error).stack ?? e}`);
      process.exitCode = 3;
    }
  },
);
