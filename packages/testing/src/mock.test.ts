import { createPrivateKey, createPublicKey, sign } from "node:crypto";
import { createMuxHandlers, createMuxMock, DEFAULT_BASE_URL, DEFAULT_TOKEN, ALL_PERMISSIONS } from "@mux/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMuxMock as createSourceMock } from "./create-mux-mock.js";
import { sharedKeyPool } from "./key-pool.js";
import { operationIds } from "./operation.js";
import { AUTH, basic, call } from "./test-support/http.js";

const BASE = "https://api.mux.com";
const KEYS = `${BASE}/system/v1/signing-keys`;
const mock = createMuxMock({
  tokens: [
    DEFAULT_TOKEN,
    { tokenId: "reader", tokenSecret: "reader-secret", permissions: ["system:read"] },
    { tokenId: "video-only", tokenSecret: "video-secret", permissions: ["video:read"], name: "video token" },
    { authorizationToken: "bearer-token-value", permissions: ["system:read", "system:write"] },
  ],
  identity: { environment_name: "Staging", organization_name: "Acme", permissions: ["ignored"] },
});
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const ERROR_BODY = { error: { type: expect.any(String), messages: [expect.any(String)] } };

describe("credentials", () => {
  it("answers 401 with Mux's body without credentials, with a wrong secret and with an unknown bearer token", async () => {
    for (const authorization of [undefined, basic(DEFAULT_TOKEN.tokenId, "wrong"), "Bearer nope", "Basic !!!", "Token x"]) {
      const response = await fetch(`${BASE}/system/v1/whoami`, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { type: "unauthorized", messages: ["Unauthorized request"] } });
    }
  });

  it("accepts Basic and Bearer credentials", async () => {
    expect((await call(`${BASE}/system/v1/whoami`)).status).toBe(200);
    const bearer = await call(`${BASE}/system/v1/whoami`, { headers: { authorization: "Bearer bearer-token-value" } });
    expect(bearer.status).toBe(200);
    expect(bearer.body).toMatchObject({ data: { permissions: ["system:read", "system:write"] } });
  });

  it("answers 403 when the token lacks the operation's permission", async () => {
    const reader = { authorization: basic("reader", "reader-secret") };
    expect((await call(KEYS, { headers: reader })).status).toBe(200);
    const create = await call(KEYS, { method: "POST", headers: reader });
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({ error: { type: "forbidden", messages: [expect.stringContaining("system:write")] } });
    const video = { authorization: basic("video-only", "video-secret") };
    const list = await call(KEYS, { headers: video });
    expect(list.status).toBe(403);
    expect(list.body).toEqual(ERROR_BODY);
    expect(mock.signingKeys.size).toBe(0);
  });
});

describe("whoami", () => {
  it("answers from the configured identity with the calling token's permissions", async () => {
    const me = await call(`${BASE}/system/v1/whoami`, { headers: { authorization: basic("video-only", "video-secret") } });
    expect(me.body).toEqual({
      data: {
        access_token_name: "video token",
        environment_id: expect.any(String),
        environment_name: "Staging",
        environment_type: "development",
        organization_id: expect.any(String),
        organization_name: "Acme",
        permissions: ["video:read"],
      },
    });
    const full = await call(`${BASE}/system/v1/whoami`);
    expect(full.body).toMatchObject({ data: { permissions: [...ALL_PERMISSIONS] } });
  });
});

