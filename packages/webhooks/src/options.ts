import { invalidOption } from "./failure.js";
import type { VerifyWebhookOptions } from "./types.js";

/** Five minutes, as Mux recommends. */
const DEFAULT_TOLERANCE = 300;

/** The tolerance in seconds, after checking it. */
export function toleranceOf(options: VerifyWebhookOptions | undefined): number {
  const tolerance = options?.tolerance ?? DEFAULT_TOLERANCE;
  if (typeof tolerance !== "number" || !(tolerance >= 0)) {
    throw invalidOption("tolerance", "tolerance must be a number of seconds, 0 or more.");
  }
  return tolerance;
}

/** The current Unix time in whole seconds, from `options.now` or `Date.now`. */
export function nowSeconds(options: VerifyWebhookOptions | undefined): number {
  const now = options?.now;
  if (now === undefined) return Math.floor(Date.now() / 1000);
  const ms = typeof now === "function" ? now() : undefined;
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw invalidOption("now", "now must be a function returning epoch milliseconds, like Date.now.");
  }
  return Math.floor(ms / 1000);
}
