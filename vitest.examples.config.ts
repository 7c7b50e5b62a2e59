import { defineConfig } from "vitest/config";

// npm run test:examples: the client starter in examples/client/ (its own package: `npm --prefix examples/client ci`
// first), generated, type-checked and run against a live server.
export default defineConfig({
  test: {
    include: ["tests/examples/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
