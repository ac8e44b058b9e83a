// The README's snippets, type-checked with exactOptionalPropertyTypes on (tsconfig.exact.json),
// plus the result types of signing several tokens at once.
import { TokenVerificationError } from "@mux/errors";
import {
  createJwtSigner,
  Jwt,
  type JwtSigner,
  signDrmLicense,
  signPlaybackId,
  signViewerCounts,
  type PlaybackTokenType,
  type Tokens,
  type TokenTypeEntry,
  verifyMuxToken,
} from "@mux/jwt";
import { expectTypeOf, test } from "vitest";

declare const playbackId: string;
declare const restrictionId: string;
declare const keyId: string;
declare const keySecret: string;
declare const token: string;
declare const publicKeyPem: string;
declare const liveStreamId: string;

test("sign a playback token, with options straight from process.env", async () => {
  const single = await signPlaybackId(playbackId, {
    keyId: process.env.MUX_SIGNING_KEY,
    keySecret: process.env.MUX_PRIVATE_KEY,
    expiration: "6h",
  });
  expectTypeOf(single).toEqualTypeOf<string>();
  await signPlaybackId(playbackId, { keyId: undefined, keySecret: undefined, type: undefined, expiration: undefined, params: undefined });
  await signViewerCounts(liveStreamId, { type: "live_stream", keyId: process.env.MUX_SIGNING_KEY });
  await signDrmLicense(playbackId, { keySecret: process.env.MUX_PRIVATE_KEY });
  createJwtSigner({ keyId: process.env.MUX_SIGNING_KEY, keySecret: process.env.MUX_PRIVATE_KEY });
  new Jwt({ keyId: process.env.MUX_SIGNING_KEY, keySecret: undefined });
});

test("several tokens: exactly the attributes asked for", async () => {
  const tokens = await signPlaybackId(playbackId, {
    params: { playback_restriction_id: restrictionId },
    type: ["video", ["thumbnail", { time: 10, width: 640 }], "storyboard"],
  });
  expectTypeOf(tokens).toEqualTypeOf<{ "playback-token": string; "thumbnail-token": string; "storyboard-token": string }>();
  expectTypeOf(tokens["playback-token"]).toEqualTypeOf<string>();
  // @ts-expect-error gif was not asked for
  tokens["gif-token"];

  const signer: JwtSigner = createJwtSigner({ keyId, keySecret });
  expectTypeOf(await signer.signPlaybackId(playbackId, { type: ["drm_license"] })).toEqualTypeOf<{ "drm-token": string }>();
  expectTypeOf(await new Jwt().signPlaybackId(playbackId, { type: ["gif", "stats"] })).toEqualTypeOf<{
    "gif-token": string;
    "stats-token": string;
  }>();
});

test("a list only known at run time gives optional attributes", async () => {
  const wanted: PlaybackTokenType[] = ["video", "thumbnail"];
  const tokens = await signPlaybackId(playbackId, { type: wanted });
  expectTypeOf(tokens).toExtend<Tokens>();
  expectTypeOf(tokens["playback-token"]).toEqualTypeOf<string | undefined>();
  const entries: TokenTypeEntry<"gif" | "video">[] = ["gif"];
  expectTypeOf(await signPlaybackId(playbackId, { type: entries })).toEqualTypeOf<{ "gif-token"?: string; "playback-token"?: string }>();
});

test("check a token", async () => {
  try {
    const claims = await verifyMuxToken(token, publicKeyPem, { audience: "v", subject: undefined, keyId: process.env.MUX_SIGNING_KEY });
    expectTypeOf(claims.sub).toEqualTypeOf<string>();
  } catch (error) {
    if (error instanceof TokenVerificationError && error.reason === "expired") {
      expectTypeOf(error.reason).toEqualTypeOf<"expired">();
    }
  }
});
