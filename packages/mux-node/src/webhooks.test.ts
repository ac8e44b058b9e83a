// mux.webhooks against the official SDK's, on the same signed and tampered requests received over HTTP.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Mux, WebhookVerificationError, Webhooks } from "@mux/mux-node";
import OfficialMux from "official-mux-node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const SECRET = "umbrella-webhook-secret-5e1f";
const OTHER = "another-webhook-secret-77aa";
const now = () => Math.floor(Date.now() / 1000);
const hmac = (secret: string, t: number | string, body: string | Uint8Array) => createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");
const header = (body: string, t = now(), secrets = [SECRET]) => [`t=${t}`, ...secrets.map((s) => `v1=${hmac(s, t, body)}`)].join(",");
const BODY = JSON.stringify({
  type: "video.asset.ready",
  id: "evt-1",
  created_at: "2026-01-01T00:00:00Z",
  object: { type: "asset", id: "a1" },
  data: { id: "a1", status: "ready" },
});

interface Outcome {
  ok: boolean;
  value?: unknown;
  reason?: string;
}
type Run = (body: Buffer, headers: IncomingHttpHeaders) => Promise<unknown>;
let runOurs: Run;
let runOfficial: Run;

async function outcome(run: Run, body: Buffer, headers: IncomingHttpHeaders): Promise<Outcome> {
  try {
    return { ok: true, value: (await run(body, headers)) ?? null };
  } catch (error) {
    return { ok: false, reason: error instanceof WebhookVerificationError ? error.reason : "plain Error" };
  }
}

let url: string;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    const body = Buffer.concat(chunks);
    const both = { ours: await outcome(runOurs, body, req.headers), official: await outcome(runOfficial, body, req.headers) };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(both));
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const env = process.env;
afterEach(() => {
  process.env = env;
});

/** Sends one request; the receiver runs ours and the official SDK on what arrived. */
async function deliver(body: string, signature: string | undefined): Promise<{ ours: Outcome; official: Outcome }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== undefined) headers["Mux-Signature"] = signature;
  const response = await fetch(url, { method: "POST", body, headers });
  return (await response.json()) as { ours: Outcome; official: Outcome };
}

const ours = new Mux({ webhookSecret: SECRET });
const official = new OfficialMux({ tokenId: "unused", tokenSecret: "unused", webhookSecret: SECRET });

