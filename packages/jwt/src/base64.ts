// Base64 / base64url helpers on web APIs only (btoa, atob, TextEncoder).

const encoder = /* @__PURE__ */ new TextEncoder();
const CHUNK = 0x8000;

/** Bytes to a "binary string" (one char per byte), the input btoa expects. */
function toBinaryString(bytes: Uint8Array): string {
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

/** Standard base64 of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  return btoa(toBinaryString(bytes));
}

/** Unpadded base64url of `bytes`. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return btoa(toBinaryString(bytes)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Unpadded base64url of the UTF-8 encoding of `text`. */
export function encodeBase64UrlText(text: string): string {
  return encodeBase64Url(encoder.encode(text));
}

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/**
 * Decodes standard base64 (whitespace allowed) to a binary string, or returns undefined
 * when `text` is not base64. Never echoes the input.
 */
export function decodeBase64ToBinary(text: string): string | undefined {
  const compact = text.replace(/\s+/g, "");
  if (compact.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  try {
    return atob(compact);
  } catch {
    return undefined;
  }
}

/** A binary string (one char per byte) to bytes. */
export function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
