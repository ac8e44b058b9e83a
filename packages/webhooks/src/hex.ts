/** The value of one lowercase hex digit, or -1. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  return -1;
}

/**
 * Decodes a `v1` signature: 64 lowercase hex digits (HMAC-SHA256 is 32 bytes, and Mux writes
 * lowercase). Anything else is `undefined`: it cannot match.
 */
export function decodeSignature(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (hex.length !== 64) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    const high = nibble(hex.charCodeAt(2 * i));
    const low = nibble(hex.charCodeAt(2 * i + 1));
    if (high < 0 || low < 0) return undefined;
    bytes[i] = (high << 4) | low;
  }
  return bytes;
}
