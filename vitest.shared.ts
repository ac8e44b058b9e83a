// Settings every workspace package's vitest config starts from.
// CI runs all packages' suites at once on two cores, and the fake Mux generates RSA keys,
// so a test may wait seconds for CPU; generous timeouts keep that from failing a correct test.
export const sharedTestOptions = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
} as const;
