/** The RS256 algorithm in WebCrypto terms. */
export const RS256 = "RSASSA-PKCS1-v1_5";

/** True for a WebCrypto CryptoKey, also one from another realm. */
export function isCryptoKey(value: unknown): value is CryptoKey {
  return (value as { [Symbol.toStringTag]?: unknown } | null)?.[Symbol.toStringTag] === "CryptoKey";
}

/** True when `key` is a CryptoKey of `type` that can do RS256 `usage`. */
export function isRs256Key(key: CryptoKey, type: KeyType, usage: KeyUsage): boolean {
  const algorithm = key.algorithm as { name?: string; hash?: { name?: string } };
  return key.type === type && algorithm.name === RS256 && algorithm.hash?.name === "SHA-256" && key.usages.includes(usage);
}
