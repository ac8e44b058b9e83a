import { inspect } from "node:util";
import { MissingCredentialsError } from "@mux/errors";
import { Jwt, signDrmLicense, signPlaybackId, signViewerCounts } from "@mux/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rsaFixture, secretFragments, verifyWithNode } from "./test-support/keys.js";

const envKey = rsaFixture();
const clientKey = rsaFixture();
const callKey = rsaFixture();

afterEach(() => {
  vi.unstubAllEnvs();
});

const kidOf = (token: string, key: typeof envKey) => verifyWithNode(token, key.publicKey).payload.kid;

describe("credential fallbacks", () => {
  it("uses MUX_SIGNING_KEY / MUX_PRIVATE_KEY when no option is given (whitespace trimmed)", async () => {
    vi.stubEnv("MUX_SIGNING_KEY", "  env-kid \n");
    vi.stubEnv("MUX_PRIVATE_KEY", `\n${envKey.pkcs1Base64}\n  `);
    expect(kidOf(await signPlaybackId("pb"), envKey)).toBe("env-kid");
    expect(kidOf(await signViewerCounts("v"), envKey)).toBe("env-kid");
    expect(kidOf(await signDrmLicense("pb"), envKey)).toBe("env-kid");
    expect(kidOf(await new Jwt().signPlaybackId("pb"), envKey)).toBe("env-kid");
  });

  it("treats empty and whitespace-only values as unset", async () => {
    vi.stubEnv("MUX_SIGNING_KEY", "env-kid");
    vi.stubEnv("MUX_PRIVATE_KEY", envKey.pkcs8Pem);
    const token = await signPlaybackId("pb", { keyId: "", keySecret: "   " });
    expect(kidOf(token, envKey)).toBe("env-kid");
    const viaClient = await new Jwt({ keyId: " ", keySecret: "" }).signPlaybackId("pb", { keyId: null });
    expect(kidOf(viaClient, envKey)).toBe("env-kid");
  });

  it("prefers call options over constructor defaults over the environment", async () => {
    vi.stubEnv("MUX_SIGNING_KEY", "env-kid");
    vi.stubEnv("MUX_PRIVATE_KEY", envKey.pkcs1Pem);
    const jwt = new Jwt({ keyId: "client-kid", keySecret: clientKey.pkcs1Base64 });
    expect(kidOf(await jwt.signPlaybackId("pb"), clientKey)).toBe("client-kid");
    expect(kidOf(await jwt.signViewerCounts("v", { type: "asset" }), clientKey)).toBe("client-kid");
    expect(kidOf(await jwt.signDrmLicense("pb"), clientKey)).toBe("client-kid");
    const perCall = await jwt.signPlaybackId("pb", { keyId: "call-kid", keySecret: callKey.pkcs8Base64 });
    expect(kidOf(perCall, callKey)).toBe("call-kid");
    // Mixed: key id from the call, key from the client.
    expect(kidOf(await jwt.signPlaybackId("pb", { keyId: "call-kid" }), clientKey)).toBe("call-kid");
    const tokens = await jwt.signPlaybackId("pb", { type: ["video", "thumbnail"] });
    expect(verifyWithNode(tokens["thumbnail-token"]!, clientKey.publicKey).payload.aud).toBe("t");
  });

  it("rejects with MissingCredentialsError naming the options and variables", async () => {
    vi.stubEnv("MUX_SIGNING_KEY", "");
    vi.stubEnv("MUX_PRIVATE_KEY", "");
    const noId = await signPlaybackId("pb", { keySecret: callKey.pkcs1Pem }).catch((e) => e);
    expect(noId).toBeInstanceOf(MissingCredentialsError);
    expect(noId.message).toContain("keyId");
    expect(noId.message).toContain("MUX_SIGNING_KEY");
    const noKey = await new Jwt({ keyId: "kid" }).signViewerCounts("v").catch((e) => e);
    expect(noKey).toBeInstanceOf(MissingCredentialsError);
    expect(noKey.message).toContain("keySecret");
    expect(noKey.message).toContain("MUX_PRIVATE_KEY");
    await expect(signDrmLicense("pb")).rejects.toBeInstanceOf(MissingCredentialsError);
  });

  it("rejects a key id or key of the wrong type", async () => {
    await expect(signPlaybackId("pb", { keyId: 5 as unknown as string, keySecret: callKey.pkcs1Pem })).rejects.toMatchObject({
      argument: "keyId",
    });
    await expect(signPlaybackId("pb", { keyId: "k", keySecret: {} as unknown as string })).rejects.toMatchObject({
      argument: "keySecret",
    });
  });

  it("keeps the defaults out of inspection and JSON", () => {
    const jwt = new Jwt({ keyId: "client-kid", keySecret: clientKey.pkcs1Base64 });
    const shown = `${inspect(jwt, { depth: 10, showHidden: true })} ${JSON.stringify(jwt)} ${Object.keys(jwt)}`;
    for (const fragment of secretFragments(clientKey.pkcs1Base64, clientKey.pkcs1Pem)) {
      expect(shown).not.toContain(fragment);
    }
  });
});
