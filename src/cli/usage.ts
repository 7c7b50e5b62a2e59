// Usage of kg and of each command (kg --help, kg <command> --help).

export const COMMANDS = ["load", "serve", "rederive", "extract", "eval", "check"] as const;
export type Command = (typeof COMMANDS)[number];
export const isCommand = (c: string): c is Command => (COMMANDS as readonly string[]).includes(c);

const ENV = `environment: KG_DATA (data directory, default ./data), PORT, HOST, KG_TOKEN, KG_DEBUG=1 (stack traces),
             KG_BATCH (articles per write transaction, default 2000; larger loads faster, holds more),
             NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (use Neo4j instead of the embedded store)`;

const COMMAND_USAGE: Record<Command, string> = {
  load: `usage: kg load [--data DIR] [--workers N] PATH...
  Load .txt/.jsonl files, directories (recursively) or - (stdin) into the graph. When a kg serve holds the
  store in DIR, the articles are handed to it through its control socket (DIR/kg.sock) and its readers see
  them when the load commits. Prints what this load added; exit 2 when an article could not be read.
  --data DIR    the data directory (default: KG_DATA or ./data)
  --workers N   extraction worker threads, 0 for none (default: KG_WORKERS, else one per core but one)`,
  serve: `usage: kg serve [--data DIR] [--port N] [--host H] [--load PATH...] [PATH...]
  Serve the GraphQL API (playground at /graphql, explorer at /explorer), after loading PATHs if given.
  kg load --data DIR loads into it while it runs.
  --data DIR    the data directory (default: KG_DATA or ./data)
  --port N      the port (default: PORT or 4000; 0 picks a free one)
  --host H      the address to listen on (default: HOST or 127.0.0.1)
  --load PATH   load these first (repeatable)`,
  rederive: `usage: kg rederive [--data DIR]
  Derive every meeting and agreement again from the stored reports, in one commit (loads, ingests and
  removals derive what they touch incrementally; this is the full pass). Not while a kg serve holds DIR.
  --data DIR    the data directory (default: KG_DATA or ./data)`,
  extract: `usage: kg extract FILE [--json]
  Print one article's extracted facts (mentions, roles, events, agreements), without a store.
  --json        the full facts as JSON, with evidence offsets`,
  eval: `usage: kg eval [--corpus seeds|dev] [--check] [--keep] [--verbose] [--per-article]
  Load a corpus into a fresh store, serve it on a free port and score it with ../shared/eval/score.mjs
  (needs the shared eval folder beside the project, or KG_SCORER / KG_GOLD).
  --corpus      seeds (default) or dev
  --check       fail (exit 1) when a score is below tests/eval.thresholds.json (tests/eval.dev.thresholds.json for dev)
  --keep        keep the temporary store; --verbose  list every miss
  --per-article with --corpus dev: each article extracted alone and compared with its own gold (missed people,
                false names, missed and wrong pairs), no store and no server`,
  check: `usage: kg check [--data DIR] [--quick]
  Verify the store against what was written: each article's text against its sha256, everything written for it
  against the checksum kept with it, and every entity name. Run it with the server stopped (it opens the store).
  Prints each problem; exit 2 when there is one. (kg serve runs the quick form at start-up.)
  --data DIR    the data directory (default: KG_DATA or ./data)
  --quick       a sample: 100 articles from a random point and 1,000 names of each kind`,
};

export const USAGE = `usage: kg <command> [options]   (kg <command> --help for its options)
  kg load [--data DIR] [--workers N] PATH...  load .txt/.jsonl files, directories, or - for stdin
  kg serve [--data DIR] [--port N] [--host H] [--load PATH...]
  kg rederive [--data DIR]            derive every meeting and agreement again (loads do it incrementally)
  kg extract FILE [--json]            print one article's extracted facts
  kg eval [--corpus seeds|dev] [--check] [--keep] [--verbose]
                                      score a corpus through the API (../shared/eval/score.mjs)
  kg check [--data DIR] [--quick]     verify the store against the checksums kept with each article
${ENV}`;

export const usageOf = (command: Command) => `${COMMAND_USAGE[command]}\n${ENV}`;
