import type { Client } from "openapi-fetch";
import type { paths } from "./generated/index.js";
import type { RequestParts } from "./light-request.js";
import type { Log } from "./logger.js";

/**
 * Sends one attempt: a Request (calls through `client.api`) or the parts of one (calls through
 * `execute`), with the attempt's signal.
 */
export type FetchLike = (input: Request | RequestParts, signal?: AbortSignal) => Promise<Response>;

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
  /** Set once openapi-fetch middleware is registered on `client.api`: requests are then real Requests. */
  readonly middleware?: { used: boolean };
}

/** Registry key under which a client keeps its runtime (non-enumerable). */
export const RUNTIME: unique symbol = Symbol.for("@mux/core.runtime") as never;
