import { RESERVED_CLAIMS } from "./claims.js";
import { invalidArgument } from "./errors.js";
import type { JwtParams } from "./types.js";

/** Checks that `params` is a plain object without reserved claims; returns it (or an empty object). */
export function checkParams(params: unknown, argument = "params"): JwtParams {
  if (params === undefined || params === null) return {};
  if (typeof params !== "object" || Array.isArray(params)) {
    throw invalidArgument(argument, `${argument} must be an object of extra claims.`);
  }
  for (const claim of RESERVED_CLAIMS) {
    if (Object.hasOwn(params, claim)) {
      throw invalidArgument(
        `${argument}.${claim}`,
        `${argument} may not set "${claim}": sub, aud, exp and kid are set from the arguments of the call.`,
      );
    }
  }
  return params as JwtParams;
}

/**
 * The JSON payload of a token: `sub`, `aud`, `exp`, `kid`, then the extra claims in order.
 * Throws InvalidArgumentError when the extra claims cannot be serialised as JSON.
 */
export function claimsJson(sub: string, aud: string, exp: number, kid: string, params: JwtParams): string {
  let json: string | undefined;
  try {
    json = JSON.stringify({ sub, aud, exp, kid, ...params });
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    throw invalidArgument("params", "params must be serialisable as JSON (no BigInt values or circular references).");
  }
  return json;
}
