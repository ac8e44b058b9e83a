import { RS256, isCryptoKey, isRs256Key } from "./crypto-key.js";
import { hasRsaAlgorithm, pkcs1PublicToSpki } from "./der.js";
import { invalidKey } from "./errors.js";
import { cachedPromise, LruCache } from "./lru-cache.js";
import { readPem } from "./pem.js";

/** Imported public keys by key text (bounded), created on first use so bundles that never verify drop it. */
let cache: LruCache<string, Promise<CryptoKey>> | undefined;

function notUsable(why: string): Error {
  return invalidKey(
    "publicKey",
    `publicKey must be an RSA public key (SPKI or PKCS#1 PEM, base64 of one, or a CryptoKey); ${why}.`,
  );
}

async function importFromText(text: string): Promise<CryptoKey> {
  const { label, der } = readPem(text, "publicKey");
  let spki: Uint8Array;
  if (label === "RSA PUBLIC KEY") spki = pkcs1PublicToSpki(der);
  else if (label === "PUBLIC KEY") {
    if (!hasRsaAlgorithm(der)) throw notUsable("this SPKI key is not an RSA key");
    spki = der;
  } else if (label.includes("PRIVATE")) throw notUsable("this is a private key; verify with its public key");
  else throw notUsable(`a "${label}" PEM block is not supported`);
  try {
    // What jose's importSPKI(…, "RS256") does once it has decoded the PEM: the DER is already here.
    return await crypto.subtle.importKey("spki", spki as Uint8Array<ArrayBuffer>, { name: RS256, hash: "SHA-256" }, true, ["verify"]);
  } catch {
    throw notUsable("it could not be imported");
  }
}

/** The RS256 verification CryptoKey for `key` (text keys cached by value, bounded). */
export function importPublicKey(key: unknown): Promise<CryptoKey> {
  if (isCryptoKey(key)) {
    return isRs256Key(key, "public", "verify")
      ? Promise.resolve(key)
      : Promise.reject(notUsable(`a CryptoKey must be a public ${RS256} SHA-256 key allowed to "verify"`));
  }
  if (typeof key !== "string") return Promise.reject(notUsable(`received a ${key === null ? "null" : typeof key}`));
  const text = key.trim();
  cache ??= new LruCache(16);
  return cachedPromise(cache, text, importFromText);
}
