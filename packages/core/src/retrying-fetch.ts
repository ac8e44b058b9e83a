import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, parseRetryAfterMs } from "@mux/errors";
import { connectionFailureMessage, isMswRefusal } from "./connection-failure.js";
import { loggableUrl } from "./logger.js";
import type { RequestOptions } from "./request-options.js";
import { backoffMs, isConnectionRefused, isIdempotent, shouldRetryResponse } from "./retry-policy.js";
import type { Runtime } from "./runtime.js";

/** Largest delay `setTimeout` accepts. */
const MAX_TIMER = 2_147_483_647;

/**
 * Called with the final response of a call (after retries), before openapi-fetch reads it,
 * with the request's method, how many attempts came before this one, and `release`, which
 * clears that attempt's timer and signal listener. The observer takes over the attempt: it
 * must call `release` once the body has been read (or the call has failed), so the timeout
 * and the caller's signal cover the body too.
 */
export type ResponseObserver = (response: Response, method: string, retries: number, release: () => void) => void;

interface Attempt {
  response?: Response;
  error?: unknown;
  timedOut: boolean;
  /** Clears the attempt's timer and signal listener (idempotent). */
  clear: () => void;
}

const noop = (): void => {};

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * One attempt with its own AbortSignal combining the timeout and the caller's signal. The
 * signal is passed to fetch, so aborting it after the headers also aborts the body read:
 * the attempt stays armed until its `clear` is called (by whoever reads the body).
 */
async function attemptOnce(rt: Runtime, input: Request, timeout: number, signal: AbortSignal | undefined): Promise<Attempt> {
  const hasTimer = timeout > 0 && Number.isFinite(timeout);
  if (!hasTimer && !signal) {
    try {
      return { response: await rt.fetch(input), timedOut: false, clear: noop };
    } catch (error) {
      return { error, timedOut: false, clear: noop };
    }
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = hasTimer
    ? setTimeout(() => {
        timedOut = true;
        controller.abort(new APIConnectionTimeoutError({ message: `Request timed out after ${timeout} ms.` }));
      }, Math.min(timeout, MAX_TIMER))
    : undefined;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let cleared = false;
  const clear = (): void => {
    if (cleared) return;
    cleared = true;
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  };
  try {
    return { response: await rt.fetch(input, { signal: controller.signal }), timedOut, clear };
  } catch (error) {
    clear();
    return { error, timedOut, clear };
  }
}

/** Waits `ms`, rejecting with APIUserAbortError (and clearing the timer) if the caller aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.min(ms, MAX_TIMER));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

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
): (input: Request) => Promise<Response> {
  const timeout = options?.timeout ?? rt.timeout;
  const maxRetries = options?.maxRetries ?? rt.maxRetries;
  const signal = options?.signal;
  const log = rt.log;

  return async (request: Request): Promise<Response> => {
    const method = request.method;
    const idempotent = isIdempotent(method);
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
      const canRetry = attempt < maxRetries;
      // A body can be read once: send copies while another attempt may follow.
      const input = canRetry && request.body !== null ? request.clone() : request;
      const started = log.level >= 4 ? now() : 0;
      const result = await attemptOnce(rt, input, timeout, signal);
      const response = result.response;

      if (response === undefined) {
        if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
        const timedOut = result.timedOut;
        // msw answering "no handler" is a verdict, not a network blip: retrying only repeats it.
        const refusedByMsw = !timedOut && isMswRefusal(result.error);
        const error = timedOut
          ? new APIConnectionTimeoutError({ message: `Request timed out after ${timeout} ms.` })
          : new APIConnectionError({
              message: connectionFailureMessage(method, request.url, result.error, attempt + 1),
              cause: result.error,
            });
        const retry = canRetry && !refusedByMsw && (idempotent || (!timedOut && isConnectionRefused(result.error)));
        if (log.level >= 4) {
          log.debug(`${method} ${loggableUrl(request.url)} failed after ${Math.round(now() - started)} ms: ${error.message}`);
        }
        if (!retry) throw error;
        const delay = backoffMs(attempt);
        if (log.level >= 3) {
          log.info(`retrying ${method} ${loggableUrl(request.url)} in ${delay} ms (attempt ${attempt + 2} of ${maxRetries + 1})`);
        }
        await sleep(delay, signal);
        continue;
      }

      if (log.level >= 4) {
        log.debug(`${method} ${loggableUrl(request.url)} -> ${response.status} in ${Math.round(now() - started)} ms`);
      }
      if (canRetry && shouldRetryResponse(method, response)) {
        const requested = parseRetryAfterMs(response.headers);
        if (requested !== undefined && requested > rt.maxRetryDelay) {
          // Do not sleep for minutes: surface the error now, with the requested delay on it.
          if (log.level >= 3) {
            log.info(`not retrying ${method} ${loggableUrl(request.url)}: server asked to wait ${requested} ms (cap ${rt.maxRetryDelay} ms)`);
          }
          observe(response, method, attempt, result.clear);
          return response;
        }
        const delay = requested ?? backoffMs(attempt);
        discard(response);
        result.clear();
        if (log.level >= 3) {
          log.info(
            `retrying ${method} ${loggableUrl(request.url)} in ${Math.round(delay)} ms after status ${response.status} (attempt ${attempt + 2} of ${maxRetries + 1})`,
          );
        }
        await sleep(delay, signal);
        continue;
      }
      observe(response, method, attempt, result.clear);
      return response;
    }
  };
}
