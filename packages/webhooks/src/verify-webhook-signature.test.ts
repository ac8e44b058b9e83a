import type { IncomingHttpHeaders } from "node:http";
import { InvalidArgumentError, WebhookVerificationError } from "@mux/errors";
import { type VerifyWebhookOptions, unwrapWebhook, verifyWebhookSignature, type WebhookSecret } from "@mux/webhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eventBody, hmacHex, nowSeconds, OTHER_SECRET, SECRET, signatureHeader } from "./test-support/sign.js";
import { post, startServer, type TestServer } from "./test-support/server.js";

// Every test sends a real HTTP request to a node:http receiver that verifies the raw body bytes
// and the headers exactly as Node hands them over, and answers with the outcome.
type Receiver = (body: Buffer, headers: IncomingHttpHeaders, rawHeaders: string[]) => Promise<unknown>;
let receive: Receiver;
let secret: WebhookSecret;
let options: VerifyWebhookOptions | undefined;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(async (body, headers, rawHeaders) => {
    try {
      return { status: 200, body: { ok: true, result: (await receive(body, headers, rawHeaders)) ?? null } };
    } catch (error) {
      const e = error as WebhookVerificationError;
      return { status: 400, body: { ok: false, name: e.name, reason: e.reason, message: e.message, typed: e instanceof WebhookVerificationError } };
    }
  });
});
afterAll(() => server.close());
beforeEach(() => {
  secret = SECRET;
  options = undefined;
  receive = (body, headers) => unwrapWebhook(body, headers, secret, options);
});

async function send(body: string | Uint8Array<ArrayBuffer>, signature?: string, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...extraHeaders };
  if (signature !== undefined) headers["mux-signature"] = signature;
  return post(server.url, body, headers);
}

function rejectedWith(reason: string) {
  return { status: 400, body: expect.objectContaining({ ok: false, name: "WebhookVerificationError", reason, typed: true }) };
}

