import { InvalidArgumentError, InvalidKeyError } from "@mux/errors";
import { type PlaybackTokenType, signPlaybackId } from "@mux/jwt";
import { describe, expect, it } from "vitest";
import { nowSeconds, rsaFixture, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();
const keyId = "signing-key-id-123";
const playbackId = "pbAbc123xyz";
const options = { keyId, keySecret: key.pkcs1Base64 };

const AUDIENCES: Array<[PlaybackTokenType, string]> = [
  ["video", "v"],
  ["thumbnail", "t"],
  ["gif", "g"],
  ["storyboard", "s"],
  ["stats", "playback_id"],
  ["drm_license", "d"],
];

describe("signPlaybackId", () => {
  it("signs a video token with header, sub, aud, kid and a 7-day exp, verified by node:crypto", async () => {
    const before = nowSeconds();
    const token = await signPlaybackId(playbackId, options);
    const { header, payload, claimOrder } = verifyWithNode(token, key.publicKey);
    expect(header).toEqual({ alg: "RS256", typ: "JWT" });
    expect(payload).toEqual({ sub: playbackId, aud: "v", exp: expect.any(Number), kid: keyId });
    expect(claimOrder).toEqual(["sub", "aud", "exp", "kid"]);
    expect(payload.exp).toBeGreaterThanOrEqual(before + 7 * 86400);
    expect(payload.exp).toBeLessThanOrEqual(nowSeconds() + 7 * 86400);
  });

  it.each(AUDIENCES)("type %s has aud %s", async (type, aud) => {
    const token = await signPlaybackId(playbackId, { ...options, type });
    expect(verifyWithNode(token, key.publicKey).payload).toMatchObject({ sub: playbackId, aud, kid: keyId });
  });

  it.each([
    [60, 60],
    ["30s", 30],
    ["15m", 900],
    ["6h", 21600],
    ["7d", 604800],
    ["2w", 1209600],
    ["90 minutes", 5400],
  ] as const)("expiration %s sets exp %i seconds ahead", async (expiration, seconds) => {
    const before = nowSeconds();
    const token = await signPlaybackId(playbackId, { ...options, expiration });
    const { exp } = verifyWithNode(token, key.publicKey).payload as { exp: number };
    expect(exp).toBeGreaterThanOrEqual(before + seconds);
    expect(exp).toBeLessThanOrEqual(nowSeconds() + seconds);
  });

  it("adds params after the standard claims", async () => {
    const params = { time: 12.5, width: 640, playback_restriction_id: "restr-1", nested: { a: [1, "ü"] } };
    const token = await signPlaybackId(playbackId, { ...options, type: "thumbnail", params });
    const { payload, claimOrder } = verifyWithNode(token, key.publicKey);
    expect(payload).toMatchObject({ sub: playbackId, aud: "t", kid: keyId, ...params });
    expect(claimOrder).toEqual(["sub", "aud", "exp", "kid", "time", "width", "playback_restriction_id", "nested"]);
  });

  it("signs several tokens at once, keyed by Mux Player attribute, with per-type params merged over shared ones", async () => {
    const tokens = await signPlaybackId(playbackId, {
      ...options,
      expiration: "1h",
      params: { playback_restriction_id: "shared", width: 100 },
      type: ["video", ["thumbnail", { time: 3, width: 320 }], "gif", "storyboard", "stats", ["drm_license", {}]],
    });
    expect(Object.keys(tokens).sort()).toEqual(
      ["drm-token", "gif-token", "playback-token", "stats-token", "storyboard-token", "thumbnail-token"].sort(),
    );
    const decode = (name: keyof typeof tokens) => verifyWithNode(tokens[name]!, key.publicKey).payload;
    expect(decode("playback-token")).toMatchObject({ aud: "v", playback_restriction_id: "shared", width: 100 });
    expect(decode("thumbnail-token")).toMatchObject({ aud: "t", time: 3, width: 320, playback_restriction_id: "shared" });
    expect(decode("gif-token")).toMatchObject({ aud: "g", width: 100 });
    expect(decode("storyboard-token")).toMatchObject({ aud: "s" });
    expect(decode("stats-token")).toMatchObject({ aud: "playback_id" });
    expect(decode("drm-token")).toMatchObject({ aud: "d", sub: playbackId, kid: keyId });
    const exps = new Set(Object.values(tokens).map((t) => verifyWithNode(t!, key.publicKey).payload.exp));
    expect(exps.size).toBe(1);
  });

  it("returns an object with only the requested tokens", async () => {
    const tokens = await signPlaybackId(playbackId, { ...options, type: ["thumbnail"] });
    expect(Object.keys(tokens)).toEqual(["thumbnail-token"]);
  });

  describe("errors", () => {
    const rejectsWith = async (promise: Promise<unknown>, argument: string) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
      return error as InvalidArgumentError;
    };

    it.each(["sub", "aud", "exp", "kid"])("rejects params.%s instead of overwriting it", async (claim) => {
      const error = await rejectsWith(signPlaybackId(playbackId, { ...options, params: { [claim]: "x" } }), `params.${claim}`);
      expect(error.message).toContain(claim);
    });

    it.each(["", "   ", " abc", "abc ", "abc\n"])("rejects the playback id %j instead of signing it into sub", async (id) => {
      const error = await rejectsWith(signPlaybackId(id, options), "playbackId");
      expect(error.message).toMatch(/playbackId must/);
    });

    it("rejects a reserved claim in per-type params", async () => {
      await rejectsWith(
        signPlaybackId(playbackId, { ...options, type: [["thumbnail", { aud: "v" }]] }),
        "type[0][1].aud",
      );
    });

    it("rejects an unknown type, an empty or duplicated type list and a malformed pair", async () => {
      const e = await rejectsWith(signPlaybackId(playbackId, { ...options, type: "video_id" as PlaybackTokenType }), "type");
      expect(e.message).toContain("video, thumbnail, gif, storyboard, stats, drm_license");
      await rejectsWith(signPlaybackId(playbackId, { ...options, type: [] }), "type");
      await rejectsWith(signPlaybackId(playbackId, { ...options, type: ["gif", "gif"] }), "type");
      await rejectsWith(signPlaybackId(playbackId, { ...options, type: ["toString" as PlaybackTokenType] }), "type");
      await rejectsWith(signPlaybackId(playbackId, { ...options, type: [[] as unknown as ["gif", Record<string, never>]] }), "type");
    });

    it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, "", "7", "7 fortnights", "1e3d", "-1d", "d", true])(
      "rejects expiration %s",
      async (expiration) => {
        await rejectsWith(
          signPlaybackId(playbackId, { ...options, expiration: expiration as number }),
          "expiration",
        );
      },
    );

    it("rejects params that are not an object or not JSON", async () => {
      await rejectsWith(signPlaybackId(playbackId, { ...options, params: [1] as unknown as Record<string, unknown> }), "params");
      await rejectsWith(signPlaybackId(playbackId, { ...options, params: { big: 1n } }), "params");
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      await rejectsWith(signPlaybackId(playbackId, { ...options, params: circular }), "params");
    });

    it("rejects an empty playback id", async () => {
      await rejectsWith(signPlaybackId("  ", options), "playbackId");
      await rejectsWith(signPlaybackId(undefined as unknown as string, options), "playbackId");
    });

    it("never throws synchronously", () => {
      expect(() => signPlaybackId("", { keySecret: 5 as unknown as string }).catch(() => {})).not.toThrow();
    });

    it("rejects a bad key with InvalidKeyError", async () => {
      await expect(signPlaybackId(playbackId, { keyId, keySecret: "not a key" })).rejects.toBeInstanceOf(InvalidKeyError);
    });
  });
});
