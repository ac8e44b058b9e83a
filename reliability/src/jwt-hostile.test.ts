/**
 * Hostile input for @mux/jwt: arbitrary params, expiration and key text. Each call resolves to
 * a token that verifies, or rejects with a typed @mux/errors error; never another exception,
 * never an unhandled rejection, never key material in a message.
 */
import { MuxError } from "@mux/errors";
import { signPlaybackId, verifyMuxToken } from "@mux/jwt";
import fc from "fast-check";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyFragments, makeKey, type TestKey } from "./support/keys.js";

let key: TestKey;
let other: TestKey;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  [key, other] = await Promise.all([makeKey(), makeKey()]);
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

function assertNoKeyMaterial(error: unknown, keys: TestKey[]): void {
  const text = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })}`;
  for (const k of keys) for (const fragment of keyFragments(k)) expect(text).not.toContain(fragment);
}

const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, 10n, Symbol("s"), () => 1, new Date(0), new Map()),
);
const params = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 5 }),
  fc.dictionary(fc.constantFrom("sub", "aud", "exp", "kid", "time", "width", "__proto__", "constructor", "playback_restriction_id"), anyValue, {
    maxKeys: 3,
  }),
  fc.constantFrom(undefined, null, "params", 1, [] as unknown[]),
);
const expiration = fc.oneof(
  fc.integer({ min: -10_000, max: 10_000_000 }),
  fc.double(),
  fc.constantFrom("7d", "6h", "15m", "30s", "2w", "1 year", "90 minutes", "3600", "", " ", "-1h", "0s", "1e400s", "abc", "7 d", "∞", undefined, null, 0, -1, 1e300),
  fc.string({ maxLength: 8 }),
);

describe("signPlaybackId with hostile params and expiration", () => {
  it("a verifiable token or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30 }), params, expiration, async (playbackId, p, exp) => {
        let token: unknown;
        let error: unknown;
        try {
          token = await signPlaybackId(playbackId, { keyId: "kid-1", keySecret: key.base64, params: p as never, expiration: exp as never });
        } catch (e) {
          error = e;
        }
        if (error !== undefined) {
          expect(error, String(error)).toBeInstanceOf(MuxError);
          assertNoKeyMaterial(error, [key]);
          return;
        }
        expect(typeof token).toBe("string");
        const claims = await verifyMuxToken(token as string, key.publicPem, { audience: "v" });
        // The id is signed as given (surrounding whitespace kept) or trimmed: either is a faithful token.
        expect([playbackId, playbackId.trim()]).toContain(claims.sub);
        expect(claims.kid).toBe("kid-1");
        expect(claims.exp).toBeGreaterThan(Math.floor(Date.now() / 1000) - 5);
      }),
      { numRuns: 150 },
    );
  });
});

describe("signPlaybackId with hostile key text", () => {
  const mangle = fc.oneof(
    fc.constant(() => ""),
    fc.constant(() => " "),
    fc.constant((k: TestKey) => k.base64.slice(0, 100)),
    fc.constant((k: TestKey) => k.pem.slice(0, 300)),
    fc.constant((k: TestKey) => k.pem.replace(/A/g, "B")),
    fc.constant((k: TestKey) => k.publicPem),
    fc.constant((k: TestKey) => Buffer.from(k.publicPem).toString("base64")),
    fc.constant((k: TestKey) => `${k.base64}!!`),
    fc.constant((k: TestKey) => k.pem.replace("PRIVATE KEY", "EC PRIVATE KEY")),
    fc.constant((k: TestKey) => k.pem.replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY")),
    fc.constant((k: TestKey) => k.base64.split("").reverse().join("")),
    fc.integer({ min: 1, max: 2_000 }).map((n) => (k: TestKey) => `${k.pem.slice(0, n)}\u0000${k.pem.slice(n + 1)}`),
    fc.string({ maxLength: 200 }).map((s) => () => s),
    fc.string({ unit: "binary", maxLength: 200 }).map((s) => () => `-----BEGIN PRIVATE KEY-----\n${s}\n-----END PRIVATE KEY-----`),
  );
  it("a typed error (or, for a harmless change, a verifiable token), never key material in a message", async () => {
    await fc.assert(
      fc.asyncProperty(mangle, async (f) => {
        const text = f(other);
        let token: unknown;
        let error: unknown;
        try {
          token = await signPlaybackId("playback-id", { keyId: "kid-2", keySecret: text });
        } catch (e) {
          error = e;
        }
        if (error !== undefined) {
          expect(error, String(error)).toBeInstanceOf(MuxError);
          assertNoKeyMaterial(error, [other]);
          return;
        }
        await expect(verifyMuxToken(token as string, other.publicPem)).resolves.toMatchObject({ sub: "playback-id" });
      }),
      { numRuns: 80 },
    );
  });

  it("non-string keys and ids are typed errors", async () => {
    for (const keySecret of [1, {}, [], true, Symbol("k")]) {
      await expect(signPlaybackId("p", { keyId: "k", keySecret: keySecret as never })).rejects.toBeInstanceOf(MuxError);
    }
    for (const id of ["", " ", 1, null, undefined, {}]) {
      await expect(signPlaybackId(id as never, { keyId: "k", keySecret: key.base64 })).rejects.toBeInstanceOf(MuxError);
    }
  });

  it("saw no unhandled rejection", async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });
});
