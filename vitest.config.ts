import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the reliability harness has its own command (npm run test:reliability)
    exclude: ["tests/reliability/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu is a native in-process database: one file per fork keeps native state isolated.
    pool: "forks",
  },
});
