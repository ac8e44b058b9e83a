import type { Client } from "openapi-fetch";
import type { paths } from "./generated/index.js";
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
  /**
   * openapi-fetch's client itself. `client.api` wraps each of its calls with a retrying fetch;
   * calls made through `execute` bring their own, so they use this one directly. Absent on a
   * runtime made by an older copy of this package.
   */
  readonly inner?: Client<paths>;
}

/** Registry key under which a client keeps its runtime (non-enumerable). */
export const RUNTIME: unique symbol = Symbol.for("@mux/core.runtime") as never;
