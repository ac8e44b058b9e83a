/** Milliseconds since an arbitrary origin, monotonic. */
export const now = (): number => performance.now();

/** Lower bounds are exact, minus this much for timer granularity. */
export const TIMER_SLACK_MS = 15;

/** The core backoff before retry `n` (0-based) is at least 75 % of min(500 * 2^n, 8000). */
export function minBackoff(retries: number): number {
  let total = 0;
  for (let n = 0; n < retries; n++) total += Math.min(500 * 2 ** n, 8000) * 0.75;
  return total;
}

/** And at most min(500 * 2^n, 8000) (no jitter). */
export function maxBackoff(retries: number): number {
  let total = 0;
  for (let n = 0; n < retries; n++) total += Math.min(500 * 2 ** n, 8000);
  return total;
}
