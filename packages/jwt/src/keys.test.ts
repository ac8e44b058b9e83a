import { generateKeyPairSync } from "node:crypto";
import { InvalidKeyError } from "@mux/errors";
import { signPlaybackId } from "@mux/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ecPems, ed25519Pem, rsaFixture, secretFragments, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();
/** importKey calls per new key text: the private key, and its public half for the probe. */
const IMPORTS_PER_KEY = 2;

afterEach(() => {
  vi.restoreAllMocks();
});

async function signWith(keySecret: string | CryptoKey): Promise<string> {
  return signPlaybackId("pb", { keyId: "kid", keySecret });
}

describe("private key input", () => {
  it.each([
    ["PKCS#1 PEM", () => key.pkcs1Pem],
    ["PKCS#8 PEM", () => key.pkcs8Pem],
    ["base64 of PKCS#1 PEM (what Mux returns)", () => key.pkcs1Base64],
    ["base64 of PKCS#8 PEM", () => key.pkcs8Base64],
    ["PEM with CRLF line endings and surrounding whitespace", () => `\r\n ${key.pkcs1Pem.replace(/\n/g, "\r\n")}  `],
    ["base64 wrapped at 76 columns", () => key.pkcs1Base64.replace(/.{76}/g, "$&\n")],
  ])("accepts %s", async (_name, text) => {
    const { payload } = verifyWithNode(await signWith(text()), key.publicKey);
    expect(payload).toMatchObject({ sub: "pb", kid: "kid" });
  });

  it("accepts an RS256 signing CryptoKey", async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1), hash: "SHA-256" },
      false,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    const spki = Buffer.from(await crypto.subtle.exportKey("spki", pair.publicKey));
    const pem = `-----BEGIN PUBLIC KEY-----\n${spki.toString("base64")}\n-----END PUBLIC KEY-----\n`;
    expect(verifyWithNode(await signWith(pair.privateKey), pem).payload.aud).toBe("v");
  });

  it("rejects CryptoKeys that cannot sign RS256", async () => {
    const pss = (await crypto.subtle.generateKey(
      { name: "RSA-PSS", modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1), hash: "SHA-256" },
      false,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    const sha512 = (await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1), hash: "SHA-512" },
      false,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    for (const bad of [pss.privateKey, sha512.privateKey, sha512.publicKey]) {
      await expect(signWith(bad)).rejects.toBeInstanceOf(InvalidKeyError);
    }
  });

  describe("unusable keys reject with InvalidKeyError and no key material", () => {
    const ec = ecPems();
    const rsaPss = generateKeyPairSync("rsa-pss", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    const truncated = key.pkcs1Pem.replace(/(-----BEGIN RSA PRIVATE KEY-----\n)[\s\S]{260}/, "$1");
    const cases: Array<[string, string, RegExp]> = [
      ["garbage text", "this is not a key at all!", /not a PEM key/],
      ["bad base64", "%%%%####", /not a PEM key/],
      ["base64 that is not a PEM", Buffer.from("hello world, no key here").toString("base64"), /not a PEM key/],
      ["an SPKI public key", key.spkiPem, /public key/],
      ["a PKCS#1 public key", key.pkcs1PublicPem, /public key/],
      ["base64 of a public key", Buffer.from(key.spkiPem).toString("base64"), /public key/],
      ["an EC PKCS#8 key", ec.pkcs8, /not an RSA key/],
      ["an EC SEC1 key", ec.sec1, /EC PRIVATE KEY/],
      ["an Ed25519 key", ed25519Pem(), /not an RSA key/],
      ["an RSA-PSS key", rsaPss, /not an RSA key/],
      ["a truncated RSA key", truncated, /could not be imported/],
      ["an RSA key with a damaged modulus", key.pkcs1Pem.replace(/^(.{80}).(.*)$/s, (_m, a: string, b: string) => `${a}${a.endsWith("A") ? "B" : "A"}${b}`), /parts do not match/],
      ["a PEM with mismatched END", key.pkcs1Pem.replace("END RSA PRIVATE", "END PRIVATE"), /not a PEM key/],
      [
        "an encrypted PKCS#8 key",
        generateKeyPairSync("rsa", { modulusLength: 2048 })
          .privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-128-cbc", passphrase: "pw" })
          .toString(),
        /ENCRYPTED PRIVATE KEY/,
      ],
      [
        "an encrypted PKCS#1 key",
        generateKeyPairSync("rsa", { modulusLength: 2048 })
          .privateKey.export({ type: "pkcs1", format: "pem", cipher: "aes-128-cbc", passphrase: "pw" })
          .toString(),
        /encrypted keys are not supported/,
      ],
    ];
    it.each(cases)("%s", async (_name, text, message) => {
      const error = await signWith(text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidKeyError);
      expect((error as InvalidKeyError).argument).toBe("keySecret");
      expect((error as Error).message).toMatch(message);
      const shown = `${(error as Error).message} ${JSON.stringify(error)} ${String(error)}`;
      for (const fragment of secretFragments(text, key.pkcs1Pem)) expect(shown).not.toContain(fragment);
      expect((error as Error).cause).toBeUndefined();
    });
  });
});

describe("key cache", () => {
  it("imports a string key once for many signs, whatever the surrounding whitespace", async () => {
    const fresh = rsaFixture();
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    const tokens = await Promise.all(Array.from({ length: 20 }, () => signWith(fresh.pkcs1Base64)));
    for (let i = 0; i < 20; i++) tokens.push(await signWith(` ${fresh.pkcs1Base64}\n`));
    for (const token of tokens) verifyWithNode(token, fresh.publicKey);
    // One import of the private key (plus one of its public half for the consistency probe).
    expect(importKey).toHaveBeenCalledTimes(IMPORTS_PER_KEY);
  });

  it("imports each distinct key text separately and stays bounded", async () => {
    const fresh = rsaFixture();
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    await signWith(fresh.pkcs1Pem);
    await signWith(fresh.pkcs8Pem);
    await signWith(fresh.pkcs1Pem);
    expect(importKey).toHaveBeenCalledTimes(2 * IMPORTS_PER_KEY);
  });

  it("evicts the least recently used key beyond 32 entries", async () => {
    const fresh = rsaFixture();
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    // 33 distinct texts for the same key (different trailing comment-free whitespace inside the PEM body).
    const variants = Array.from({ length: 33 }, (_, i) => fresh.pkcs1Pem.replace("\n", `\n${" ".repeat(i)}`));
    for (const text of variants) await signWith(text);
    expect(importKey).toHaveBeenCalledTimes(33 * IMPORTS_PER_KEY);
    await signWith(variants[32]!);
    expect(importKey).toHaveBeenCalledTimes(33 * IMPORTS_PER_KEY);
    await signWith(variants[0]!);
    expect(importKey).toHaveBeenCalledTimes(34 * IMPORTS_PER_KEY);
  });

  it("does not cache failures", async () => {
    const broken = rsaFixture().pkcs1Pem.replace(/(-----BEGIN RSA PRIVATE KEY-----\n)[\s\S]{260}/, "$1");
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    await expect(signWith(broken)).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(signWith(broken)).rejects.toBeInstanceOf(InvalidKeyError);
    expect(importKey).toHaveBeenCalledTimes(2);
  });
});
