/** `Basic base64(id:secret)` computed from UTF-8 bytes with web APIs only. */
export function basicAuthorization(tokenId: string, tokenSecret: string): string {
  const bytes = new TextEncoder().encode(`${tokenId}:${tokenSecret}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** `Bearer <token>`. */
export function bearerAuthorization(token: string): string {
  return `Bearer ${token}`;
}
