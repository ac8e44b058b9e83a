import { inspect } from "node:util";
import { createMuxClient, type Logger, type LogLevel } from "@mux/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, getKey, key } from "./test-support/ops.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

const TOKEN_ID = "redaction-token-id";
const SECRET = "redaction-secret-7c1e9b";
const BEARER = "redaction-bearer-55aa01";
const BASIC = btoa(`${TOKEN_ID}:${SECRET}`);
const FORBIDDEN = [SECRET, BEARER, BASIC];

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function collectingLogger(lines: string[]): Logger {
  const push = (message: string, ...args: unknown[]) => lines.push([message, ...args.map((a) => inspect(a))].join(" "));
  return { error: push, warn: push, info: push, debug: push };
}

function views(value: unknown): string[] {
  return [
    String(value),
    JSON.stringify(value) ?? "",
    inspect(value, { depth: Number.POSITIVE_INFINITY }),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
  ];
}

function expectClean(texts: string[]): void {
  for (const text of texts) for (const secret of FORBIDDEN) expect(text).not.toContain(secret);
}

describe("credentials never leak", () => {
  it("from the client object", () => {
    for (const options of [{ tokenId: TOKEN_ID, tokenSecret: SECRET }, { authorizationToken: BEARER }]) {
      const client = createMuxClient({ ...options, baseURL: server.url, logLevel: "debug", logger: collectingLogger([]) });
      expectClean(views(client));
      expectClean(views(client.api));
      expect(Object.keys(client).sort()).toEqual(["api", "baseURL", "maxRetries", "timeout"]);
    }
  });

  it("from errors of every kind and from debug logs", async () => {
    const lines: string[] = [];
    const basic = createMuxClient({
      tokenId: TOKEN_ID,
      tokenSecret: SECRET,
      baseURL: server.url,
      logLevel: "debug",
      logger: collectingLogger(lines),
      timeout: 50,
      maxRetries: 1,
    });
    const bearer = createMuxClient({ authorizationToken: BEARER, baseURL: server.url, logLevel: "debug", logger: collectingLogger(lines), maxRetries: 0 });
    const errors: unknown[] = [];
    const capture = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(e));

    server.handle((_req, res) =>
      json(res, 401, { error: { type: "unauthorized", messages: ["Bad credentials"] } }, { "x-request-id": "r1", "x-echo": "ok" }),
    );
    await capture(getKey(basic, "k"));
    await capture(getKey(bearer, "k"));
    server.handle((_req, res) => json(res, 429, { errors: ["slow down"] }, { "retry-after-ms": "1" }));
    await capture(createKey(basic));
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html></html>");
    });
    await capture(getKey(basic, "k"));
    server.handle((_req, res) => {
      setTimeout(() => json(res, 200, { data: key("k") }), 200);
    });
    await capture(createKey(basic));
    server.handle((_req, res) => res.socket?.destroy());
    await capture(createKey(bearer));
    await capture(getKey(basic, "k", { signal: AbortSignal.abort() }));

    expect(errors).toHaveLength(7);
    for (const error of errors) expectClean(views(error));
    expect(lines.some((l) => l.includes("GET") && l.includes("/system/v1/signing-keys/k") && l.includes("401"))).toBe(true);
    expect(lines.some((l) => l.includes("retrying POST"))).toBe(true);
    expectClean(lines);
  });
});

describe("logging", () => {
  it("at debug logs method, URL, status, duration and retries", async () => {
    const lines: string[] = [];
    let n = 0;
    server.handle((_req, res) => (n++ === 0 ? json(res, 503, {}, { "retry-after-ms": "1" }) : json(res, 200, { data: key("k") })));
    const client = createMuxClient({ authorizationToken: BEARER, baseURL: server.url, logLevel: "debug", logger: collectingLogger(lines) });
    await getKey(client, "k?x");
    expect(lines).toEqual([
      expect.stringMatching(/^\[mux\] GET http:\/\/127\.0\.0\.1:\d+\/system\/v1\/signing-keys\/k%3Fx -> 503 in \d+ ms$/),
      expect.stringMatching(/^\[mux\] retrying GET .* in 1 ms after status 503 \(attempt 2 of 3\)$/),
      expect.stringMatching(/^\[mux\] GET .* -> 200 in \d+ ms$/),
    ]);
  });

  it("logs nothing and formats nothing when off or at the default level", async () => {
    server.handle((_req, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const throwing: Logger = {
      error: () => {
        throw new Error("logged");
      },
      warn: () => {
        throw new Error("logged");
      },
      info: () => {
        throw new Error("logged");
      },
      debug: () => {
        throw new Error("logged");
      },
    };
    // The request URL is read only to build log lines: count reads made outside fetch itself.
    let urlReads = 0;
    let inFetch = false;
    class CountingRequest extends Request {
      override get url(): string {
        if (!inFetch) urlReads++;
        return super.url;
      }
    }
    const make = (logLevel: LogLevel | undefined, logger: Logger) => {
      const client = createMuxClient({
        authorizationToken: BEARER,
        baseURL: server.url,
        logLevel,
        logger,
        fetch: async (input, init) => {
          inFetch = true;
          try {
            return await fetch(input, init);
          } finally {
            inFetch = false;
          }
        },
      });
      client.api.use({ onRequest: ({ request }) => new CountingRequest(request) });
      return client;
    };
    for (const logLevel of ["off", "error", "warn", undefined] as const) {
      await expect(getKey(make(logLevel, throwing), "k")).rejects.toMatchObject({ status: 503 });
    }
    expect(urlReads).toBe(0);
    // Control: at debug the URL is read for the log lines.
    await expect(getKey(make("debug", collectingLogger([])), "k")).rejects.toMatchObject({ status: 503 });
    expect(urlReads).toBeGreaterThan(0);
  });

  it("MUX_LOG sets the level; a bad value warns and falls back", async () => {
    const lines: string[] = [];
    process.env.MUX_LOG = "debug";
    try {
      server.handle((_req, res) => json(res, 200, { data: key("k") }));
      await getKey(createMuxClient({ authorizationToken: BEARER, baseURL: server.url, logger: collectingLogger(lines) }), "k");
      expect(lines).toHaveLength(1);
      process.env.MUX_LOG = "chatty";
      createMuxClient({ authorizationToken: BEARER, baseURL: server.url, logger: collectingLogger(lines) });
      expect(lines[1]).toMatch(/MUX_LOG must be one of/);
    } finally {
      delete process.env.MUX_LOG;
    }
  });
});
