import { defineConfig } from "vitest/config";

// npm run test:reliability: the bounded harness that tries to break the loader and the API.
export default defineConfig({
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    // one file at a time: the load test must not share the 2 cores with the fuzz and crash tests
    fileParallelism: false,
  },
});
