import { textToBase64 } from "./base64.js";
import { pkcs1FromPkcs8 } from "./der.js";
import { toPem } from "./pem.js";

/** Everything the fake keeps about one RSA key pair. */
export interface KeyMaterial {
  /** What Mux returns as `private_key`: base64 of a PKCS#1 PEM (`-----BEGIN RSA PRIVATE KEY-----`). */
  readonly privateKeyBase64: string;
  /** The public half, ready for WebCrypto verification (RSASSA-PKCS1-v1_5, SHA-256). */
  readonly publicKey: CryptoKey;
  /** The public half as an SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  readonly publicKeyPem: string;
}

const ALGORITHM: RsaHashedKeyGenParams = {
  name: "RSASSA-PKCS1-v1_5",
  modulusLength: 2048,
  publicExponent: new Uint8Array([0x01, 0x00, 0x01]),
  hash: "SHA-256",
};

/** Makes a fresh RSA-2048 key pair with WebCrypto and converts it to the formats Mux uses. */
export async function generateKeyMaterial(): Promise<KeyMaterial> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"]);
  const [pkcs8, spki] = await Promise.all([
    crypto.subtle.exportKey("pkcs8", pair.privateKey),
    crypto.subtle.exportKey("spki", pair.publicKey),
  ]);
  const pkcs1 = pkcs1FromPkcs8(new Uint8Array(pkcs8));
  const material: KeyMaterial = {
    privateKeyBase64: textToBase64(toPem("RSA PRIVATE KEY", pkcs1)),
    publicKey: pair.publicKey,
    publicKeyPem: toPem("PUBLIC KEY", new Uint8Array(spki)),
  };
  // Keep the private key out of JSON.stringify and util.inspect of the material object.
  Object.defineProperty(material, "privateKeyBase64", { enumerable: false });
  return material;
}
