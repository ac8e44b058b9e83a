/**
 * Imported HMAC-SHA256 keys, by secret, so a secret passed on every call is imported once.
 * Bounded: beyond {@link MAX_KEYS} secrets the oldest is dropped (and re-imported if used again).
 * The map lives in this module only; nothing exposes it.
 */
const MAX_KEYS = 32;
const keys = new Map<string, CryptoKey>();
const encoder = new TextEncoder();

/** The imported key for `secret` if there is one already (no promise, so the common path does not wait). */
export function cachedHmacKey(secret: string): CryptoKey | undefined {
  return keys.get(secret);
}

/** Imports `secret` (its UTF-8 bytes) as an HMAC-SHA256 key and caches it. */
export async function importHmacKey(secret: string): Promise<CryptoKey> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  if (keys.size >= MAX_KEYS && !keys.has(secret)) keys.delete(keys.keys().next().value as string);
  keys.set(secret, key);
  return key;
}