describe("mux.webhooks matches the official SDK", () => {
  const t = now();
  const cases: Record<string, [body: string, signature: string | undefined]> = {
    "a signed event": [BODY, header(BODY, t)],
    "a tampered body": [BODY.replace("ready", "errored"), header(BODY, t)],
    "another secret": [BODY, header(BODY, t, [OTHER])],
    "signed 400 s ago": [BODY, header(BODY, t - 400)],
    "signed 250 s ago": [BODY, header(BODY, t - 250)],
    "old and new secret's signatures": [BODY, header(BODY, t, [OTHER, SECRET])],
    "an extra unknown scheme": [BODY, `${header(BODY, t)},v0=abc`],
    "upper-case hex": [BODY, `t=${t},v1=${hmac(SECRET, t, BODY).toUpperCase()}`],
    "junk after a second '='": [BODY, `t=${t},v1=${hmac(SECRET, t, BODY)}=junk`],
    "leading zeros in t": [BODY, `t=0${t},v1=${hmac(SECRET, t, BODY)}`],
    "no header": [BODY, undefined],
    "no v1": [BODY, `t=${t}`],
    "no t": [BODY, `v1=${hmac(SECRET, t, BODY)}`],
    "a space after the comma": [BODY, `t=${t}, v1=${hmac(SECRET, t, BODY)}`],
    "surrounding spaces": [BODY, `  ${header(BODY, t)} `],
    "an empty body, signed": ["", header("", t)],
  };

  for (const [name, [body, signature]] of Object.entries(cases)) {
    it(`verifySignature: ${name}`, async () => {
      runOurs = (b, h) => ours.webhooks.verifySignature(b.toString("utf8"), h);
      runOfficial = (b, h) => official.webhooks.verifySignature(b.toString("utf8"), h);
      const { ours: mine, official: theirs } = await deliver(body, signature);
      expect(mine.ok, JSON.stringify({ mine, theirs })).toBe(theirs.ok);
      if (!mine.ok) expect(mine.reason).not.toBe("plain Error");
    });
  }

  it("unwrap returns the same event, and rejects the same tampering", async () => {
    runOurs = (b, h) => ours.webhooks.unwrap(b.toString("utf8"), h);
    runOfficial = (b, h) => official.webhooks.unwrap(b.toString("utf8"), h);
    const good = await deliver(BODY, header(BODY));
    expect(good.ours).toEqual({ ok: true, value: JSON.parse(BODY) });
    expect(good.official).toEqual(good.ours);
    const bad = await deliver(`${BODY} `, header(BODY));
    expect(bad).toEqual({ ours: { ok: false, reason: "no_matching_signature" }, official: { ok: false, reason: "plain Error" } });
  });

  it("takes the headers in the same shapes", async () => {
    const shapes: Array<(h: IncomingHttpHeaders) => unknown> = [
      (h) => new Headers(h as Record<string, string>),
      (h) => Object.entries(h),
      (h) => ({ "MUX-SIGNATURE": h["mux-signature"] }),
      (h) => ({ "mux-signature": [h["mux-signature"]] }),
      () => ({}),
      () => null,
      () => undefined,
    ];
    for (const shape of shapes) {
      runOurs = (b, h) => ours.webhooks.verifySignature(b.toString("utf8"), shape(h) as never);
      runOfficial = (b, h) => official.webhooks.verifySignature(b.toString("utf8"), shape(h) as never);
      const { ours: mine, official: theirs } = await deliver(BODY, header(BODY));
      expect(mine.ok, String(shape)).toBe(theirs.ok);
    }
  });

  it("finds the secret in the same places: argument, client option, MUX_WEBHOOK_SECRET at construction", async () => {
    const sources: Array<[string, () => [Mux, InstanceType<typeof OfficialMux>], string | null | undefined]> = [
      ["argument", () => [new Mux({ webhookSecret: OTHER }), new OfficialMux({ tokenId: "x", webhookSecret: OTHER })], SECRET],
      ["client option", () => [new Mux({ webhookSecret: SECRET }), new OfficialMux({ tokenId: "x", webhookSecret: SECRET })], undefined],
      ["wrong client option", () => [new Mux({ webhookSecret: OTHER }), new OfficialMux({ tokenId: "x", webhookSecret: OTHER })], undefined],
      ["null argument", () => [new Mux({ webhookSecret: SECRET }), new OfficialMux({ tokenId: "x", webhookSecret: SECRET })], null],
      ["empty argument", () => [new Mux({ webhookSecret: SECRET }), new OfficialMux({ tokenId: "x", webhookSecret: SECRET })], ""],
      ["environment", () => withEnv(` ${SECRET}\n`, () => [new Mux(), new OfficialMux({ tokenId: "x" })]), undefined],
      ["environment, null option", () => withEnv(SECRET, () => [new Mux({ webhookSecret: null }), new OfficialMux({ tokenId: "x", webhookSecret: null })]), undefined],
      ["blank environment", () => withEnv("  ", () => [new Mux(), new OfficialMux({ tokenId: "x" })]), undefined],
      ["nothing", () => withEnv(undefined, () => [new Mux(), new OfficialMux({ tokenId: "x" })]), undefined],
    ];
    const results: Record<string, [boolean, boolean]> = {};
    for (const [name, make, argument] of sources) {
      const [mine, theirs] = make();
      // The environment is read when the client is created: changing it later changes nothing.
      process.env = { ...env, MUX_WEBHOOK_SECRET: OTHER };
      runOurs = (b, h) => mine.webhooks.verifySignature(b.toString("utf8"), h, argument as string);
      runOfficial = (b, h) => theirs.webhooks.verifySignature(b.toString("utf8"), h, argument);
      const both = await deliver(BODY, header(BODY));
      process.env = env;
      results[name] = [both.ours.ok, both.official.ok];
      if (!both.ours.ok) expect(both.ours.reason, name).toMatch(/missing_secret|no_matching_signature/);
    }
    for (const [name, [mine, theirs]] of Object.entries(results)) expect(mine, name).toBe(theirs);
    expect(results).toMatchObject({ argument: [true, true], environment: [true, true], nothing: [false, false], "null argument": [false, false] });
  });
});

