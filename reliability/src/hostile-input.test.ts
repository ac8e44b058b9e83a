/**
 * Hostile input, property-based: ids, page/limit and environment values. Each input either
 * fails with a typed error before anything is sent, or produces a request to exactly the
 * intended path segment / query (checked on the wire).
 */
import { createMuxClient, type MuxClient } from "@mux/core";
import { InvalidArgumentError, MissingCredentialsError } from "@mux/errors";
import { startMockMuxServer } from "@mux/testing/node";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteKey, listKeys, retrieveKey, whoami } from "./support/ops.js";
import { type RawServer, startRawServer } from "./support/raw-server.js";

let raw: RawServer;
beforeAll(async () => {
  raw = await startRawServer((req, res) => {
    if (req.method === "DELETE") {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ data: req.url?.includes("?") || req.url === "/system/v1/signing-keys" ? [] : { id: "x", created_at: "1" } }));
  });
});
afterAll(() => raw.close());

const client = (): MuxClient => createMuxClient({ tokenId: "id", tokenSecret: "secret", baseURL: raw.url, maxRetries: 0, logLevel: "off" });
const PREFIX = "/system/v1/signing-keys/";

/** Ids with the characters that break paths, mixed with any Unicode. */
const hostileId = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", ".", "..", "/", "../", "../whoami", "..%2fwhoami", "%2e%2e", "%", "%zz", "?", "#", "a?b=c", "a#b", " ", "\t", "\n", "a/b", "\\..\\", "%00", "\u0000", "\uD800", "\uDC00x", "ß", "🔑", "...", ". ", " ."),
  fc.array(fc.constantFrom("/", ".", "..", "%", "?", "#", " ", "a", "é", "\u0000", "\\", "%2F"), { maxLength: 12 }).map((parts) => parts.join("")),
  fc.string({ minLength: 2_000, maxLength: 5_000 }),
);

