import { isCryptoKey } from "./crypto-key.js";
import { invalidArgument, missingCredentials } from "./errors.js";
import { looksLikeKey, SWAPPED } from "./key-text.js";
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

/**
 * A key id, refusing a private key given in its place: it would be written into every token's
 * public `kid` claim. The message never contains the value.
 */
function checkKeyId(value: unknown, argument: string): string | undefined {
  const keyId = pick(value, argument, false) as string | undefined;
  if (keyId !== undefined && looksLikeKey(keyId)) {
    throw invalidArgument(argument, `${argument} looks like a private key, not a signing key id: ${SWAPPED}`);
  }
  return keyId;
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
  const keyId = checkKeyId(options?.keyId, "keyId") ?? checkKeyId(defaults?.keyId, "keyId") ?? checkKeyId(env?.MUX_SIGNING_KEY, "MUX_SIGNING_KEY");
  const keySecret =
    pick(options?.keySecret, "keySecret", true) ??
    pick(defaults?.keySecret, "keySecret", true) ??
    pick(env?.MUX_PRIVATE_KEY, "MUX_PRIVATE_KEY", false);
  if (keyId === undefined) throw missing("signing key id", "keyId", "jwtSigningKey", "MUX_SIGNING_KEY");
  if (keySecret === undefined) throw missing("private key", "keySecret", "jwtPrivateKey", "MUX_PRIVATE_KEY");
  return { keyId, keySecret };
}
