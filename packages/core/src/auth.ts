import type { Middleware } from "openapi-fetch";

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

/**
 * openapi-fetch middleware that adds the Authorization header. The header
 * value lives only in this closure: it is not reachable from the client object.
 */
export function authMiddleware(authorization: string): Middleware {
  return {
    onRequest({ request }) {
      if (!request.headers.has("authorization")) request.headers.set("authorization", authorization);
      return request;
    },
  };
}
