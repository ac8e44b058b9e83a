import { find } from "./connection-failure.js";

/** Methods that may be repeated without changing the outcome. */
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** True for GET, HEAD, PUT, DELETE and OPTIONS. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method);
}

/**
 * Whether a response may be retried.
 * `x-should-retry: true|false` from the server wins. Otherwise idempotent
 * methods retry on 408, 409, 429 and >= 500, and other methods (POST) only on
 * 429, where the server certainly did not act.
 */
export function shouldRetryResponse(method: string, response: Response): boolean {
  if (response.ok) return false;
  const hint = response.headers.get("x-should-retry");
  if (hint === "true") return true;
  if (hint === "false") return false;
  const status = response.status;
  if (status === 429) return true;
  if (!isIdempotent(method)) return false;
  return status === 408 || status === 409 || status >= 500;
}

/** True when `ECONNREFUSED` appears anywhere in an error's cause chain (or an AggregateError's members). */
export function isConnectionRefused(error: unknown): boolean {
  return find(error, (e) => e.code === "ECONNREFUSED" || undefined) === true;
}

/** Exponential backoff `min(0.5 * 2^n, 8)` seconds, reduced by up to 25 % of random jitter. */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retryIndex, 8000);
  return Math.round(base * (1 - 0.25 * random()));
}
