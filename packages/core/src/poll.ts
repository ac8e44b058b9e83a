import { APIUserAbortError, InvalidArgumentError, WaitError } from "@mux/errors";
import { checkRequestOptions, checkTimeout } from "./request-options.js";
import { sleep } from "./wait.js";

/** How long a wait may last and how often it looks. */
export interface PollOptions {
  /** Milliseconds between two checks. */
  intervalMs?: number | undefined;
  /** Milliseconds after which the wait gives up with `WaitError` (reason `timed_out`). */
  timeoutMs?: number | undefined;
  /** Aborts the wait, and the check in flight if it passes the signal on, with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
}

/** What one check found: what was waited for (`done`), not yet (`waiting`), or never (`failed`). */
export type PollResult<T> =
  | { status: "done"; value: T }
  | { status: "waiting"; value: unknown; /** The state it is in, for the timeout's message. */ state?: string | undefined }
  | { status: "failed"; value: unknown; /** A sentence saying what failed. */ message: string };

/**
 * Calls `check` until it reports `done` and resolves with that value: the one primitive behind
 * the waiters of the resource packages (`waitForAssetReady`). Between checks it waits
 * `intervalMs`; the last check is made when `timeoutMs` runs out. Rejects with `WaitError`
 * (`failed`, or `timed_out` with the last value read), `APIUserAbortError` when `signal` aborts,
 * `InvalidArgumentError` for bad options (before any check), or whatever a check throws (an API
 * error, such as `NotFoundError` for an id that does not exist).
 *
 * @param what - what is waited for, as in "asset abc to be ready", for messages.
 * @param defaults - the waiter's own interval and time limit, when the options give none.
 */
export async function poll<T>(
  what: string,
  check: () => Promise<PollResult<T>>,
  options: PollOptions | undefined,
  defaults: { intervalMs: number; timeoutMs: number },
): Promise<T> {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new InvalidArgumentError("options", "options must be an object.");
  }
  const intervalMs = checkTimeout("intervalMs", options?.intervalMs, defaults.intervalMs);
  const timeoutMs = checkTimeout("timeoutMs", options?.timeoutMs, defaults.timeoutMs);
  if (timeoutMs === 0) throw new InvalidArgumentError("timeoutMs", "timeoutMs must be a number of milliseconds above 0.");
  const signal = options?.signal;
  // The same check a request's own signal gets.
  checkRequestOptions({ signal });
  const started = Date.now();
  for (;;) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    const result = await check();
    const waitedMs = Date.now() - started;
    if (result.status === "done") return result.value;
    if (result.status === "failed") throw new WaitError("failed", result.message, waitedMs, result.value);
    const left = timeoutMs - waitedMs;
    if (left <= 0) {
      const still = result.state ? ` (still ${result.state})` : "";
      throw new WaitError("timed_out", `Gave up waiting for ${what} after ${waitedMs} ms${still}.`, waitedMs, result.value);
    }
    await sleep(Math.min(intervalMs, left), signal);
  }
}
