import { APIUserAbortError } from "@mux/errors";

/** Largest delay `setTimeout` accepts; a longer one would fire at once. */
export const MAX_TIMER = 2_147_483_647;

/**
 * Waits `ms` milliseconds. Rejects with `APIUserAbortError` as soon as `signal` aborts (at once when
 * it already has), and clears its timer then.
 */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
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
