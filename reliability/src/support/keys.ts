import { webcrypto } from "node:crypto";

/** A fresh RSA-2048 key in the forms Mux and @mux/jwt use. */
export interface TestKey {
  /** `-----BEGIN PRIVATE KEY-----` PEM. */
  pem: string;
  /** base64 of the PEM, as Mux's create-signing-key returns it. */
  base64: string;
  /** SPKI PEM of the public half. */
  publicPem: string;
}

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString("base64").replace(/.{64}/g, "$&\n");
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith("\n") ? "" : "\n"}-----END ${label}-----\n`;
}

export async function makeKey(): Promise<TestKey> {
  const pair = await webcrypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const privatePem = pem("PRIVATE KEY", await webcrypto.subtle.exportKey("pkcs8", pair.privateKey));
  const publicPem = pem("PUBLIC KEY", await webcrypto.subtle.exportKey("spki", pair.publicKey));
  return { pem: privatePem, base64: Buffer.from(privatePem).toString("base64"), publicPem };
}

/** Distinctive slices of a key's text: none of them may appear in any message. */
export function keyFragments(key: TestKey): string[] {
  const body = key.pem.split("\n").filter((l) => l && !l.startsWith("-----"));
  return [...body.slice(1, -1).map((l) => l.slice(8, 40)), key.base64.slice(40, 80), key.base64.slice(200, 240)];
}
