import { isCryptoKey } from "./crypto-key.js";
import { invalidArgument, missingCredentials } from "./errors.js";
import type { JwtCredentials, JwtKey } from "./types.js";

/** A signing key id and key, after fallbacks. */
export interface ResolvedCredentials {
  keyId: string;
  keySecret: JwtKey;
}

/** A trimmed non-empty string or a CryptoKey; undefined for unset, empty or whitespace-only values. */
function pick(value: unknown, argument: string, allowKey: boolean): JwtKey | undefined {
  if (value == null) return undefined;
  if (allowKey && isCryptoKey(value)) return value;
  if (typeof value !== "string") {
    throw invalidArgument(argument, `${argument} must be a string${allowKey ? " or a CryptoKey" : ""}.`);
  }
  return value.trim() || undefined;
}

function missing(what: string, option: string, client: string, env: string): Error {
  return missingCredentials(
    `No JWT ${what}: pass ${option} (${client} on the Mux client) or set the ${env} environment variable.`,
  );
}

/**
 * Picks the key id and key: per-call options first, then `defaults` (the client's
 * `jwtSigningKey` / `jwtPrivateKey`), then `MUX_SIGNING_KEY` / `MUX_PRIVATE_KEY`.
 * Empty or whitespace-only values count as unset.
 */
export function resolveCredentials(options: JwtCredentials | undefined, defaults?: JwtCredentials): ResolvedCredentials {
  const env = (globalThis as { process?: { env?: Record<string, unknown> } }).process?.env;
  const keyId =
    pick(options?.keyId, "keyId", false) ?? pick(defaults?.keyId, "keyId", false) ?? pick(env?.MUX_SIGNING_KEY, "MUX_SIGNING_KEY", false);
  const keySecret =
    pick(options?.keySecret, "keySecret", true) ??
    pick(defaults?.keySecret, "keySecret", true) ??
    pick(env?.MUX_PRIVATE_KEY, "MUX_PRIVATE_KEY", false);
  if (keyId === undefined) throw missing("signing key id", "keyId", "jwtSigningKey", "MUX_SIGNING_KEY");
  if (keySecret === undefined) throw missing("private key", "keySecret", "jwtPrivateKey", "MUX_PRIVATE_KEY");
  return { keyId: keyId as string, keySecret };
}
