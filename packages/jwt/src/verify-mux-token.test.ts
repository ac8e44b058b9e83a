import { createPrivateKey, sign } from "node:crypto";
import { InvalidArgumentError, InvalidKeyError, TokenVerificationError, type TokenVerificationReason } from "@mux/errors";
import { signPlaybackId, verifyMuxToken } from "@mux/jwt";
import { describe, expect, it } from "vitest";
import { ecPems, rsaFixture } from "./test-support/keys.js";

const key = rsaFixture();
const other = rsaFixture();
const options = { keyId: "kid-v", keySecret: key.pkcs1Base64 };

/** A token signed by node:crypto, so verify is checked against an independent signer too. */
function nodeToken(payload: object, header: object = { alg: "RS256", typ: "JWT" }): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const input = `${enc(header)}.${enc(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), createPrivateKey(key.pkcs8Pem)).toString("base64url")}`;
}

describe("verifyMuxToken", () => {
  it("returns the claims for SPKI PEM, PKCS#1 PEM, base64 PEM and CryptoKey public keys", async () => {
    const token = await signPlaybackId("pb", { ...options, type: "storyboard", params: { time: 1 } });
    const cryptoKey = await crypto.subtle.importKey(
      "spki",
      key.publicKey.export({ type: "spki", format: "der" }),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["verify"],
    );
    for (const publicKey of [key.spkiPem, key.pkcs1PublicPem, Buffer.from(key.spkiPem).toString("base64"), cryptoKey]) {
      const claims = await verifyMuxToken(token, publicKey, { audience: "s", subject: "pb", keyId: "kid-v" });
      expect(claims).toMatchObject({ sub: "pb", aud: "s", kid: "kid-v", time: 1 });
      expect(typeof claims.exp).toBe("number");
    }
  });

  it("verifies a token made by node:crypto", async () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    await expect(verifyMuxToken(nodeToken({ sub: "x", aud: "t", exp }), key.spkiPem)).resolves.toEqual({
      sub: "x",
      aud: "t",
      exp,
    });
  });

  it.each([
    ["a token signed by another key", async () => signPlaybackId("pb", { keyId: "k", keySecret: other.pkcs8Pem }), /signature/],
    ["an expired token", async () => nodeToken({ sub: "x", aud: "v", exp: 1000 }), /exp/],
    ["a token without exp", async () => nodeToken({ sub: "x", aud: "v" }), /exp/],
    ["a token with another alg", async () => nodeToken({ sub: "x", aud: "v", exp: 2e9 }, { alg: "RS512" }), /alg/i],
    ["garbage", async () => "a.b.c", /./],
    ["an empty string", async () => "", /token/],
  ])("rejects %s with InvalidArgumentError(token)", async (_name, make, message) => {
    const error = await verifyMuxToken(await make(), key.spkiPem).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).not.toBeInstanceOf(InvalidKeyError);
    expect((error as InvalidArgumentError).argument).toBe("token");
    expect((error as Error).message).toMatch(message);
  });

  it("rejects a wrong audience, subject or key id", async () => {
    const token = await signPlaybackId("pb", options);
    await expect(verifyMuxToken(token, key.spkiPem, { audience: "t" })).rejects.toMatchObject({ argument: "token" });
    await expect(verifyMuxToken(token, key.spkiPem, { subject: "other" })).rejects.toMatchObject({ argument: "token" });
    await expect(verifyMuxToken(token, key.spkiPem, { keyId: "other" })).rejects.toMatchObject({ argument: "token" });
    const later = new Date(Date.now() + 8 * 86400 * 1000);
    await expect(verifyMuxToken(token, key.spkiPem, { currentDate: later })).rejects.toMatchObject({ argument: "token" });
    await expect(verifyMuxToken(token, key.spkiPem, { currentDate: later, clockTolerance: "2d" })).resolves.toMatchObject({
      sub: "pb",
    });
  });

  it("says which check failed in a machine-readable reason", async () => {
    const token = await signPlaybackId("pb", options);
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, () => Promise<unknown>, TokenVerificationReason]> = [
      ["expired", () => verifyMuxToken(nodeToken({ sub: "x", aud: "v", exp: 1000 }), key.spkiPem), "expired"],
      ["nbf ahead", () => verifyMuxToken(nodeToken({ sub: "x", aud: "v", exp: now + 600, nbf: now + 300 }), key.spkiPem), "not_yet_valid"],
      ["another key", () => verifyMuxToken(token, other.spkiPem), "bad_signature"],
      ["a changed payload", () => verifyMuxToken(token.replace(/\.([^.]+)\./, (_m, p: string) => `.${p.slice(0, -2)}AA.`), key.spkiPem), "bad_signature"],
      ["audience", () => verifyMuxToken(token, key.spkiPem, { audience: "t" }), "wrong_audience"],
      ["subject", () => verifyMuxToken(token, key.spkiPem, { subject: "other" }), "wrong_subject"],
      ["key id", () => verifyMuxToken(token, key.spkiPem, { keyId: "other" }), "wrong_key_id"],
      ["RS512", () => verifyMuxToken(nodeToken({ sub: "x", aud: "v", exp: now + 60 }, { alg: "RS512" }), key.spkiPem), "wrong_algorithm"],
      ["no exp", () => verifyMuxToken(nodeToken({ sub: "x", aud: "v" }), key.spkiPem), "missing_claim"],
      ["exp not a number", () => verifyMuxToken(nodeToken({ sub: "x", aud: "v", exp: "soon" }), key.spkiPem), "malformed"],
      ["sub not a string", () => verifyMuxToken(nodeToken({ sub: 1, aud: "v", exp: now + 60 }), key.spkiPem), "malformed"],
      ["garbage", () => verifyMuxToken("a.b.c", key.spkiPem), "malformed"],
      ["empty", () => verifyMuxToken("", key.spkiPem), "malformed"],
    ];
    for (const [name, verify, reason] of cases) {
      const error = await verify().catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(TokenVerificationError);
      expect((error as TokenVerificationError).reason, name).toBe(reason);
      expect((error as Error).message, name).toContain(`(${reason})`);
    }
  });

  it.each([
    ["a private key", () => key.pkcs1Pem],
    ["an EC public key", () => ecPems().spki],
    ["garbage", () => "nope"],
    ["a number", () => 42 as unknown as string],
  ])("rejects %s as publicKey with InvalidKeyError", async (_name, publicKey) => {
    const token = await signPlaybackId("pb", options);
    const error = await verifyMuxToken(token, publicKey()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect((error as InvalidKeyError).argument).toBe("publicKey");
    expect((error as Error).message).not.toContain(key.pkcs1Pem.slice(40, 80));
  });
});