describe("signing keys", () => {
  it("creates a key with a real RSA-2048 PKCS#1 private key that only create returns", async () => {
    const before = Math.floor(Date.now() / 1000);
    const created = await call(KEYS, { method: "POST" });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toContain("application/json");
    expect(created.headers.get("x-request-id")).toMatch(/^\w+$/);
    const data = (created.body as { data: { id: string; created_at: string; private_key: string } }).data;
    expect(data.created_at).toMatch(/^\d+$/);
    expect(Number(data.created_at)).toBeGreaterThanOrEqual(before);
    expect(Number(data.created_at)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));

    const pem = Buffer.from(data.private_key, "base64").toString("utf8");
    expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END RSA PRIVATE KEY-----\n$/);
    const privateKey = createPrivateKey(pem);
    expect(privateKey.asymmetricKeyType).toBe("rsa");
    expect(privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);

    const got = await call(`${KEYS}/${data.id}`);
    expect(got.body).toEqual({ data: { id: data.id, created_at: data.created_at } });
    const list = await call(KEYS);
    expect(list.body).toEqual({ data: [{ id: data.id, created_at: data.created_at }] });
    expect(mock.signingKeys.get(data.id)).toEqual({ id: data.id, created_at: data.created_at });
    expect(JSON.stringify(mock.signingKeys.list())).not.toContain(data.private_key);

    // A token signed with the created key verifies against the store's public half.
    const payload = new TextEncoder().encode("header.payload");
    const signature = sign("sha256", payload, privateKey);
    const publicKey = await mock.publicKeyFor(data.id);
    expect(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", publicKey, signature, payload)).toBe(true);
    const spkiPem = await mock.publicKeyPemFor(data.id);
    expect(spkiPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(createPublicKey(spkiPem).export({ format: "jwk" })).toEqual(createPublicKey(privateKey).export({ format: "jwk" }));
    expect(await mock.privateKeyFor(data.id)).toBe(data.private_key);
  });

  it("lists newest first, 25 a page by default, keeping creation order within one second", async () => {
    const seeded = await mock.signingKeys.seed(30);
    const created = await call(KEYS, { method: "POST" });
    const newest = (created.body as { data: { id: string } }).data.id;
    const first = (await call(KEYS)).body as { data: { id: string }[] };
    expect(first.data).toHaveLength(25);
    expect(first.data[0]!.id).toBe(newest);
    expect(first.data[1]!.id).toBe(seeded[29]!.id);
    const second = (await call(`${KEYS}?page=2`)).body as { data: { id: string }[] };
    expect(second.data.map((k) => k.id)).toEqual(
      seeded
        .slice(0, 6)
        .reverse()
        .map((k) => k.id),
    );
    const third = (await call(`${KEYS}?page=3`)).body as { data: unknown[] };
    expect(third.data).toEqual([]);
    const small = (await call(`${KEYS}?page=4&limit=5`)).body as { data: { id: string }[] };
    expect(small.data.map((k) => k.id)).toEqual(mock.signingKeys.list().slice(15, 20).map((k) => k.id));
  });

  it("orders seeded keys by created_at", async () => {
    await mock.signingKeys.seed([
      { id: "old", created_at: "1000" },
      { id: "new", created_at: 3000 },
      { id: "middle", created_at: "2000" },
    ]);
    const list = (await call(KEYS)).body as { data: { id: string; created_at: string }[] };
    expect(list.data).toEqual([
      { id: "new", created_at: "3000" },
      { id: "middle", created_at: "2000" },
      { id: "old", created_at: "1000" },
    ]);
    await expect(mock.signingKeys.seed([{ id: "old" }])).rejects.toThrow(TypeError);
  });

  it.each([
    ["page=0"],
    ["page=-1"],
    ["page=1.5"],
    ["page=abc"],
    ["page="],
    ["limit=0"],
    ["limit=101"],
    ["limit=ten"],
  ])("answers 400 invalid_parameters for %s", async (query) => {
    const response = await call(`${KEYS}?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { type: "invalid_parameters", messages: [expect.stringMatching(/^(page|limit) must be/)] },
    });
  });

  it("accepts limit=100", async () => {
    expect((await call(`${KEYS}?limit=100`)).status).toBe(200);
  });

  it("answers 404 not_found for unknown ids on get and delete", async () => {
    for (const method of ["GET", "DELETE"]) {
      const response = await call(`${KEYS}/missing`, { method });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ error: { type: "not_found", messages: [expect.any(String)] } });
    }
  });

  it("decodes percent-encoded ids", async () => {
    const [key] = await mock.signingKeys.seed([{ id: "a/b c%?#é" }]);
    const response = await call(`${KEYS}/${encodeURIComponent(key!.id)}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { id: "a/b c%?#é", created_at: key!.created_at } });
    expect(mock.requests.at(-1)?.params).toEqual({ SIGNING_KEY_ID: "a/b c%?#é" });
    expect((await call(`${KEYS}/a%2Fb%20c`)).status).toBe(404);
    expect((await call(`${KEYS}/%E0%A4%A`)).status).toBe(404);
  });

  it("deletes a key: 204 with no body, then 404", async () => {
    const [key] = await mock.signingKeys.seed(1);
    const response = await fetch(`${KEYS}/${key!.id}`, { method: "DELETE", headers: AUTH });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(mock.signingKeys.size).toBe(0);
    expect((await call(`${KEYS}/${key!.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("gives seeded keys usable key pairs on demand", async () => {
    const [key] = await mock.signingKeys.seed(1);
    const pem = Buffer.from(await mock.privateKeyFor(key!.id), "base64").toString("utf8");
    const payload = new TextEncoder().encode("seeded");
    const signature = sign("sha256", payload, createPrivateKey(pem));
    expect(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", await mock.publicKeyFor(key!.id), signature, payload)).toBe(true);
    await expect(mock.publicKeyFor("missing")).rejects.toThrow(/No signing key/);
  });

  it("creates keys without paying for RSA generation each time once the pool is warm", async () => {
    // Built from source so the test can watch the very pool the handlers draw from.
    const local = createSourceMock({ baseURL: "http://pool.test" });
    server.use(...local.handlers);
    const KEYS = "http://pool.test/system/v1/signing-keys";
    await call(KEYS, { method: "POST" });
    // RSA generation takes 50-500 ms depending on the machine: wait for the background refill.
    await vi.waitFor(() => expect(sharedKeyPool.readySize).toBeGreaterThanOrEqual(3), { timeout: 30_000, interval: 50 });
    const started = performance.now();
    const results = await Promise.all([1, 2, 3].map(() => call(KEYS, { method: "POST" })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(performance.now() - started).toBeLessThan(250);
    expect(new Set(results.map((r) => (r.body as { data: { private_key: string } }).data.private_key)).size).toBe(3);
  });
});

describe("store and handlers", () => {
  it("resets the store, faults and log", async () => {
    await mock.signingKeys.seed(2);
    mock.faults.add({ operation: "get-whoami", status: 500 });
    await call(KEYS);
    const log = mock.requests;
    mock.reset();
    expect(mock.signingKeys.size).toBe(0);
    expect(log).toHaveLength(0);
    expect((await call(`${BASE}/system/v1/whoami`)).status).toBe(200);
  });

  it("createMuxHandlers gives one handler per operation, on a configurable base URL", async () => {
    expect(DEFAULT_BASE_URL).toBe(BASE);
    const handlers = createMuxHandlers({ baseURL: "http://mux.test/prefix/" });
    expect(handlers).toHaveLength(operationIds.length + 2); // and the upload URL: PUT and its CORS preflight
    expect(operationIds.length).toBeGreaterThanOrEqual(171);
    server.use(...handlers);
    const response = await call("http://mux.test/prefix/system/v1/whoami");
    expect(response.status).toBe(200);
  });
});
