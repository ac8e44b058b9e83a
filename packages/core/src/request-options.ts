import { InvalidArgumentError } from "@mux/errors";

/** Per-call overrides. */
export interface RequestOptions {
  /** Aborts the call (all attempts and waits); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds (overrides the client's). `0` disables it. */
  timeout?: number;
  /** Retries after the first attempt (overrides the client's). */
  maxRetries?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
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

/** Validates per-call options (called inside the async part of a call). */
export function checkRequestOptions(options: RequestOptions | undefined): void {
  if (!options) return;
  if (options.timeout !== undefined) checkTimeout("timeout", options.timeout);
  if (options.maxRetries !== undefined) checkRetries("maxRetries", options.maxRetries);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new InvalidArgumentError("signal", "signal must be an AbortSignal.");
  }
}
