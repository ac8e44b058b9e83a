import { signDrmLicense } from "@mux/jwt";
import { describe, expect, it } from "vitest";
import { nowSeconds, rsaFixture, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();

describe("signDrmLicense", () => {
  it("signs a DRM license token (aud d) with params and expiration", async () => {
    const before = nowSeconds();
    const token = await signDrmLicense("pb-drm", {
      keyId: "kid-drm",
      keySecret: key.pkcs8Base64,
      expiration: "6h",
      params: { playback_restriction_id: "r1" },
    });
    const { header, payload, claimOrder } = verifyWithNode(token, key.publicKey);
    expect(header).toEqual({ alg: "RS256", typ: "JWT" });
    expect(payload).toMatchObject({ sub: "pb-drm", aud: "d", kid: "kid-drm", playback_restriction_id: "r1" });
    expect(claimOrder.slice(0, 4)).toEqual(["sub", "aud", "exp", "kid"]);
    expect(payload.exp).toBeGreaterThanOrEqual(before + 21600);
  });

  it("rejects a reserved claim", async () => {
    await expect(
      signDrmLicense("pb-drm", { keyId: "k", keySecret: key.pkcs1Pem, params: { exp: 1 } }),
    ).rejects.toMatchObject({ argument: "params.exp" });
  });
});
