import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["./src/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Each test starts processes; two at a time suits CI's two cores.
    maxWorkers: 2,
  },
});
