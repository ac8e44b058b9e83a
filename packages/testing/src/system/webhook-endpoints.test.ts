import { inspect } from "node:util";
import { unwrapWebhook, verifyWebhookSignature } from "@mux/webhooks";
import { describe, expect, it } from "vitest";
import { call } from "../test-support/http.js";
import { startReceiver } from "../test-support/receiver.js";
import { useMock } from "../test-support/use-mock.js";

const API = "https://api.mux.com/system/v1/webhooks";
const { mock } = useMock();
type Endpoint = { id: string; address: string; enabled: boolean; created_at: string; signing_secret?: string };
const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });
const createAsset = () => call("https://api.mux.com/video/v1/assets", json("POST", { inputs: [{ url: "https://example.com/v.mp4" }] }));

describe("webhook endpoints (system.webhooks)", () => {
  it("creates, retrieves, lists, updates and deletes endpoints, each with its own secret", async () => {
    const a = ((await call(API, json("POST", { address: "https://a.example/hook" }))).body as { data: Endpoint }).data;
    const b = ((await call(API, json("POST", { address: "https://b.example/hook" }))).body as { data: Endpoint }).data;
    expect(a).toEqual({ id: expect.any(String), address: "https://a.example/hook", enabled: true, created_at: expect.stringMatching(/^\d+$/), signing_secret: expect.any(String) });
    expect(a.signing_secret).not.toBe(b.signing_secret);
    expect((await call(`${API}/${a.id}`)).body).toEqual({ data: a });
    const list = (await call(API)).body as { data: Endpoint[] };
    expect(list.data.map((e) => e.id)).toEqual([b.id, a.id]);
    expect(list.data.every((e) => e.signing_secret === undefined)).toBe(true);
    expect((await call(`${API}/${a.id}`, json("PATCH", { enabled: false, address: "https://a.example/v2" }))).body).toMatchObject({ data: { enabled: false, address: "https://a.example/v2" } });
    expect((await call(`${API}/${b.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`${API}/${b.id}`)).status).toBe(404);
    expect(mock.webhooks.endpoints()).toEqual([{ id: a.id, address: "https://a.example/v2", enabled: false, created_at: a.created_at }]);
    expect(mock.webhooks.secretFor(a.id)).toBe(a.signing_secret);
  });

  it("refuses an endpoint without a usable address", async () => {
    for (const body of [{}, { address: "not a url" }, { address: "ftp://x.example" }]) {
      expect((await call(API, json("POST", body))).status).toBe(400);
    }
  });

  it("POSTs every event, signed with each enabled endpoint's secret, and skips disabled ones", async () => {
    const on = await startReceiver();
    const off = await startReceiver();
    try {
      const live = ((await call(API, json("POST", { address: on.url }))).body as { data: Endpoint }).data;
      const dead = ((await call(API, json("POST", { address: off.url }))).body as { data: Endpoint }).data;
      await call(`${API}/${dead.id}`, json("PATCH", { enabled: false }));
      await createAsset();
      await mock.clock.runAll();
      expect(off.received).toEqual([]);
      expect(on.received).toHaveLength(2);
      for (const received of on.received) {
        await verifyWebhookSignature(received.body, received.headers, live.signing_secret ?? "");
        await expect(verifyWebhookSignature(received.body, received.headers, dead.signing_secret ?? "")).rejects.toThrow();
      }
      const ready = await unwrapWebhook(on.received[1]?.body ?? "", on.received[1]?.headers ?? {}, live.signing_secret ?? "");
      expect(ready).toMatchObject({ type: "video.asset.ready", environment: { id: "mock-environment-id", name: "Development" }, attempts: [] });
    } finally {
      await on.close();
      await off.close();
    }
  });

  it("records a failed delivery without the secret and carries on", async () => {
    const endpoint = ((await call(API, json("POST", { address: "http://127.0.0.1:9/unreachable" }))).body as { data: Endpoint }).data;
    await createAsset();
    await mock.webhooks.settled();
    expect(mock.webhooks.deliveries).toEqual([expect.objectContaining({ type: "video.asset.created", endpointId: endpoint.id, status: undefined, error: expect.any(String) })]);
    const shown = `${JSON.stringify(mock.webhooks.deliveries)} ${inspect(mock, { depth: 8 })} ${JSON.stringify(mock.webhooks.endpoints())}`;
    expect(shown).not.toContain(endpoint.signing_secret);
  });

  it("calls listeners in order, by type, and waitFor resolves with the next matching event", async () => {
    const all: string[] = [];
    const readyIds: string[] = [];
    mock.webhooks.on((event) => void all.push(event.type));
    mock.webhooks.on("video.asset.ready", (event) => void readyIds.push(event.data.id));
    const next = mock.webhooks.waitFor("video.asset.ready");
    const asset = ((await createAsset()).body as { data: { id: string } }).data;
    await mock.clock.advance(2_000);
    expect((await next).data.id).toBe(asset.id);
    expect(all).toEqual(["video.asset.created", "video.asset.ready"]);
    expect(readyIds).toEqual([asset.id]);
  });

  it("makes clock.advance reject with an error a listener threw", async () => {
    mock.webhooks.on("video.asset.ready", () => {
      throw new Error("receiver broke");
    });
    await createAsset();
    await expect(mock.clock.advance(5_000)).rejects.toThrow("receiver broke");
  });
});
