// WebCrypto-only RSA helpers for the smoke apps: make a key the way Mux hands one out
// (base64 of a PEM), derive the public half from a private key, and verify an RS256 JWT.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** @param {Uint8Array} bytes */
function toBase64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** @param {string} text */
function fromBase64(text) {
  const binary = atob(text.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** @param {string} text */
export function fromBase64Url(text) {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/");
  return fromBase64(padded + "=".repeat((4 - (padded.length % 4)) % 4));
}

/** @param {string} label @param {Uint8Array} der */
function toPem(label, der) {
  const body = toBase64(der).match(/.{1,64}/g)?.join("\n") ?? "";
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** DER length bytes. @param {number} n */
function derLength(n) {
  if (n < 0x80) return [n];
  const bytes = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

/** @param {number} tag @param {Uint8Array} content */
function der(tag, content) {
  const head = [tag, ...derLength(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head, 0);
  out.set(content, head.length);
  return out;
}

/** @param {...Uint8Array} parts */
function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo (WebCrypto only imports PKCS#8). @param {Uint8Array} pkcs1 */
function pkcs1ToPkcs8(pkcs1) {
  const version = Uint8Array.of(0x02, 0x01, 0x00);
  const rsaEncryptionOid = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01);
  const algorithm = der(0x30, concat(rsaEncryptionOid, Uint8Array.of(0x05, 0x00)));
  return der(0x30, concat(version, algorithm, der(0x04, pkcs1)));
}

const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

/**
 * A fresh RSA key in the shape Mux returns from "create signing key":
 * `keySecret` is base64 of a PKCS#8 PEM.
 */
export async function generateMuxStyleKey() {
  const pair = /** @type {CryptoKeyPair} */ (
    await crypto.subtle.generateKey(
      { ...RS256, modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) },
      true,
      ["sign", "verify"],
    )
  );
  const pkcs8 = new Uint8Array(/** @type {ArrayBuffer} */ (await crypto.subtle.exportKey("pkcs8", pair.privateKey)));
  const spki = new Uint8Array(/** @type {ArrayBuffer} */ (await crypto.subtle.exportKey("spki", pair.publicKey)));
  const pem = toPem("PRIVATE KEY", pkcs8);
  return {
    keySecret: btoa(pem),
    publicKey: pair.publicKey,
    publicKeyPem: toPem("PUBLIC KEY", spki),
  };
}

/**
 * The public key belonging to a Mux-style private key (base64 of a PKCS#1 or PKCS#8 PEM, or the PEM itself).
 * @param {string} keySecret
 * @returns {Promise<{ publicKey: CryptoKey; publicKeyPem: string }>}
 */
export async function publicKeyFromSecret(keySecret) {
  const pem = keySecret.includes("-----BEGIN") ? keySecret : decoder.decode(fromBase64(keySecret));
  const match = pem.match(/-----BEGIN ([A-Z ]+)-----([\s\S]+?)-----END/);
  if (!match) throw new Error("key secret is not a PEM");
  const body = fromBase64(match[2] ?? "");
  const pkcs8 = match[1] === "RSA PRIVATE KEY" ? pkcs1ToPkcs8(body) : body;
  const privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, RS256, true, ["sign"]);
  const jwk = /** @type {JsonWebKey} */ (await crypto.subtle.exportKey("jwk", privateKey));
  const publicKey = await crypto.subtle.importKey(
    "jwk",
    { kty: "RSA", n: jwk.n, e: jwk.e, alg: "RS256", ext: true },
    RS256,
    true,
    ["verify"],
  );
  const spki = new Uint8Array(/** @type {ArrayBuffer} */ (await crypto.subtle.exportKey("spki", publicKey)));
  return { publicKey, publicKeyPem: toPem("PUBLIC KEY", spki) };
}

/**
 * Verifies an RS256 JWT with WebCrypto alone (independent of the library that signed it)
 * and returns its header and claims.
 * @param {string} token
 * @param {CryptoKey} publicKey
 * @returns {Promise<{ header: Record<string, unknown>; claims: Record<string, unknown> }>}
 */
export async function verifyJwt(token, publicKey) {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("not a compact JWT");
  const [h = "", p = "", s = ""] = parts;
  const ok = await crypto.subtle.verify(RS256, publicKey, fromBase64Url(s), encoder.encode(`${h}.${p}`));
  if (!ok) throw new Error("JWT signature does not verify with the public key");
  return {
    header: JSON.parse(decoder.decode(fromBase64Url(h))),
    claims: JSON.parse(decoder.decode(fromBase64Url(p))),
  };
}
