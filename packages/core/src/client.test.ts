import { createMuxClient } from "@mux/core";
import { InvalidArgumentError, MissingCredentialsError } from "@mux/errors";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { basicAuthorization } from "./auth.js";
import { readEnv } from "./env.js";
import { getKey, key } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

const ENV = ["MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_AUTHORIZATION_TOKEN", "MUX_BASE_URL", "MUX_LOG"];
function clearEnv(): void {
  for (const name of ENV) vi.stubEnv(name, "");
}

describe("createMuxClient options", () => {
  it("has the documented defaults", () => {
    clearEnv();
    const client = createMuxClient(TOKEN);
    expect(client.baseURL).toBe("https://api.mux.com");
    expect(client.timeout).toBe(60_000);
    expect(client.maxRetries).toBe(2);
    expect(Object.isFrozen(client)).toBe(true);
    expect(JSON.parse(JSON.stringify(client))).toEqual({ baseURL: "https://api.mux.com", timeout: 60_000, maxRetries: 2 });
  });

  it("sends Basic auth from UTF-8 bytes, and Bearer for authorizationToken", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    await getKey(createMuxClient({ tokenId: "id", tokenSecret: "sécrèt🔑", baseURL: server.url }), "k");
    const basic = server.seen[0]?.headers.authorization ?? "";
    expect(basic).toBe(`Basic ${Buffer.from("id:sécrèt🔑", "utf8").toString("base64")}`);
    expect(basicAuthorization("id", "sécrèt🔑")).toBe(basic);

    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    await getKey(createMuxClient({ authorizationToken: "bearer-abc", baseURL: server.url }), "k");
    expect(server.seen[0]?.headers.authorization).toBe("Bearer bearer-abc");
  });

  it("sends default headers; a request's headers win", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, defaultHeaders: { "x-app": "demo", "x-both": "client" } });
    await getKey(client, "k", { headers: { "x-both": "request" } });
    expect(server.seen[0]?.headers["x-app"]).toBe("demo");
    expect(server.seen[0]?.headers["x-both"]).toBe("request");
  });

  it("a custom fetch is used", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    const seen: string[] = [];
    const client = createMuxClient({
      ...TOKEN,
      baseURL: server.url,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await getKey(client, "abc");
    expect(seen).toEqual([`${server.url}/system/v1/signing-keys/abc`]);
  });

  it("the raw openapi-fetch client carries auth too", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    const client = createMuxClient({ ...TOKEN, baseURL: server.url });
    const { data, response } = await client.api.GET("/system/v1/signing-keys/{SIGNING_KEY_ID}", {
      params: { path: { SIGNING_KEY_ID: "k" } },
    });
    expect(response.status).toBe(200);
    expect(data?.data.id).toBe("k");
    expect(server.seen[0]?.headers.authorization).toMatch(/^Basic /);
  });

  it("rejects malformed options", () => {
    expect(() => createMuxClient({ ...TOKEN, timeout: -1 })).toThrow(InvalidArgumentError);
    expect(() => createMuxClient({ ...TOKEN, maxRetries: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => createMuxClient({ ...TOKEN, baseURL: "not a url" })).toThrow(InvalidArgumentError);
    expect(() => createMuxClient({ ...TOKEN, baseURL: "ftp://x" })).toThrow(InvalidArgumentError);
    expect(() => createMuxClient({ ...TOKEN, logLevel: "loud" as never })).toThrow(InvalidArgumentError);
    for (const options of [null, "secret-looking-string", 5]) {
      expect(() => createMuxClient(options as never)).toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "options" }));
    }
  });
});

describe("environment fallbacks", () => {
  it("reads MUX_TOKEN_ID / MUX_TOKEN_SECRET / MUX_BASE_URL", async () => {
    clearEnv();
    vi.stubEnv("MUX_TOKEN_ID", "env-id");
    vi.stubEnv("MUX_TOKEN_SECRET", "env-secret");
    vi.stubEnv("MUX_BASE_URL", server.url);
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    const client = createMuxClient();
    expect(client.baseURL).toBe(server.url);
    await getKey(client, "k");
    expect(server.seen[0]?.headers.authorization).toBe(`Basic ${btoa("env-id:env-secret")}`);
  });

  it("reads MUX_AUTHORIZATION_TOKEN", async () => {
    clearEnv();
    vi.stubEnv("MUX_AUTHORIZATION_TOKEN", "env-bearer");
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    await getKey(createMuxClient({ baseURL: server.url }), "k");
    expect(server.seen[0]?.headers.authorization).toBe("Bearer env-bearer");
  });

  it("options win over the environment", async () => {
    clearEnv();
    vi.stubEnv("MUX_AUTHORIZATION_TOKEN", "env-bearer");
    vi.stubEnv("MUX_TOKEN_ID", "env-id");
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    await getKey(createMuxClient({ tokenId: "opt-id", tokenSecret: "opt-secret", baseURL: server.url }), "k");
    expect(server.seen[0]?.headers.authorization).toBe(`Basic ${btoa("opt-id:opt-secret")}`);
  });

  it("an empty variable counts as unset", () => {
    clearEnv();
    vi.stubEnv("MUX_TOKEN_ID", "");
    vi.stubEnv("MUX_TOKEN_SECRET", "   ");
    expect(readEnv("MUX_TOKEN_ID")).toBeUndefined();
    expect(() => createMuxClient()).toThrow(MissingCredentialsError);
    vi.stubEnv("MUX_BASE_URL", "");
    expect(createMuxClient(TOKEN).baseURL).toBe("https://api.mux.com");
  });

  it("missing credentials fail before any request and name options and variables", () => {
    clearEnv();
    let calls = 0;
    const fetchSpy: typeof fetch = () => {
      calls++;
      return Promise.reject(new Error("should not be called"));
    };
    const err = (() => {
      try {
        createMuxClient({ fetch: fetchSpy });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(MissingCredentialsError);
    const message = (err as Error).message;
    for (const word of ["tokenId", "tokenSecret", "authorizationToken", "MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_AUTHORIZATION_TOKEN"]) {
      expect(message).toContain(word);
    }
    expect(calls).toBe(0);
    expect(() => createMuxClient({ tokenId: "only-id" })).toThrow(/MUX_TOKEN_SECRET/);
    expect(() => createMuxClient({ tokenSecret: "only-secret" })).toThrow(/MUX_TOKEN_ID/);
    vi.stubEnv("MUX_TOKEN_ID", "env-id");
    vi.stubEnv("MUX_TOKEN_SECRET", "env-secret");
    expect(() => createMuxClient({ tokenId: null, tokenSecret: null })).toThrow(MissingCredentialsError);
  });

  it("works where `process` does not exist", async () => {
    vi.stubGlobal("process", undefined);
    expect(readEnv("MUX_TOKEN_ID")).toBeUndefined();
    expect(() => createMuxClient()).toThrow(MissingCredentialsError);
    const client = createMuxClient({ ...TOKEN, baseURL: server.url });
    vi.unstubAllGlobals();
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    await expect(getKey(client, "k")).resolves.toEqual(key("k"));
  });
});
