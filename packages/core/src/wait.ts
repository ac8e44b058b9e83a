import { APIUserAbortError } from "@mux/errors";
import { checkRequestOptions, checkTimeout } from "./request-options.js";

/** Largest delay `setTimeout` accepts; a longer one would fire at once. */
export const MAX_TIMER = 2_147_483_647;

/**
 * The delay behind retries and polling: waits `ms` milliseconds, rejects with `APIUserAbortError`
 * as soon as `signal` aborts (at once when it already has), and clears its timer then. Callers
 * pass values they have checked; users call {@link wait}.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.min(ms, MAX_TIMER));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Waits `ms` milliseconds. Rejects with `APIUserAbortError` as soon as `signal` aborts (at once when
 * it already has), and clears its timer then. Rejects with `InvalidArgumentError`, before any timer
 * is set, when `ms` is not a number >= 0 or `signal` is not an `AbortSignal`.
 */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    checkTimeout("ms", ms, 0);
    checkRequestOptions({ signal });
  } catch (error) {
    return Promise.reject(error);
  }
  return sleep(ms, signal);
}
