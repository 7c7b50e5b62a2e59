import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kuzu is a native in-process database: one file per fork keeps native state isolated.
    pool: "forks",
  },
});
