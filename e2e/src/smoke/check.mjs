// Tiny assertion helpers that work on every runtime (no node:assert: workerd and Deno run these too).

/** @param {unknown} condition @param {string} message @returns {asserts condition} */
export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** @param {unknown} actual @param {unknown} expected @param {string} what */
export function equal(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`check failed: ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/**
 * Awaits a promise that must reject, and returns the rejection reason.
 * @param {() => unknown} fn
 * @param {string} what
 * @returns {Promise<unknown>}
 */
export async function rejects(fn, what) {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error(`check failed: ${what} should have failed`);
}

/**
 * A finished smoke check list: names of the checks that ran.
 * @typedef {{ name: string; checks: string[] }} SmokeResult
 */
