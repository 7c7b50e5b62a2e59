#!/usr/bin/env node
// The `kg` command: runs the TypeScript CLI through tsx (a dependency), so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/kg.ts");
