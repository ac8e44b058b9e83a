import { createHmac } from "node:crypto";
import { createWebhookSignature } from "@mux/testing";
import { describe, expect, it } from "vitest";

const hmac = (secret: string, t: number, body: string | Uint8Array) => createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");

describe("createWebhookSignature", () => {
  it("signs '<t>.<body>' with HMAC-SHA256, as Mux does", async () => {
    const body = '{"type":"video.asset.ready"}';
    expect(await createWebhookSignature(body, "s3cret", { timestamp: 1_700_000_000 })).toBe(`t=1700000000,v1=${hmac("s3cret", 1_700_000_000, body)}`);
  });

  it("takes a Date or defaults to now", async () => {
    const at = new Date("2030-01-02T03:04:05.678Z");
    expect(await createWebhookSignature("x", "k", { timestamp: at })).toMatch(/^t=1893553445,v1=[0-9a-f]{64}$/);
    const t = Number(/^t=(\d+),/.exec(await createWebhookSignature("x", "k"))?.[1]);
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(5);
  });

  it("signs the exact bytes, and adds one v1 per secret", async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0x7b]);
    const header = await createWebhookSignature(bytes.buffer, ["old", "new"], { timestamp: 5 });
    expect(header).toBe(`t=5,v1=${hmac("old", 5, bytes)},v1=${hmac("new", 5, bytes)}`);
    expect(await createWebhookSignature(bytes, "old", { timestamp: 5 })).toBe(`t=5,v1=${hmac("old", 5, bytes)}`);
  });

  it("rejects bad input with a TypeError naming it", async () => {
    await expect(createWebhookSignature("x", "")).rejects.toThrow(/secret/);
    await expect(createWebhookSignature("x", [])).rejects.toThrow(/secret/);
    await expect(createWebhookSignature("x", ["a", 1] as never)).rejects.toThrow(TypeError);
    await expect(createWebhookSignature("x", "k", { timestamp: -1 })).rejects.toThrow(/timestamp/);
    await expect(createWebhookSignature("x", "k", { timestamp: new Date(Number.NaN) })).rejects.toThrow(/timestamp/);
    await expect(createWebhookSignature({} as never, "k")).rejects.toThrow(/payload/);
  });
});
