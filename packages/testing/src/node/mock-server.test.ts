import { createConnection } from "node:net";
import { inspect } from "node:util";
import { DEFAULT_TOKEN } from "@mux/testing";
import { type MockMuxServer, startMockMuxServer } from "@mux/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basic } from "../test-support/http.js";

let server: MockMuxServer;
beforeAll(async () => {
  server = await startMockMuxServer();
});
afterAll(() => server.close());

describe("startMockMuxServer", () => {
  it("listens on 127.0.0.1 and answers like Mux over a real socket", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.mock.baseURL).toBe(server.url);
    expect({ tokenId: server.tokenId, tokenSecret: server.tokenSecret }).toEqual(DEFAULT_TOKEN);
    const authorization = basic(server.tokenId, server.tokenSecret);

    const created = await fetch(`${server.url}/system/v1/signing-keys`, { method: "POST", headers: { authorization } });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; private_key: string } };
    expect(data.private_key).toBeTypeOf("string");
    expect(server.mock.signingKeys.get(data.id)).toBeDefined();

    const list = await fetch(`${server.url}/system/v1/signing-keys?limit=1`, { headers: { authorization } });
    expect(await list.json()).toEqual({ data: [{ id: data.id, created_at: expect.any(String) }] });

    const deleted = await fetch(`${server.url}/system/v1/signing-keys/${encodeURIComponent(data.id)}`, {
      method: "DELETE",
      headers: { authorization },
    });
    expect(deleted.status).toBe(204);

    expect((await fetch(`${server.url}/system/v1/whoami`)).status).toBe(401);
    const unknown = await fetch(`${server.url}/video/v1/no-such-resource`, { headers: { authorization } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { type: "not_found", messages: [expect.any(String)] } });
  });

  it("applies faults, destroying the socket for network errors", async () => {
    const authorization = basic(server.tokenId, server.tokenSecret);
    server.mock.faults.add({ operation: "get-whoami", status: 429, headers: { "retry-after": "1" } });
    const limited = await fetch(`${server.url}/system/v1/whoami`, { headers: { authorization } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");

    server.mock.faults.add({ operation: "get-whoami", networkError: true });
    await expect(fetch(`${server.url}/system/v1/whoami`, { headers: { authorization } })).rejects.toThrow(TypeError);
    expect((await fetch(`${server.url}/system/v1/whoami`, { headers: { authorization } })).status).toBe(200);
  });

  it("matches percent-encoded ids whatever the Host header says", async () => {
    await server.mock.signingKeys.seed([{ id: "key/with space" }]);
    const port = new URL(server.url).port;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = createConnection({ host: "127.0.0.1", port: Number(port) }, () => {
        socket.end(
          `GET /system/v1/signing-keys/key%2Fwith%20space HTTP/1.1\r\nHost: localhost:${port}\r\n` +
            `Authorization: ${basic()}\r\nConnection: close\r\n\r\n`,
        );
      });
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    expect(raw).toContain('"id":"key/with space"');
  });

  it("keeps the secret out of inspection and accepts its own tokens", async () => {
    expect(JSON.stringify(server)).not.toContain(DEFAULT_TOKEN.tokenSecret);
    expect(inspect(server, { depth: 0 })).not.toContain(DEFAULT_TOKEN.tokenSecret);
    const custom = await startMockMuxServer({
      tokens: [{ authorizationToken: "bearer-only" }, { tokenId: "id-2", tokenSecret: "secret-2", permissions: [] }],
      identity: { environment_name: "CI" },
    });
    try {
      expect([custom.tokenId, custom.tokenSecret]).toEqual(["id-2", "secret-2"]);
      const me = await fetch(`${custom.url}/system/v1/whoami`, { headers: { authorization: "Bearer bearer-only" } });
      expect(await me.json()).toMatchObject({ data: { environment_name: "CI" } });
      const denied = await fetch(`${custom.url}/system/v1/signing-keys`, {
        headers: { authorization: basic("id-2", "secret-2") },
      });
      expect(denied.status).toBe(403);
    } finally {
      await custom.close();
    }
    await expect(fetch(`${custom.url}/system/v1/whoami`)).rejects.toThrow();
  });
});
