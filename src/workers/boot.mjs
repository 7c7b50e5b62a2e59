// Every worker thread starts here: tsx compiles the TypeScript worker it names (as bin/kg.mjs does
// for the CLI), so workers run the same way under `kg`, `tsx` and vitest, with no build step.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
