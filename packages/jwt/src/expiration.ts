import { invalidArgument } from "./errors.js";
import type { Expiration } from "./types.js";

/** Seven days, the default validity of a token. */
export const DEFAULT_EXPIRATION_SECONDS = 604800;

/** Seconds per unit, by the unit's first letter. */
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31557600 };

/** A number and a unit: s/sec/second(s), m/min/minute(s), h/hr/hour(s), d/day(s), w/wk/week(s), y/yr/year(s). */
const DURATION = /^(\d+(?:\.\d+)?|\.\d+) *(s(?:ecs?|econds?)?|m(?:ins?|inutes?)?|h(?:rs?|ours?)?|d(?:ays?)?|w(?:ks?|eeks?)?|y(?:rs?|ears?)?)$/;

/**
 * Turns `expiration` (seconds, or a duration string such as `"7d"`) into seconds.
 * Throws InvalidArgumentError (argument `"expiration"`) for anything else.
 */
export function parseExpiration(expiration: Expiration | undefined | null): number {
  if (expiration == null) return DEFAULT_EXPIRATION_SECONDS;
  let seconds = Number.NaN;
  if (typeof expiration === "number") seconds = expiration;
  else if (typeof expiration === "string") {
    const match = DURATION.exec(expiration.trim().toLowerCase());
    if (match) seconds = Number(match[1]) * UNIT_SECONDS[match[2]![0]!]!;
  }
  seconds = Math.floor(seconds);
  if (!(seconds > 0 && seconds <= 1e12)) {
    throw invalidArgument(
      "expiration",
      'expiration must be a positive number of seconds (at most 1e12) or a duration such as "30s", "15m", "6h", "7d", "2w" or "1y".',
    );
  }
  return seconds;
}

/** The `exp` claim for a token valid `seconds` from now. */
export function expiresAt(seconds: number, nowMs: number = Date.now()): number {
  return Math.floor(nowMs / 1000) + seconds;
}
