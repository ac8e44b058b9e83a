import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, parseRetryAfterMs } from "@mux/errors";
import { connectionFailureMessage, isMswRefusal } from "./connection-failure.js";
import type { RequestParts } from "./light-request.js";
import { loggableUrl } from "./logger.js";
import type { RequestOptions } from "./request-options.js";
import { backoffMs, isConnectionRefused, isIdempotent, shouldRetryResponse } from "./retry-policy.js";
import type { Runtime } from "./runtime.js";
import { MAX_TIMER, sleep } from "./wait.js";

/**
 * Called with the final response of a call (after retries), before openapi-fetch reads it,
 * with the request's method, how many attempts came before this one, and `release`, which
 * clears that attempt's timer and signal listener. The observer takes over the attempt: it
 * must call `release` once the body has been read (or the call has failed), so the timeout
 * and the caller's signal cover the body too.
 */
export type ResponseObserver = (response: Response, method: string, retries: number, release: () => void) => void;

const noop = (): void => {};

/** The error of an attempt that outlived `timeout` ms. */
const timeoutError = (timeout: number): APIConnectionTimeoutError =>
  new APIConnectionTimeoutError({ message: `Request timed out after ${timeout} ms.` });


/**
 * Throws a response body away without waiting: under msw's interceptors `cancel()` never
 * settles, and awaiting it hung every retried call.
 */
function discard(response: Response): void {
  try {
    response.body?.cancel().catch(() => {});
  } catch {
    // The body is being thrown away; failures do not matter.
  }
}

/**
 * Builds the `fetch` openapi-fetch calls: retries with backoff, honours
 * Retry-After up to `maxRetryDelay`, applies per-attempt timeouts and the
 * caller's signal, and turns transport failures into `@mux/errors` errors.
 */
export function createRetryingFetch(
  rt: Runtime,
  options: RequestOptions | undefined,
  observe: ResponseObserver,
): (input: Request | RequestParts) => Promise<Response> {
  const timeout = options?.timeout ?? rt.timeout;
  const maxRetries = options?.maxRetries ?? rt.maxRetries;
  const signal = options?.signal;
  const log = rt.log;
  const hasTimer = timeout > 0 && Number.isFinite(timeout);

  return async (request: Request | RequestParts): Promise<Response> => {
    const method = request.method;
    const idempotent = isIdempotent(method);
    // `GET https://api.mux.com/...` for log lines, without user-info.
    const call = (): string => `${method} ${loggableUrl(request.url)}`;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
      const canRetry = attempt < maxRetries;
      // A body can be read once: send copies while another attempt may follow.
      const input = canRetry && request instanceof Request && request.body !== null ? request.clone() : request;
      const started = log.level >= 4 ? Date.now() : 0;
      // One attempt with its own AbortSignal combining the timeout and the caller's signal. The
      // signal is passed to fetch, so aborting it after the headers also aborts the body read:
      // the attempt stays armed until `clear` is called (by whoever reads the body).
      let timedOut = false;
      let clear = noop;
      let response: Response | undefined;
      let failure: unknown;
      try {
        if (hasTimer || signal) {
          const controller = new AbortController();
          const timer = hasTimer
            ? setTimeout(() => {
                timedOut = true;
                controller.abort(timeoutError(timeout));
              }, Math.min(timeout, MAX_TIMER))
            : undefined;
          const onAbort = (): void => controller.abort(signal?.reason);
          signal?.addEventListener("abort", onAbort, { once: true });
          // Idempotent: clearing a timer or removing a listener twice does nothing.
          clear = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
          };
          response = await rt.fetch(input, controller.signal);
        } else {
          response = await rt.fetch(input);
        }
      } catch (error) {
        clear();
        failure = error;
      }
      let delay: number;
      let after = "";

      if (response === undefined) {
        if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
        // msw answering "no handler" is a verdict, not a network blip: retrying only repeats it.
        const refusedByMsw = !timedOut && isMswRefusal(failure);
        const error = timedOut
          ? timeoutError(timeout)
          : new APIConnectionError({ message: connectionFailureMessage(method, request.url, failure, attempt + 1), cause: failure });
        if (log.level >= 4) log.write(4, `${call()} failed after ${Date.now() - started} ms: ${error.message}`);
        if (!(canRetry && !refusedByMsw && (idempotent || (!timedOut && isConnectionRefused(failure))))) throw error;
        delay = backoffMs(attempt);
      } else {
        if (log.level >= 4) log.write(4, `${call()} -> ${response.status} in ${Date.now() - started} ms`);
        if (!canRetry || !shouldRetryResponse(method, response)) {
          observe(response, method, attempt, clear);
          return response;
        }
        const requested = parseRetryAfterMs(response.headers);
        if (requested !== undefined && requested > rt.maxRetryDelay) {
          // Do not sleep for minutes: surface the error now, with the requested delay on it.
          if (log.level >= 3) {
            log.write(3, `not retrying ${call()}: server asked to wait ${requested} ms (cap ${rt.maxRetryDelay} ms)`);
          }
          observe(response, method, attempt, clear);
          return response;
        }
        delay = requested ?? backoffMs(attempt);
        discard(response);
        clear();
        after = ` after status ${response.status}`;
      }
      if (log.level >= 3) {
        log.write(3, `retrying ${call()} in ${Math.round(delay)} ms${after} (attempt ${attempt + 2} of ${maxRetries + 1})`);
      }
      await sleep(delay, signal);
    }
  };
}
