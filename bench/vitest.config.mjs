import { defineConfig } from "vitest/config";

// Only the size budgets run as tests; the benchmarks are a script (`pnpm bench`), never part of CI.
export default defineConfig({
  test: {
    include: ["src/**/*.test.mjs"],
    testTimeout: 60_000,
  },
});
