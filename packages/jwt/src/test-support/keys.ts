// Test keys and an independent verifier built on node:crypto (never on this package's code).
import { type KeyObject, createPublicKey, generateKeyPairSync, verify } from "node:crypto";

/** One RSA key pair in every form the package accepts. */
export interface RsaFixture {
  privateKey: KeyObject;
  publicKey: KeyObject;
  pkcs1Pem: string;
  pkcs8Pem: string;
  pkcs1Base64: string;
  pkcs8Base64: string;
  spkiPem: string;
  pkcs1PublicPem: string;
}

/** A fresh 2048-bit RSA key pair (fresh text, so it is never already in the key cache). */
export function rsaFixture(): RsaFixture {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pkcs1Pem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  const pkcs8Pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return {
    privateKey,
    publicKey,
    pkcs1Pem,
    pkcs8Pem,
    pkcs1Base64: Buffer.from(pkcs1Pem).toString("base64"),
    pkcs8Base64: Buffer.from(pkcs8Pem).toString("base64"),
    spkiPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    pkcs1PublicPem: publicKey.export({ type: "pkcs1", format: "pem" }).toString(),
  };
}

/** Decoded parts of a token whose RS256 signature node:crypto has checked. */
export interface VerifiedToken {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** Payload keys in their serialised order. */
  claimOrder: string[];
}

/** Verifies `token` with node:crypto against `publicKey` and decodes it; throws if anything is off. */
export function verifyWithNode(token: string, publicKey: KeyObject | string): VerifiedToken {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("not a compact JWS");
  const [header, payload, signature] = parts as [string, string, string];
  for (const part of parts) if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error("not base64url");
  const key = typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey;
  const ok = verify("sha256", Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, "base64url"));
  if (!ok) throw new Error("RS256 signature does not verify");
  const decodedPayload = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  return {
    header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as Record<string, unknown>,
    payload: decodedPayload,
    claimOrder: Object.keys(decodedPayload),
  };
}

/** Seconds since the epoch, now. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** An EC P-256 private key in PKCS#8 PEM and SEC1 PEM. */
export function ecPems(): { pkcs8: string; sec1: string; spki: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    pkcs8: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    sec1: privateKey.export({ type: "sec1", format: "pem" }).toString(),
    spki: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/** An Ed25519 private key in PKCS#8 PEM. */
export function ed25519Pem(): string {
  return generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/** Every fragment of `secret` long enough to count as leaked key material. */
export function secretFragments(...secrets: string[]): string[] {
  const out: string[] = [];
  for (const secret of secrets) {
    const body = secret.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
    for (let i = 0; i + 24 <= body.length; i += 97) out.push(body.slice(i, i + 24));
  }
  return out;
}
