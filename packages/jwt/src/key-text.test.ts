// Keys as they come out of .env files: literal "\n", surrounding quotes, the key id in the key's
// place (or the reverse), a key cut after its first line. Each is accepted or explained.
import { generateKeyPairSync } from "node:crypto";
import { InvalidArgumentError, InvalidKeyError } from "@mux/errors";
import { createJwtSigner, signPlaybackId } from "@mux/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rsaFixture, secretFragments, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();
const KEY_ID = "dEM3g5Lj02pQm00jk1cH3iI01tUHBF6Ba00CXN76pMBdJw";

afterEach(() => {
  vi.unstubAllEnvs();
});

function showAll(error: unknown): string {
  return `${(error as Error).message} ${JSON.stringify(error)} ${String(error)}`;
}

describe("accepted after undoing what .env files do", () => {
  it.each([
    ["a PEM with its line breaks written as \\n", () => key.pkcs1Pem.replace(/\n/g, "\\n")],
    ["a PKCS#8 PEM with \\r\\n written out", () => key.pkcs8Pem.replace(/\n/g, "\\r\\n")],
    ["base64 in double quotes", () => `"${key.pkcs1Base64}"`],
    ["a PEM in single quotes", () => `'${key.pkcs1Pem}'`],
    ["a quoted PEM with \\n written out", () => `"${key.pkcs1Pem.trim().replace(/\n/g, "\\n")}"`],
  ])("%s", async (_name, text) => {
    const token = await signPlaybackId("pb", { keyId: KEY_ID, keySecret: text() });
    expect(verifyWithNode(token, key.publicKey).payload).toMatchObject({ sub: "pb", kid: KEY_ID });
  });

  it("from MUX_PRIVATE_KEY too", async () => {
    vi.stubEnv("MUX_SIGNING_KEY", KEY_ID);
    vi.stubEnv("MUX_PRIVATE_KEY", `"${key.pkcs1Pem.replace(/\n/g, "\\n")}"`);
    expect(verifyWithNode(await signPlaybackId("pb"), key.publicKey).payload.kid).toBe(KEY_ID);
  });
});

describe("explained when it cannot be a key", () => {
  it("a key id where the private key belongs", async () => {
    const error = await signPlaybackId("pb", { keyId: KEY_ID, keySecret: KEY_ID }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect((error as Error).message).toContain("it looks like a signing key id");
    expect((error as Error).message).toContain("are keyId (MUX_SIGNING_KEY) and keySecret (MUX_PRIVATE_KEY) swapped?");
    expect((error as Error).message).not.toContain(KEY_ID);
  });

  it("a private key where the key id belongs, before it can reach the public kid claim", async () => {
    for (const keyId of [key.pkcs1Base64, key.pkcs1Pem, `"${key.pkcs8Base64}"`]) {
      const error = await signPlaybackId("pb", { keyId, keySecret: KEY_ID }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe("keyId");
      expect((error as Error).message).toContain("looks like a private key, not a signing key id");
      for (const fragment of secretFragments(keyId, key.pkcs1Pem)) expect(showAll(error)).not.toContain(fragment);
    }
    vi.stubEnv("MUX_SIGNING_KEY", key.pkcs1Base64);
    vi.stubEnv("MUX_PRIVATE_KEY", KEY_ID);
    expect(() => createJwtSigner()).toThrow(/MUX_SIGNING_KEY looks like a private key/);
  });

  it("a PEM cut off after its first line", async () => {
    const error = await signPlaybackId("pb", { keyId: KEY_ID, keySecret: "-----BEGIN RSA PRIVATE KEY-----" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect((error as Error).message).toContain("it stops after its BEGIN line");
  });

  it("a passphrase-encrypted PKCS#1 key, with what to do", async () => {
    const encrypted = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs1", format: "pem", cipher: "aes-128-cbc", passphrase: "pw" })
      .toString();
    const error = await signPlaybackId("pb", { keyId: KEY_ID, keySecret: encrypted }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect((error as Error).message).toContain("it is encrypted");
    expect((error as Error).message).toContain("openssl rsa");
  });
});
