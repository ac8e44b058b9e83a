import { encodeBase64Url, encodeBase64UrlText, utf8 } from "./base64.js";
import { RS256 } from "./crypto-key.js";

/**
 * base64url of `{"alg":"RS256","typ":"JWT"}`: the header never changes. Written out as a
 * literal (checked by a test) so loading this module runs no code.
 */
export const HEADER = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9";

/**
 * Signs a JSON payload as a compact RS256 JWS. WebCrypto is called directly: per call this
 * is lighter than building a jose SignJWT, and the output is the same compact JWT.
 */
export async function signJson(key: CryptoKey, payloadJson: string): Promise<string> {
  const input = `${HEADER}.${encodeBase64UrlText(payloadJson)}`;
  const signature = await crypto.subtle.sign(RS256, key, utf8(input));
  return `${input}.${encodeBase64Url(new Uint8Array(signature))}`;
}
