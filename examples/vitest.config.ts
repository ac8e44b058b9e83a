import { defineConfig } from "vitest/config";

// RSA key generation in the fake (create, and a seeded key's first use) can take a second or
// more when several packages test in parallel.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
