import { InvalidArgumentError } from "@mux/errors";
import { type ViewerCountsTokenType, signViewerCounts } from "@mux/jwt";
import { describe, expect, it } from "vitest";
import { rsaFixture, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();
const options = { keyId: "kid-vc", keySecret: key.pkcs8Pem };

describe("signViewerCounts", () => {
  it("defaults to type video (aud video_id)", async () => {
    const { header, payload } = verifyWithNode(await signViewerCounts("asset-or-video", options), key.publicKey);
    expect(header).toEqual({ alg: "RS256", typ: "JWT" });
    expect(payload).toMatchObject({ sub: "asset-or-video", aud: "video_id", kid: "kid-vc" });
  });

  it.each([
    ["video", "video_id"],
    ["asset", "asset_id"],
    ["playback", "playback_id"],
    ["live_stream", "live_stream_id"],
  ] as Array<[ViewerCountsTokenType, string]>)("type %s has aud %s", async (type, aud) => {
    const token = await signViewerCounts("id-1", { ...options, type, params: { extra: true } });
    expect(verifyWithNode(token, key.publicKey).payload).toMatchObject({ sub: "id-1", aud, extra: true });
  });

  it("rejects a playback-only type and reserved params", async () => {
    const error = await signViewerCounts("id-1", { ...options, type: "thumbnail" as ViewerCountsTokenType }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.argument).toBe("type");
    await expect(signViewerCounts("id-1", { ...options, params: { sub: "other" } })).rejects.toMatchObject({
      argument: "params.sub",
    });
    await expect(signViewerCounts("", options)).rejects.toMatchObject({ argument: "id" });
  });
});
