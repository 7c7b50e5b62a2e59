import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the reliability harness and the client starter have their own commands (npm run test:reliability, test:examples)
    exclude: ["tests/reliability/**", "tests/examples/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu is a native in-process database: one file per fork keeps native state isolated.
    pool: "forks",
  },
});
