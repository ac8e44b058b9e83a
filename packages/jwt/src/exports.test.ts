import * as jwt from "@mux/jwt";
import { type JwtSigner, type Tokens, createJwtSigner, signPlaybackId } from "@mux/jwt";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("@mux/jwt exports", () => {
  it("exports exactly the documented runtime values", () => {
    expect(Object.keys(jwt).sort()).toEqual(
      ["Jwt", "createJwtSigner", "signDrmLicense", "signPlaybackId", "signViewerCounts", "verifyMuxToken"].sort(),
    );
    for (const value of Object.values(jwt)) expect(typeof value).toBe("function");
  });

  it("types one token as a string and several as the tokens asked for", () => {
    expectTypeOf<ReturnType<JwtSigner["signDrmLicense"]>>().toEqualTypeOf<Promise<string>>();
    const many = (signer: JwtSigner) => signer.signPlaybackId("pb", { type: ["video", ["thumbnail", { time: 1 }]] });
    expectTypeOf(many).returns.toEqualTypeOf<Promise<{ "playback-token": string; "thumbnail-token": string }>>();
    const one = () => signPlaybackId("pb", { type: "gif" });
    expectTypeOf(one).returns.toEqualTypeOf<Promise<string>>();
    const both = () => signPlaybackId("pb", { type: ["gif"] });
    expectTypeOf(both).returns.toEqualTypeOf<Promise<{ "gif-token": string }>>();
    expectTypeOf(both).returns.resolves.toExtend<Tokens>();
    expectTypeOf(createJwtSigner).returns.toEqualTypeOf<JwtSigner>();
  });
});
