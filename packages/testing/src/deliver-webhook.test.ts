import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { deliverWebhook } from "@mux/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SECRET = "deliver-test-secret";
const EVENT = { type: "video.asset.ready", id: "evt-1", created_at: "2026-01-01T00:00:00Z", data: { id: "a1", note: "✓" } };

/** Checks a request the way a receiver would, with node:crypto. */
function genuine(body: Buffer | Uint8Array, signature: string | null | undefined, secret = SECRET): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature ?? "");
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.`).update(body).digest("hex");
  return expected === match[2] && Math.abs(Number(match[1]) - Date.now() / 1000) < 300;
}

let url: string;
const received: Array<{ method?: string; headers: IncomingHttpHeaders; body: Buffer }> = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    received.push({ method: req.method, headers: req.headers, body });
    const ok = genuine(body, req.headers["mux-signature"] as string | undefined);
    res.writeHead(ok ? 200 : 400).end(ok ? "ok" : "bad signature");
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("deliverWebhook", () => {
  it("POSTs a signed JSON event to a URL", async () => {
    const response = await deliverWebhook(url, EVENT, { secret: SECRET });
    expect(response.status).toBe(200);
    const request = received.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body.toString())).toEqual(EVENT);
  });

  it("sends a string or bytes body exactly as given", async () => {
    const text = '{ "type" : "x" }\n';
    expect((await deliverWebhook(new URL(url), text, { secret: SECRET })).status).toBe(200);
    expect(received.at(-1)!.body.toString()).toBe(text);
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    expect((await deliverWebhook(url, bytes, { secret: SECRET })).status).toBe(200);
    expect([...received.at(-1)!.body]).toEqual([...bytes]);
  });

  it("lets a test send a stale, foreign or replaced signature", async () => {
    expect((await deliverWebhook(url, EVENT, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    expect((await deliverWebhook(url, EVENT, { secret: "someone-else" })).status).toBe(400);
    expect((await deliverWebhook(url, EVENT, { secret: SECRET, headers: { "mux-signature": "t=1,v1=00" } })).status).toBe(400);
    expect(received.at(-1)!.headers["mux-signature"]).toBe("t=1,v1=00");
  });

  it("calls a fetch-style handler directly with a Request", async () => {
    const seen: Request[] = [];
    const handler = async (request: Request) => {
      seen.push(request);
      const body = new Uint8Array(await request.arrayBuffer());
      return new Response(null, { status: genuine(body, request.headers.get("mux-signature")) ? 204 : 400 });
    };
    expect((await deliverWebhook(handler, EVENT, { secret: SECRET })).status).toBe(204);
    expect(seen[0]!.url).toBe("http://localhost/webhooks/mux");
    expect(seen[0]!.method).toBe("POST");
    const custom = await deliverWebhook((r) => new Response(r.url), EVENT, { secret: SECRET, url: "https://app.example/hooks" });
    expect(await custom.text()).toBe("https://app.example/hooks");
  });

  it("uses the fetch it is given", async () => {
    const calls: string[] = [];
    const viaFetch: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    expect((await deliverWebhook(url, EVENT, { secret: SECRET, fetch: viaFetch })).status).toBe(200);
    expect(calls).toEqual([url]);
  });

  it("rejects what it cannot send with a TypeError", async () => {
    await expect(deliverWebhook(url, undefined, { secret: SECRET })).rejects.toThrow(/event/);
    await expect(deliverWebhook(42 as never, EVENT, { secret: SECRET })).rejects.toThrow(/target/);
    await expect(deliverWebhook(url, EVENT, { secret: "" })).rejects.toThrow(/secret/);
  });
});