describe("hostile ids", () => {
  for (const [name, call] of [
    ["retrieve", (c: MuxClient, id: string) => retrieveKey(c, id)],
    ["delete", (c: MuxClient, id: string) => deleteKey(c, id)],
  ] as const) {
    it(`${name}: a typed error before sending, or a request to exactly the intended segment`, async () => {
      const c = client();
      await fc.assert(
        fc.asyncProperty(hostileId, async (id) => {
          const before = raw.seen.length;
          let error: unknown;
          try {
            await call(c, id);
          } catch (e) {
            error = e;
          }
          const sent = raw.seen.slice(before);
          if (error !== undefined) {
            expect(error).toBeInstanceOf(InvalidArgumentError);
            expect((error as InvalidArgumentError).argument).toBe("signingKeyId");
            expect(sent).toHaveLength(0);
            return;
          }
          expect(sent).toHaveLength(1);
          const target = sent[0]!.url;
          expect(target.startsWith(PREFIX)).toBe(true);
          const segment = target.slice(PREFIX.length);
          expect(segment).not.toMatch(/[/?#]/);
          expect(segment).not.toBe(".");
          expect(segment).not.toBe("..");
          expect(decodeURIComponent(segment)).toBe(id);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("non-string ids are typed errors too", async () => {
    for (const id of [undefined, null, 1, {}, [], Symbol("x")]) {
      await expect(retrieveKey(client(), id as unknown as string)).rejects.toBeInstanceOf(InvalidArgumentError);
    }
  });
});

describe("hostile page / limit", () => {
  const value = fc.oneof(
    fc.integer({ min: -1_000, max: 1_000 }),
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 0.5, 1.5, 2 ** 53, 2 ** 53 - 1, 1e21, -1),
    fc.string({ maxLength: 5 }),
    fc.constantFrom(null, true, false, "1", "10", [], {}, 10n),
  );
  it("a valid request with exactly that page/limit, or InvalidArgumentError before sending", async () => {
    const c = client();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("page", "limit"), value, async (key, v) => {
        const before = raw.seen.length;
        let error: unknown;
        try {
          await listKeys(c, { [key]: v } as never);
        } catch (e) {
          error = e;
        }
        const sent = raw.seen.slice(before);
        const valid = typeof v === "number" && Number.isSafeInteger(v) && v >= 1;
        if (!valid) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
          expect((error as InvalidArgumentError).argument).toBe(key);
          expect(sent).toHaveLength(0);
          return;
        }
        expect(error).toBeUndefined();
        expect(sent).toHaveLength(1);
        const url = new URL(sent[0]!.url, raw.url);
        expect(url.pathname).toBe("/system/v1/signing-keys");
        expect([...url.searchParams.keys()]).toEqual([key]);
        expect(url.searchParams.get(key)).toBe(String(v));
      }),
      { numRuns: 200 },
    );
  });
});

describe("environment values with stray whitespace or empty strings", () => {
  const NAMES = ["MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_AUTHORIZATION_TOKEN", "MUX_BASE_URL", "MUX_LOG"] as const;
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const n of NAMES) saved[n] = process.env[n];
  });
  afterAll(() => {
    for (const n of NAMES) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  });
  const setEnv = (values: Partial<Record<(typeof NAMES)[number], string>>) => {
    for (const n of NAMES) delete process.env[n];
    Object.assign(process.env, values);
  };

  it("whitespace around every value is ignored: the call authenticates against the mock", async () => {
    const server = await startMockMuxServer();
    try {
      const ws = fc.constantFrom("", " ", "\t", "\n", "\r\n", "  \t ");
      await fc.assert(
        fc.asyncProperty(fc.tuple(ws, ws, ws, ws, ws, ws, ws, ws), async ([a, b, c, d, e, f, g, h]) => {
          setEnv({
            MUX_TOKEN_ID: `${a}${server.tokenId}${b}`,
            MUX_TOKEN_SECRET: `${c}${server.tokenSecret}${d}`,
            MUX_BASE_URL: `${e}${server.url}${f}`,
            MUX_LOG: `${g}off${h}`,
          });
          const me = await whoami(createMuxClient({ maxRetries: 0 }));
          expect(me).toHaveProperty("permissions");
        }),
        { numRuns: 25 },
      );
      // The same values given as options are trimmed too.
      const me = await whoami(
        createMuxClient({ tokenId: ` ${server.tokenId}\n`, tokenSecret: `\t${server.tokenSecret} `, baseURL: server.url, maxRetries: 0, logLevel: "off" }),
      );
      expect(me).toHaveProperty("permissions");
    } finally {
      await server.close();
    }
  });

  it.each(["", " ", "\n", "\t \r\n"])("an empty or blank credential (%j) counts as unset: MissingCredentialsError", (blank) => {
    setEnv({ MUX_TOKEN_ID: blank, MUX_TOKEN_SECRET: blank, MUX_AUTHORIZATION_TOKEN: blank });
    expect(() => createMuxClient()).toThrow(MissingCredentialsError);
    setEnv({ MUX_TOKEN_ID: "id", MUX_TOKEN_SECRET: blank });
    expect(() => createMuxClient()).toThrow(MissingCredentialsError);
    setEnv({ MUX_TOKEN_ID: blank, MUX_TOKEN_SECRET: "secret" });
    expect(() => createMuxClient()).toThrow(MissingCredentialsError);
  });

  it("a blank MUX_BASE_URL falls back to the default; a garbage one is a typed error", () => {
    setEnv({ MUX_TOKEN_ID: "id", MUX_TOKEN_SECRET: "s", MUX_BASE_URL: "  " });
    expect(createMuxClient().baseURL).toBe("https://api.mux.com");
    setEnv({ MUX_TOKEN_ID: "id", MUX_TOKEN_SECRET: "s", MUX_BASE_URL: "not a url" });
    expect(() => createMuxClient()).toThrow(InvalidArgumentError);
    setEnv({ MUX_TOKEN_ID: "id", MUX_TOKEN_SECRET: "s", MUX_BASE_URL: "file:///etc/passwd" });
    expect(() => createMuxClient()).toThrow(InvalidArgumentError);
  });
});
