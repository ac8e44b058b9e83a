import { InvalidArgumentError } from "@mux/errors";

/** Per-call overrides. */
export interface RequestOptions {
  /** Aborts the call (all attempts and waits); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in milliseconds (overrides the client's). `0` disables it. */
  timeout?: number | undefined;
  /** Retries after the first attempt (overrides the client's). */
  maxRetries?: number | undefined;
  /** Extra request headers. */
  headers?: Record<string, string> | undefined;
}

/** Throws InvalidArgumentError unless `value` is a finite number >= 0. */
export function checkTimeout(name: string, value: unknown): number {
  if (typeof value !== "number" || !(value >= 0) || Number.isNaN(value)) {
    throw new InvalidArgumentError(name, `${name} must be a number of milliseconds >= 0.`);
  }
  return value;
}

/** Throws InvalidArgumentError unless `value` is an integer >= 0. */
export function checkRetries(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(name, `${name} must be an integer >= 0.`);
  }
  return value;
}

/**
 * Throws InvalidArgumentError (argument `<name>.<header>`) for a header name or value the
 * Headers API rejects. The message never repeats the value: it may be a credential.
 */
export function checkHeaders(name: string, headers: unknown): void {
  if (headers === undefined || headers === null) return;
  if (typeof headers !== "object") throw new InvalidArgumentError(name, `${name} must be an object of header names and values.`);
  const probe = new Headers();
  for (const [header, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    try {
      probe.set(header, value);
    } catch {
      throw new InvalidArgumentError(
        `${name}.${header.replace(/[^\x21-\x7E]/g, "?")}`,
        `${name} has a header whose name or value cannot be sent (control or non-Latin-1 characters).`,
      );
    }
  }
}

/** Validates per-call options (called inside the async part of a call). */
export function checkRequestOptions(options: RequestOptions | undefined): void {
  if (!options) return;
  if (options.timeout !== undefined) checkTimeout("timeout", options.timeout);
  if (options.maxRetries !== undefined) checkRetries("maxRetries", options.maxRetries);
  checkHeaders("headers", options.headers);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new InvalidArgumentError("signal", "signal must be an AbortSignal.");
  }
}
