import { MuxError } from "@mux/errors";
import { type JwtParams, signPlaybackId, signViewerCounts } from "@mux/jwt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rsaFixture, secretFragments, verifyWithNode } from "./test-support/keys.js";

const key = rsaFixture();
const fragments = secretFragments(key.pkcs1Pem, key.pkcs1Base64);
const RESERVED = new Set(["sub", "aud", "exp", "kid"]);

/** Outcome of a sign call: a token, or a MuxError whose text holds no key material. */
async function outcome(promise: Promise<unknown>): Promise<{ token?: string; error?: MuxError }> {
  try {
    return { token: (await promise) as string };
  } catch (error) {
    expect(error).toBeInstanceOf(MuxError);
    const shown = `${(error as Error).message} ${JSON.stringify(error)} ${String(error)}`;
    for (const fragment of fragments) expect(shown).not.toContain(fragment);
    return { error: error as MuxError };
  }
}

const expirations = fc.oneof(
  fc.integer({ min: -10, max: 10 ** 9 }),
  fc.double(),
  fc.string(),
  fc.tuple(fc.nat({ max: 5000 }), fc.constantFrom("s", "m", "h", "d", "w", "y", " days", "x", "")).map(([n, u]) => `${n}${u}`),
  fc.constant(undefined),
);

describe("property: any params / expiration / key text", () => {
  it("yields a token that node:crypto verifies, or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
        expirations,
        fc.constantFrom("video", "thumbnail", "gif", "storyboard", "stats", "drm_license", "nope"),
        async (params, expiration, type) => {
          const result = await outcome(
            signPlaybackId("pb", { keyId: "kid", keySecret: key.pkcs1Base64, params: params as JwtParams, expiration, type: type as "video" }),
          );
          if (result.token === undefined) return;
          const { payload, header } = verifyWithNode(result.token, key.publicKey);
          expect(header).toEqual({ alg: "RS256", typ: "JWT" });
          expect(payload.sub).toBe("pb");
          expect(payload.kid).toBe("kid");
          for (const [name, value] of Object.entries(params)) {
            expect(RESERVED.has(name)).toBe(false);
            if (value !== undefined) expect(payload[name]).toEqual(JSON.parse(JSON.stringify(value)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reserved params are always rejected", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("sub", "aud", "exp", "kid"), fc.jsonValue(), async (claim, value) => {
        const result = await outcome(signViewerCounts("v", { keyId: "kid", keySecret: key.pkcs1Pem, params: { [claim]: value } }));
        expect(result.error).toMatchObject({ argument: `params.${claim}` });
      }),
      { numRuns: 40 },
    );
  });

  it("mangled key text is rejected with a typed error, never another exception or a leak", async () => {
    const mangled = fc.oneof(
      fc.string(),
      fc.base64String(),
      fc.tuple(fc.nat({ max: key.pkcs1Base64.length }), fc.nat({ max: 400 })).map(([at, len]) =>
        key.pkcs1Base64.slice(0, at) + key.pkcs1Base64.slice(at + len),
      ),
      fc.tuple(fc.nat({ max: key.pkcs1Pem.length - 1 }), fc.string({ minLength: 1, maxLength: 1 })).map(
        ([at, ch]) => key.pkcs1Pem.slice(0, at) + ch + key.pkcs1Pem.slice(at + 1),
      ),
      fc.nat({ max: key.pkcs1Pem.length }).map((at) => key.pkcs1Pem.slice(0, at)),
    );
    await fc.assert(
      fc.asyncProperty(mangled, async (text) => {
        const result = await outcome(signPlaybackId("pb", { keyId: "kid", keySecret: text }));
        if (result.token !== undefined) verifyWithNode(result.token, key.publicKey);
      }),
      { numRuns: 150 },
    );
  });
});
