// Ids signed into `sub` must look like Mux ids; a path, a space or a whole URL is refused with a
// message that says what a playback ID looks like.
import { InvalidArgumentError } from "@mux/errors";
import { createJwtSigner, signDrmLicense, signPlaybackId, signViewerCounts } from "@mux/jwt";
import { describe, expect, it } from "vitest";
import { rsaFixture, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();
const options = { keyId: "kid-1", keySecret: key.pkcs1Base64 };

async function rejection(promise: Promise<unknown>): Promise<InvalidArgumentError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidArgumentError);
  return error as InvalidArgumentError;
}

describe("playback ids", () => {
  it.each([
    ["abc/def", 'contains "/"'],
    ["abc def", 'contains " "'],
    ["abc.m3u8", 'contains "."'],
    ["abc?token=x", 'contains "?"'],
  ])("rejects %j and says what a playback ID looks like", async (id, why) => {
    const error = await rejection(signPlaybackId(id, options));
    expect(error.argument).toBe("playbackId");
    expect(error.message).toContain("must be a Mux playback ID: letters and digits only");
    expect(error.message).toContain(why);
  });

  it("rejects a whole stream URL and points at the id inside it", async () => {
    const error = await rejection(signPlaybackId("https://stream.mux.com/abc.m3u8", options));
    expect(error.message).toBe('playbackId must be a Mux playback ID: letters and digits only, not a URL: pass only the ID ("abc").');
    const image = await rejection(signPlaybackId("https://image.mux.com/Xyz01/thumbnail.png?time=3", options));
    expect(image.message).toContain('pass only the ID ("Xyz01")');
  });

  it("applies to every signer that takes a playback or other Mux id", async () => {
    expect((await rejection(signDrmLicense("a/b", options))).argument).toBe("playbackId");
    expect((await rejection(signViewerCounts("live stream", { ...options, type: "live_stream" }))).argument).toBe("id");
    expect((await rejection(createJwtSigner(options).signPlaybackId("https://stream.mux.com/abc.m3u8"))).argument).toBe("playbackId");
  });

  it("still signs real-looking ids, with - and _ tolerated", async () => {
    for (const id of ["qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4", "demo-playback-id", "a_b"]) {
      const { payload } = verifyWithNode(await signPlaybackId(id, options), key.publicKey);
      expect(payload.sub).toBe(id);
    }
  });
});
