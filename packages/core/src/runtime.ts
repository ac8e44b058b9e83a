import type { Log } from "./logger.js";

/** Fetch as openapi-fetch calls it: a Request, plus an optional init (used for the per-attempt signal). */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Resolved, secret-free settings shared by every request of one client. */
export interface Runtime {
  readonly fetch: FetchLike;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxRetryDelay: number;
  readonly log: Log;
}

/** Registry key under which a client keeps its runtime (non-enumerable). */
export const RUNTIME: unique symbol = Symbol.for("@mux/core.runtime") as never;
