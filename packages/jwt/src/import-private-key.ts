import { RS256, isCryptoKey, isRs256Key } from "./crypto-key.js";
import { hasRsaAlgorithm, pkcs1PrivateToPkcs8 } from "./der.js";
import { invalidKey } from "./errors.js";
import { cachedPromise, LruCache } from "./lru-cache.js";
import { readPem } from "./pem.js";
import type { JwtKey } from "./types.js";

/** Imported keys by key text (bounded), created on first use so bundles that never import a key drop it. */
let cache: LruCache<string, Promise<CryptoKey>> | undefined;

function notUsable(why: string): Error {
  return invalidKey("keySecret", `keySecret must be the signing key's RSA private key; ${why}.`);
}

async function importFromText(text: string): Promise<CryptoKey> {
  const { label, der } = readPem(text, "keySecret");
  let pkcs8: Uint8Array;
  if (label === "RSA PRIVATE KEY") pkcs8 = pkcs1PrivateToPkcs8(der);
  else if (label === "PRIVATE KEY") {
    if (!hasRsaAlgorithm(der)) throw notUsable("this PKCS#8 key is not an RSA key (EC, Ed25519...)");
    pkcs8 = der;
  } else if (label.includes("PUBLIC") || label === "CERTIFICATE") {
    throw notUsable("this is a public key, which can only verify");
  } else throw notUsable(`a "${label}" PEM block is not supported`);
  let key: CryptoKey;
  try {
    // What jose's importPKCS8(…, "RS256") does once it has decoded the PEM: the DER is already here.
    key = await crypto.subtle.importKey("pkcs8", pkcs8 as Uint8Array<ArrayBuffer>, { name: RS256, hash: "SHA-256" }, true, ["sign"]);
  } catch {
    // The underlying error is dropped on purpose: nothing from the key may reach a message.
    throw notUsable("it could not be imported");
  }
  if (!(await signsVerifiably(key))) throw notUsable("its parts do not match each other (a damaged copy?)");
  return key;
}

/**
 * WebCrypto imports an RSA key whose parts disagree (a damaged copy) and then makes
 * signatures nobody can verify. Sign a probe once per import and check it against the
 * key's own public half, so such a key fails here rather than in a player.
 */
async function signsVerifiably(key: CryptoKey): Promise<boolean> {
  const algorithm = { name: RS256, hash: "SHA-256" };
  try {
    const { n, e } = await crypto.subtle.exportKey("jwk", key);
    const publicKey = await crypto.subtle.importKey("jwk", { kty: "RSA", n, e }, algorithm, false, ["verify"]);
    const probe = new Uint8Array(1);
    return await crypto.subtle.verify(RS256, publicKey, await crypto.subtle.sign(RS256, key, probe), probe);
  } catch {
    return false;
  }
}

/**
 * The RS256 signing CryptoKey for `key`. String keys (PEM, PKCS#1 or PKCS#8, or base64 of
 * a PEM) are imported once and cached by their text; a CryptoKey is checked and returned.
 */
export function importPrivateKey(key: JwtKey): Promise<CryptoKey> {
  if (isCryptoKey(key)) {
    return isRs256Key(key, "private", "sign")
      ? Promise.resolve(key)
      : Promise.reject(notUsable(`a CryptoKey must be a private ${RS256} SHA-256 key allowed to "sign"`));
  }
  const text = String(key).trim();
  cache ??= new LruCache(32);
  return cachedPromise(cache, text, importFromText);
}
