import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the reliability harness, the client starter and the Neo4j-only tests have their own commands
    // (npm run test:reliability, test:examples, test:neo4j)
    exclude: ["tests/reliability/**", "tests/examples/**", "tests/neo4j/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu is a native in-process database: one file per fork keeps native state isolated.
    pool: "forks",
  },
});
