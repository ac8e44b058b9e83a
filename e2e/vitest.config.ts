import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each packaging test starts processes; two at a time suits CI's two cores.
    maxWorkers: 2,
    projects: [
      {
        // Packaging, installs and smoke apps: the global setup packs and installs every package first.
        test: {
          name: "packaging",
          include: ["src/**/*.test.ts"],
          exclude: ["src/parity.test.ts"],
          globalSetup: ["./src/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Method-for-method parity with the official SDK on the workspace builds: nothing to pack,
        // so `vitest run --project parity` takes seconds.
        test: {
          name: "parity",
          include: ["src/parity.test.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