describe("verifying a webhook received over HTTP", () => {
  it("accepts a signed event and returns it parsed", async () => {
    const body = eventBody();
    const reply = await send(body, signatureHeader(body));
    expect(reply).toEqual({ status: 200, body: { ok: true, result: JSON.parse(body) } });
  });

  it("rejects a tampered body, a wrong secret and a forged signature", async () => {
    const body = eventBody();
    const header = signatureHeader(body);
    expect(await send(body.replace("ready", "errored"), header)).toEqual(rejectedWith("no_matching_signature"));
    expect(await send(`${body} `, header)).toEqual(rejectedWith("no_matching_signature"));
    expect(await send(body, signatureHeader(body, OTHER_SECRET))).toEqual(rejectedWith("no_matching_signature"));
    expect(await send(body, `t=${nowSeconds()},v1=${"0".repeat(64)}`)).toEqual(rejectedWith("no_matching_signature"));
    // A signature for another timestamp does not carry over.
    const t = nowSeconds();
    expect(await send(body, `t=${t},v1=${hmacHex(SECRET, t - 1, body)}`)).toEqual(rejectedWith("no_matching_signature"));
  });

  it("verifies the exact bytes received, including bytes that are not UTF-8", async () => {
    const bytes = new Uint8Array([...Buffer.from('{"type":"x","id":"1","created_at":"","data":"'), 0xff, 0xfe, ...Buffer.from('"}\r\n')]);
    receive = (body, headers) => verifyWebhookSignature(body, headers, secret);
    expect(await send(bytes, signatureHeader(bytes))).toEqual({ status: 200, body: { ok: true, result: null } });
    // Decoding to a string first replaces the bad bytes, so the signature no longer matches.
    receive = (body, headers) => verifyWebhookSignature(body.toString("utf8"), headers, secret);
    expect(await send(bytes, signatureHeader(bytes))).toEqual(rejectedWith("no_matching_signature"));
    // unwrap refuses a genuine body that is not UTF-8 JSON.
    receive = (body, headers) => unwrapWebhook(body, headers, secret);
    expect(await send(bytes, signatureHeader(bytes))).toEqual(rejectedWith("invalid_body"));
  });

  it("takes the body as string, Buffer, Uint8Array, ArrayBuffer or DataView", async () => {
    const body = eventBody("video.upload.created", { note: "héllo ✓ 🎬" });
    const header = signatureHeader(body);
    const forms: Array<(b: Buffer) => unknown> = [
      (b) => b,
      (b) => b.toString("utf8"),
      (b) => new Uint8Array(b),
      (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength),
      (b) => new DataView(b.buffer, b.byteOffset, b.byteLength),
      // A view into a larger buffer: only its own bytes count.
      (b) => new Uint8Array(Buffer.concat([Buffer.from("xx"), b, Buffer.from("yy")])).subarray(2, 2 + b.length),
    ];
    for (const form of forms) {
      receive = (b, headers) => unwrapWebhook(form(b) as never, headers, secret);
      const reply = await send(body, header);
      expect(reply.status, String(form)).toBe(200);
      expect((reply.body as { result: { type: string } }).result.type).toBe("video.upload.created");
    }
  });

  it("rejects a body that is not raw text or bytes", async () => {
    const body = eventBody();
    for (const form of [(b: Buffer) => JSON.parse(b.toString()), () => null, () => undefined, () => 42, () => [1, 2]]) {
      receive = (b, headers) => verifyWebhookSignature(form(b) as never, headers, secret);
      const reply = await send(body, signatureHeader(body));
      expect(reply).toEqual(rejectedWith("invalid_body"));
      expect((reply.body as { message: string }).message).toContain("raw request body");
    }
  });

  it("reads the header from a Headers object, a plain object in any case, or [name, value] pairs", async () => {
    const body = eventBody();
    const header = signatureHeader(body);
    const forms: Array<(headers: IncomingHttpHeaders, raw: string[]) => unknown> = [
      (headers) => headers,
      (headers) => new Headers(headers as Record<string, string>),
      (_h, raw) => Object.fromEntries(raw.flatMap((v, i) => (i % 2 === 0 ? [[v, raw[i + 1]]] : []))), // original case
      (_h, raw) => raw.flatMap((v, i) => (i % 2 === 0 ? [[v.toUpperCase(), raw[i + 1]]] : [])),
      (headers) => ({ "MUX-SIGNATURE": [headers["mux-signature"]] }),
      (headers) => ({ "mux-signature": `  ${headers["mux-signature"]}\t` }),
    ];
    for (const form of forms) {
      receive = (b, headers, raw) => verifyWebhookSignature(b, form(headers, raw) as never, secret);
      expect((await send(body, undefined, { "Mux-Signature": header })).status, String(form)).toBe(200);
    }
  });

  it("rejects a request without the header", async () => {
    const body = eventBody();
    const reply = await send(body);
    expect(reply).toEqual(rejectedWith("missing_header"));
    expect((reply.body as { message: string }).message).toContain("mux-signature");
    for (const headers of [null, undefined, 1, "mux-signature", {}, [], new Headers(), { "mux-signature": undefined }, { "mux-signature": "" }]) {
      await expect(verifyWebhookSignature(body, headers as never, SECRET)).rejects.toMatchObject({ reason: "missing_header" });
    }
  });

  it("rejects a malformed header", async () => {
    const body = eventBody();
    const v1 = `v1=${hmacHex(SECRET, 1, body)}`;
    for (const header of [v1, "t=,v1=ab", `t=12a,${v1}`, `t=-5,${v1}`, `t=1.5,${v1}`, `t= 1,${v1}`, `t=${nowSeconds()}`, `t=${nowSeconds()},v2=abc`, "garbage"]) {
      expect(await send(body, header), header).toEqual(rejectedWith("malformed_header"));
    }
    await expect(verifyWebhookSignature(body, { "mux-signature": `t=1,${v1}\u0100` }, SECRET)).rejects.toMatchObject({
      reason: "malformed_header",
    });
  });

  it("accepts several v1 signatures and several secrets (rotation)", async () => {
    const body = eventBody();
    // Mux signs with old and new secret during a rotation: one v1 each.
    expect((await send(body, signatureHeader(body, [OTHER_SECRET, SECRET]))).status).toBe(200);
    expect((await send(body, `${signatureHeader(body)},v1=${"f".repeat(64)},v0=zz`)).status).toBe(200);
    // The receiver may hold several secrets: any match is enough.
    secret = [OTHER_SECRET, SECRET];
    expect((await send(body, signatureHeader(body))).status).toBe(200);
    secret = [undefined, SECRET, null, ""] as never;
    expect((await send(body, signatureHeader(body))).status).toBe(200);
    secret = [OTHER_SECRET, "third-secret"];
    expect(await send(body, signatureHeader(body))).toEqual(rejectedWith("no_matching_signature"));
  });

  it("refuses timestamps outside the tolerance, in both directions", async () => {
    const body = eventBody();
    const t = nowSeconds();
    expect((await send(body, signatureHeader(body, SECRET, t - 250))).status).toBe(200);
    expect((await send(body, signatureHeader(body, SECRET, t + 250))).status).toBe(200);
    const old = await send(body, signatureHeader(body, SECRET, t - 400));
    expect(old).toEqual(rejectedWith("timestamp_too_old"));
    expect((old.body as { message: string }).message).toMatch(/signed 40\d s ago, over the 300 s tolerance: a possible replay/);
    const future = await send(body, signatureHeader(body, SECRET, t + 400));
    expect(future).toEqual(rejectedWith("timestamp_in_future"));
    expect((future.body as { message: string }).message).toMatch(/clock/);
    options = { tolerance: 600 };
    expect((await send(body, signatureHeader(body, SECRET, t - 400))).status).toBe(200);
    expect((await send(body, signatureHeader(body, SECRET, t + 400))).status).toBe(200);
  });

  it("checks the signature before the timestamp: a forged old webhook is a signature failure", async () => {
    const body = eventBody();
    expect(await send(body, signatureHeader(body, OTHER_SECRET, nowSeconds() - 10_000))).toEqual(rejectedWith("no_matching_signature"));
  });
});

