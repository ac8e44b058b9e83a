import { APIUserAbortError } from "@mux/errors";

/** Rejects with `APIUserAbortError` when `signal` is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
}
