import { inspect } from "node:util";
import { InvalidKeyError, MissingCredentialsError } from "@mux/errors";
import { createJwtSigner } from "@mux/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rsaFixture, secretFragments, verifyWithNode } from "./test-support/keys.js";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("createJwtSigner", () => {
  it("imports the key once and signs every kind of token with it", async () => {
    const key = rsaFixture();
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    const signer = createJwtSigner({ keyId: "kid-s", keySecret: key.pkcs1Base64 });
    expect(signer.keyId).toBe("kid-s");
    const tokens = [
      await signer.signPlaybackId("pb", { type: "gif", expiration: 30 }),
      await signer.signViewerCounts("ls", { type: "live_stream" }),
      await signer.signDrmLicense("pb"),
      ...Object.values(await signer.signPlaybackId("pb", { type: ["video", ["storyboard", { x: 1 }]] })),
    ];
    const auds = tokens.map((t) => verifyWithNode(t!, key.publicKey).payload.aud);
    expect(auds).toEqual(["g", "live_stream_id", "d", "v", "s"]);
    for (const t of tokens) expect(verifyWithNode(t!, key.publicKey).payload.kid).toBe("kid-s");
    // The private key, and its public half once for the consistency probe.
    expect(importKey).toHaveBeenCalledTimes(2);
  });

  it("falls back to the environment and throws MissingCredentialsError when nothing is set", () => {
    vi.stubEnv("MUX_SIGNING_KEY", "");
    vi.stubEnv("MUX_PRIVATE_KEY", "");
    expect(() => createJwtSigner()).toThrow(MissingCredentialsError);
    expect(() => createJwtSigner({ keyId: "k" })).toThrow(MissingCredentialsError);
  });

  it("reports an unusable key on each sign call, without an unhandled rejection", async () => {
    const signer = createJwtSigner({ keyId: "k", keySecret: "bm90IGEga2V5" });
    await expect(signer.signPlaybackId("pb")).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(signer.signDrmLicense("pb")).rejects.toBeInstanceOf(InvalidKeyError);
  });

  it("does not show the key when inspected", () => {
    const key = rsaFixture();
    const signer = createJwtSigner({ keyId: "k", keySecret: key.pkcs8Pem });
    const shown = `${inspect(signer, { depth: 10, showHidden: true })} ${JSON.stringify(signer)}`;
    for (const fragment of secretFragments(key.pkcs8Pem)) expect(shown).not.toContain(fragment);
  });
});
