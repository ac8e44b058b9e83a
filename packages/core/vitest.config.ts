import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    // README snippets compile under exactOptionalPropertyTypes, as strict apps build them.
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.exact.json" },
  },
});
