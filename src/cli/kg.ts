#!/usr/bin/env node
// kg: the command line. Thin: it parses arguments and calls the pipeline, the store and the server.
//
//   kg load [--data DIR] PATH...            load files, directories or - (stdin) into the store
//   kg serve [--data DIR] [--port N] [--host H] [--load PATH...]
//   kg extract FILE [--json]                print one article's facts (no store)
//   kg eval [--corpus seeds|dev] [--check] [--keep] [--verbose]   load a corpus into a fresh store, serve, score, stop
//   kg eval --corpus dev --per-article                             each dev article against its own gold, no store
//
// Every error is one line (cause and fix) with exit code 2; KG_DEBUG=1 adds the stack trace (errors.ts).
// Environment: KG_DATA and PORT stand in for --data and --port; NEO4J_URI (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE) selects Neo4j instead of the embedded Kuzu store; KG_TOKEN enables
// the mutations.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isIngestFailure, readSources } from "../ingest/index.js";
import { extractArticle } from "../pipeline.js";
import { CliError, report } from "./errors.js";
import { isCommand, usageOf, USAGE, type Command } from "./usage.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP: Options = { help: { type: "boolean", short: "h" } };
const DATA: Options = { data: { type: "string" } };
const OPTIONS: Record<Command, Options> = {
  load: { ...HELP, ...DATA, workers: { type: "string" } },
  serve: { ...HELP, ...DATA, port: { type: "string" }, host: { type: "string" }, load: { type: "string", multiple: true } },
  rederive: { ...HELP, ...DATA },
  extract: { ...HELP, json: { type: "boolean" } },
  eval: { ...HELP, check: { type: "boolean" }, keep: { type: "boolean" }, corpus: { type: "string" }, verbose: { type: "boolean" }, "per-article": { type: "boolean" } },
  check: { ...HELP, ...DATA, quick: { type: "boolean" } },
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    console.log(command === "help" && rest[0] && isCommand(rest[0]) ? usageOf(rest[0]) : USAGE);
    return 0;
  }
  if (!isCommand(command)) throw new CliError(`unknown command "${command}"`, `use one of load, serve, rederive, extract, eval, check (see kg --help)`);
  const { values: v, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: OPTIONS[command] });
  const values = v as Record<string, string | string[] | boolean | undefined>;
  if (values.help) {
    console.log(usageOf(command));
    return 0;
  }
  const dataDir = (values.data as string | undefined) ?? process.env.KG_DATA ?? "./data";
  const batch = process.env.KG_BATCH;
  if ((command === "load" || command === "serve") && batch !== undefined && batch !== "" && !/^[1-9]\d*$/.test(batch)) {
    throw new CliError(`KG_BATCH must be a whole number of articles per write (1 or more), got "${batch}"`, "set it to e.g. 5000, or unset it for 2000");
  }
  switch (command) {
    case "load": {
      const flag = values.workers as string | undefined;
      const workers = flag ?? process.env.KG_WORKERS;
      if (workers !== undefined && workers !== "" && !/^\d+$/.test(workers)) throw new CliError(`${flag !== undefined ? "--workers" : "KG_WORKERS"} must be a whole number of threads, got "${workers}"`, "pass e.g. --workers 1, or 0 to extract on the main thread");
      if (flag !== undefined) process.env.KG_WORKERS = flag; // (a load handed to a running kg serve uses that server's setting)
      const { runLoad } = await import("./load.js");
      return runLoad(dataDir, positionals);
    }
    case "serve": {
      const portText = (values.port as string | undefined) ?? process.env.PORT ?? "4000";
      const port = Number(portText);
      if (!/^\d+$/.test(portText) || port > 65535) throw new CliError(`--port must be a port number (0–65535), got "${portText}"`, "pass e.g. --port 4000, or 0 for a free port");
      const load = [...((values.load as string[] | undefined) ?? []), ...positionals];
      const { checkPaths } = await import("./load.js");
      if (load.length) checkPaths(load);
      const { serve } = await import("./serve.js");
      await serve({ dataDir, port, host: (values.host as string | undefined) ?? process.env.HOST ?? "127.0.0.1", load });
      return -1; // keeps running until a signal
    }
    case "rederive": {
      const { openStore } = await import("../store/index.js");
      const { rederive } = await import("../pipeline.js");
      const store = await openStore({ dataDir });
      try {
        const t0 = Date.now();
        const d = await rederive(store);
        console.log(`re-derived ${d.meetings} meetings and ${d.agreements} agreements in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        return 0;
      } finally {
        await store.close();
      }
    }
    case "extract": {
      if (positionals.length !== 1) throw new CliError("kg extract needs exactly one FILE", "give the path of one .txt file (see kg extract --help)");
      for await (const item of readSources(positionals)) {
        if (isIngestFailure(item)) throw new CliError(`${item.uri}: ${item.reason}`, "give a readable UTF-8 text file");
        const facts = extractArticle(item);
        if (values.json) console.log(JSON.stringify(facts, null, 1));
        else printFacts(facts);
      }
      return 0;
    }
    case "eval": {
      const { runEval, isCorpus, devDir } = await import("./eval.js");
      const corpus = (values.corpus as string | undefined) ?? "seeds";
      if (!isCorpus(corpus)) throw new CliError(`unknown corpus "${corpus}"`, "use --corpus seeds or --corpus dev");
      if (values["per-article"]) {
        if (corpus !== "dev") throw new CliError("--per-article needs per-article gold files", "use it with --corpus dev");
        const { perArticle } = await import("./per-article.js");
        return perArticle(devDir());
      }
      return runEval({ check: !!values.check, keep: !!values.keep, corpus, verbose: !!values.verbose });
    }
    case "check":
      return (await import("./check.js")).runCheck({ dataDir, quick: !!values.quick });
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

const argv = process.argv.slice(2);
// a reader that stops early (`kg extract FILE | head -1`) closes the pipe: exit quietly, as Unix tools
// do, instead of an unhandled EPIPE with its stack trace (a server keeps serving, only unheard)
for (const out of [process.stdout, process.stderr]) {
  out.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    if (argv[0] !== "serve") process.exit(0);
  });
}
main(argv).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = report(e, argv[0] && isCommand(argv[0]) ? argv[0] : undefined);
  },
);