describe("mux.webhooks beyond the official SDK", () => {
  it("verifies Buffer, Uint8Array and ArrayBuffer bodies (the official SDK wants a string)", async () => {
    runOurs = (b, h) => ours.webhooks.unwrap(b, h);
    runOfficial = (b, h) => official.webhooks.unwrap(b as never, h);
    expect(await deliver(BODY, header(BODY))).toEqual({ ours: { ok: true, value: JSON.parse(BODY) }, official: { ok: false, reason: "plain Error" } });
    for (const form of [(b: Buffer) => new Uint8Array(b), (b: Buffer) => new Uint8Array(b).buffer]) {
      runOurs = (b, h) => ours.webhooks.verifySignature(form(b), h);
      expect((await deliver(BODY, header(BODY))).ours.ok).toBe(true);
    }
  });

  it("refuses timestamps too far in the future (the official SDK accepts them)", async () => {
    runOurs = (b, h) => ours.webhooks.verifySignature(b.toString("utf8"), h);
    runOfficial = (b, h) => official.webhooks.verifySignature(b.toString("utf8"), h);
    expect(await deliver(BODY, header(BODY, now() + 3600))).toEqual({
      ours: { ok: false, reason: "timestamp_in_future" },
      official: { ok: true, value: null },
    });
  });

  it("wants t= in whole seconds (the official SDK's parseInt reads 't=<t>abc' as <t>, and '' as NaN)", async () => {
    runOurs = (b, h) => ours.webhooks.verifySignature(b.toString("utf8"), h);
    runOfficial = (b, h) => official.webhooks.verifySignature(b.toString("utf8"), h);
    const t = now();
    const both = await deliver(BODY, `t=${t}abc,v1=${hmac(SECRET, t, BODY)}`);
    expect(both).toEqual({ ours: { ok: false, reason: "malformed_header" }, official: { ok: true, value: null } });
    // An empty t= becomes NaN there: a signature over "NaN.<body>" passes and the age check is skipped.
    const nan = await deliver(BODY, `t=,v1=${hmac(SECRET, "NaN", BODY)}`);
    expect(nan).toEqual({ ours: { ok: false, reason: "malformed_header" }, official: { ok: true, value: null } });
  });

  it("fails with typed errors that name the fix and never show the secret", async () => {
    const error = await new Mux({ webhookSecret: null }).webhooks.verifySignature(BODY, { "mux-signature": header(BODY) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Mux.WebhookVerificationError);
    expect(error).toMatchObject({ reason: "missing_secret" });
    expect((error as Error).message).toMatch(/webhookSecret.*MUX_WEBHOOK_SECRET/);
    const wrong = await ours.webhooks.verifySignature(BODY, { "mux-signature": header(BODY, now(), [OTHER]) }).catch((e: unknown) => e);
    expect(JSON.stringify(wrong) + String(wrong)).not.toContain(SECRET);
  });

  it("is a Webhooks instance built once", () => {
    const mux = new Mux();
    expect(mux.webhooks).toBeInstanceOf(Webhooks);
    expect(mux.webhooks).toBe(mux.webhooks);
  });
});

function withEnv<T>(value: string | undefined, make: () => T): T {
  process.env = { ...env };
  if (value === undefined) delete process.env.MUX_WEBHOOK_SECRET;
  else process.env.MUX_WEBHOOK_SECRET = value;
  try {
    return make();
  } finally {
    process.env = env;
  }
}
