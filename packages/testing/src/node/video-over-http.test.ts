import { unwrapWebhook } from "@mux/webhooks";
import { type MockMuxServer, startMockMuxServer } from "@mux/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basic } from "../test-support/http.js";
import { startReceiver } from "../test-support/receiver.js";

let server: MockMuxServer;
beforeAll(async () => {
  server = await startMockMuxServer({ timings: { assetReadyMs: 150, liveActiveMs: 50 } });
});
afterAll(() => server.close());

const api = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.url}${path}`, { ...init, headers: { authorization: basic(server.tokenId, server.tokenSecret), "content-type": "application/json" } });
  return { status: response.status, body: (response.status === 204 ? null : await response.json()) as { data: Record<string, unknown> } };
};

async function until<T>(read: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the local server's video lifecycles (real clock)", () => {
  it("serves the upload URL, makes the asset ready on its own, and POSTs signed webhooks to an endpoint made through the API", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await api("/system/v1/webhooks", { method: "POST", body: JSON.stringify({ address: receiver.url }) });
      const secret = String(endpoint.body.data.signing_secret);
      const upload = (await api("/video/v1/uploads", { method: "POST", body: JSON.stringify({ new_asset_settings: { playback_policies: ["signed"] } }) })).body.data;
      expect(String(upload.url).startsWith(`${server.url}/direct-uploads/`)).toBe(true);
      expect((await fetch(String(upload.url), { method: "PUT", body: new Uint8Array(4096) })).status).toBe(200);
      const ready = await until(() => receiver.received.find((r) => r.body.includes('"video.asset.ready"')));
      const event = await unwrapWebhook(ready.body, ready.headers, secret);
      expect(event).toMatchObject({ type: "video.asset.ready", data: { status: "ready", upload_id: upload.id, playback_ids: [{ policy: "signed" }] } });
      const assetId = (event.data as { id: string }).id;
      expect((await api(`/video/v1/assets/${assetId}`)).body.data.status).toBe("ready");
    } finally {
      await receiver.close();
    }
  });

  it("lets another process drive a broadcast and the clock through its control routes", async () => {
    const stream = (await api("/video/v1/live-streams", { method: "POST", body: JSON.stringify({ new_asset_settings: {}, reconnect_window: 600 }) })).body.data;
    expect((await fetch(`${server.url}/_mux-mock/live-streams/${stream.id}/connect`, { method: "POST" })).status).toBe(200);
    await until(() => (server.mock.liveStreams.get(String(stream.id))?.status === "active" ? true : undefined));
    await fetch(`${server.url}/_mux-mock/live-streams/${stream.id}/disconnect`, { method: "POST" });
    const advanced = await fetch(`${server.url}/_mux-mock/clock/advance?ms=600000`, { method: "POST" });
    expect(advanced.status).toBe(200);
    expect((await api(`/video/v1/live-streams/${stream.id}`)).body.data.status).toBe("idle");
    expect((await fetch(`${server.url}/_mux-mock/live-streams/nope/connect`, { method: "POST" })).status).toBe(400);
    expect((await fetch(`${server.url}/_mux-mock/nothing`, { method: "POST" })).status).toBe(404);
  });
});
