import { defineConfig } from "vitest/config";

// The Neo4j part of the suite (npm run test:neo4j, which starts the test Neo4j and sets NEO4J_URI).
// One server, one database: the files run one at a time, and each test empties the database it uses.
export default defineConfig({
  root: new URL("../..", import.meta.url).pathname,
  test: {
    include: [
      "tests/store/contract.test.ts",
      "tests/api/server.test.ts",
      "tests/api/queries.test.ts",
      "tests/api/paging.test.ts",
      "tests/api/errors.test.ts",
      "tests/reliability/store-safety.test.ts",
      "tests/cli/neo4j-errors.test.ts",
      "tests/neo4j/*.test.ts",
    ],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    fileParallelism: false,
  },
});