describe("options", () => {
  const body = eventBody();
  const t = 1_700_000_000;
  const headers = { "mux-signature": signatureHeader(body, SECRET, t) };

  it("uses the clock from `now`, at the tolerance's edges", async () => {
    await expect(verifyWebhookSignature(body, headers, SECRET, { now: () => (t + 300) * 1000 + 999 })).resolves.toBeUndefined();
    await expect(verifyWebhookSignature(body, headers, SECRET, { now: () => (t + 301) * 1000 })).rejects.toMatchObject({
      reason: "timestamp_too_old",
    });
    await expect(verifyWebhookSignature(body, headers, SECRET, { now: () => (t - 300) * 1000 })).resolves.toBeUndefined();
    await expect(verifyWebhookSignature(body, headers, SECRET, { now: () => (t - 301) * 1000 })).rejects.toMatchObject({
      reason: "timestamp_in_future",
    });
    await expect(verifyWebhookSignature(body, headers, SECRET, { now: () => t * 1000, tolerance: 0 })).resolves.toBeUndefined();
    await expect(verifyWebhookSignature(body, headers, SECRET, { now: () => 0, tolerance: Number.POSITIVE_INFINITY })).resolves.toBeUndefined();
  });

  it("rejects bad options with InvalidArgumentError, never synchronously", async () => {
    for (const bad of [{ tolerance: -1 }, { tolerance: Number.NaN }, { tolerance: "300" }, { now: 5 }, { now: () => Number.NaN }]) {
      const promise = verifyWebhookSignature(body, headers, SECRET, bad as never);
      await expect(promise).rejects.toBeInstanceOf(InvalidArgumentError);
    }
  });

  it("rejects a missing or unusable secret", async () => {
    for (const bad of [undefined, null, "", [], [null, ""], 42, {}, ["ok", 1]]) {
      await expect(verifyWebhookSignature(body, headers, bad as never)).rejects.toMatchObject({ reason: "missing_secret" });
    }
  });
});
