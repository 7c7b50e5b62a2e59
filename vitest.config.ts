import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the reliability harness has its own command (npm run test:reliability), and the Neo4j-only
    // tests theirs (npm run test:neo4j)
    exclude: ["tests/reliability/**", "tests/neo4j/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu is a native in-process database: one file per fork keeps native state isolated.
    pool: "forks",
  },
});
