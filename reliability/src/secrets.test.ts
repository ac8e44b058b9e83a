/**
 * Secrets harness: known secrets (token secret, bearer token, private key, webhook secret) are configured,
 * every public function of every package is driven through success and failure paths at
 * `logLevel: "debug"` with a capturing logger, then every error, log line and client /
 * resource object is scanned for the secrets and their base64 forms.
 */
import { createMuxClient, type Logger, type MuxClient, paginate, pathParam, unwrapData } from "@mux/core";
import { createJwtSigner, Jwt, signDrmLicense, signPlaybackId, signViewerCounts, verifyMuxToken } from "@mux/jwt";
import Mux from "@mux/mux-node";
import {
  createSigningKey,
  deleteSigningKey,
  listSigningKeys,
  retrieveSigningKey,
  rotateSigningKeys,
  SigningKeys,
} from "@mux/signing-keys";
import { startMockMuxServer, type MockMuxServer } from "@mux/testing/node";
import { checkTokenHealth, hasPermission, missingPermissions, Utilities, whoami } from "@mux/utilities";
import { unwrapWebhook, verifyWebhookSignature } from "@mux/webhooks";
import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyFragments, makeKey, type TestKey } from "./support/keys.js";
import { closedPortUrl } from "./support/raw-server.js";

const TOKEN_ID = "reliability-token-id";
const TOKEN_SECRET = "tok-secret-7Hq2vXk9Lm4Rz8Wp";
const WRONG_SECRET = "wrong-secret-Nn3Bb6Cc1Dd0";
const BEARER = "bearer-token-Yt5Ug8Ih2Jk7Ol3";
const READ_ONLY_SECRET = "ro-secret-Pp4Qq1Rr9Ss6";
const WEBHOOK_SECRET = "whsec-Vv2Ww5Xx8Yy1Zz4";

let privateKey: TestKey;
let server: MockMuxServer;
let deadURL: string;
const logs: string[] = [];
const errors: unknown[] = [];
const objects: unknown[] = [];
const b64 = (s: string) => Buffer.from(s).toString("base64");

function forbidden(): string[] {
  const list = [TOKEN_SECRET, WRONG_SECRET, BEARER, READ_ONLY_SECRET, WEBHOOK_SECRET];
  const out = [...list, ...list.map(b64)];
  for (const secret of [TOKEN_SECRET, WRONG_SECRET]) out.push(b64(`${TOKEN_ID}:${secret}`));
  out.push(b64(`ro-id:${READ_ONLY_SECRET}`));
  out.push(...keyFragments(privateKey));
  return out;
}

const logger: Logger = {
  error: (...a: unknown[]) => logs.push(inspect(a, { depth: Number.POSITIVE_INFINITY })),
  warn: (...a: unknown[]) => logs.push(inspect(a, { depth: Number.POSITIVE_INFINITY })),
  info: (...a: unknown[]) => logs.push(inspect(a, { depth: Number.POSITIVE_INFINITY })),
  debug: (...a: unknown[]) => logs.push(inspect(a, { depth: Number.POSITIVE_INFINITY })),
};

async function drive(label: string, fn: () => unknown): Promise<"ok" | "error"> {
  try {
    const value = await fn();
    // Async iterables (lists): drain them.
    if (value && typeof value === "object" && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) void _;
    }
    return "ok";
  } catch (error) {
    errors.push({ label, error });
    return "error";
  }
}

/** A mux-signature header for `body` under the webhook secret. */
function webhookSignature(body: string, t = Math.floor(Date.now() / 1000)): string {
  return `t=${t},v1=${createHmac("sha256", WEBHOOK_SECRET).update(`${t}.${body}`).digest("hex")}`;
}
const webhookBody = JSON.stringify({ type: "video.asset.ready", id: "evt", created_at: "2026-01-01T00:00:00Z", data: {} });
const webhookHeaders = () => ({ "mux-signature": webhookSignature(webhookBody) });

function clientWith(extra: Record<string, unknown>): MuxClient {
  return createMuxClient({ baseURL: server.url, logLevel: "debug", logger, maxRetries: 1, timeout: 3_000, maxRetryDelay: 500, ...extra });
}

beforeAll(async () => {
  privateKey = await makeKey();
  deadURL = await closedPortUrl();
  server = await startMockMuxServer({
    tokens: [
      { tokenId: TOKEN_ID, tokenSecret: TOKEN_SECRET },
      { authorizationToken: BEARER },
      { tokenId: "ro-id", tokenSecret: READ_ONLY_SECRET, permissions: ["system:read"] },
    ],
  });
});
afterAll(() => server.close());

describe("secrets never leak", () => {
  it("drives every public function through success and failure paths", async () => {
    const outcomes: Record<string, "ok" | "error"> = {};
    const clients: Record<string, MuxClient> = {
      basic: clientWith({ tokenId: TOKEN_ID, tokenSecret: TOKEN_SECRET }),
      bearer: clientWith({ authorizationToken: BEARER, tokenId: null, tokenSecret: null }),
      wrong: clientWith({ tokenId: TOKEN_ID, tokenSecret: WRONG_SECRET }),
      readOnly: clientWith({ tokenId: "ro-id", tokenSecret: READ_ONLY_SECRET }),
      dead: createMuxClient({ baseURL: deadURL, tokenId: TOKEN_ID, tokenSecret: TOKEN_SECRET, logLevel: "debug", logger, maxRetries: 1 }),
    };
    objects.push(...Object.values(clients));

    for (const [name, client] of Object.entries(clients)) {
      const run = async (op: string, fn: () => unknown) => {
        outcomes[`${name}:${op}`] = await drive(`${name}:${op}`, fn);
      };
      const sk = new SigningKeys(client);
      const ut = new Utilities(client);
      objects.push(sk, ut);
      await run("create", () => createSigningKey(client));
      await run("list", () => listSigningKeys(client, { limit: 2 }));
      await run("retrieve-missing", () => retrieveSigningKey(client, "no-such-key"));
      await run("retrieve-bad-id", () => retrieveSigningKey(client, ".."));
      await run("delete-missing", () => deleteSigningKey(client, "no-such-key"));
      await run("whoami", () => whoami(client));
      await run("health", () => checkTokenHealth(client));
      await run("class-create-delete", async () => {
        const key = await sk.create();
        await sk.retrieve(key.id);
        await sk.delete(key.id);
      });
      await run("class-list", () => sk.list());
      await run("class-whoami", () => ut.whoami());
      await run("class-health", () => ut.checkTokenHealth());
      await run("rotate", () => rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0 } as never));
      await run("rotate-dry", () => sk.rotate({ onCreated: () => {}, propagationMs: 0, dryRun: true } as never));
      await run("paginate-bad-limit", () => paginate(client, { limit: -1 }, undefined, (api, init, q) => api.GET("/system/v1/signing-keys", { ...init, params: { query: q } })));
      await run("with-response", () => createSigningKey(client).withResponse());
      await run("as-response", () => whoami(client).asResponse());
      await run("bad-header", () => whoami(client, { headers: { "x-trace": `${TOKEN_SECRET}\nx` } }));
    }

    // Faults on the good client: 500, 429 over the cap, network errors, garbage bodies.
    server.mock.faults.add({ operation: "get-whoami", status: 500, times: 2 });
    server.mock.faults.add({ operation: "list-signing-keys", status: 429, headers: { "retry-after": "100" } });
    server.mock.faults.add({ operation: "create-signing-key", networkError: true });
    server.mock.faults.add({ operation: "get-signing-key", status: 200, body: '{"data":' });
    server.mock.faults.add({ operation: "delete-signing-key", status: 502, body: "<html><title>bad</title></html>", headers: { "content-type": "text/html" }, times: 2 });
    const good = clients.basic!;
    outcomes["fault:whoami"] = await drive("fault:whoami", () => whoami(good));
    outcomes["fault:list"] = await drive("fault:list", () => listSigningKeys(good));
    outcomes["fault:create"] = await drive("fault:create", () => createSigningKey(good));
    outcomes["fault:retrieve"] = await drive("fault:retrieve", () => retrieveSigningKey(good, "x"));
    outcomes["fault:delete"] = await drive("fault:delete", () => deleteSigningKey(good, "x"));

    // Core helpers directly.
    outcomes["core:pathParam"] = await drive("core:pathParam", () => pathParam("id", ""));
    outcomes["core:unwrap"] = await drive("core:unwrap", () => unwrapData({} as never));
    outcomes["core:missing"] = await drive("core:missing", () => createMuxClient({ tokenId: TOKEN_ID, tokenSecret: null, authorizationToken: null }));
    outcomes["core:bad-bearer"] = await drive("core:bad-bearer", () => createMuxClient({ authorizationToken: `${BEARER}\n`.repeat(2) }));
    outcomes["core:bad-default-header"] = await drive("core:bad-default-header", () =>
      createMuxClient({ tokenId: "a", tokenSecret: "b", defaultHeaders: { "x-k": `${TOKEN_SECRET}\u0000` } }),
    );
    outcomes["utilities:perms"] = await drive("utilities:perms", async () => {
      const me = await whoami(good);
      hasPermission(me.permissions, "system:read");
      missingPermissions(me.permissions, ["video:write"]);
    });

    // The umbrella, with every credential it takes.
    const mux = new Mux({
      baseURL: server.url,
      tokenId: TOKEN_ID,
      tokenSecret: TOKEN_SECRET,
      jwtSigningKey: "kid-secret-test",
      jwtPrivateKey: privateKey.base64,
      webhookSecret: WEBHOOK_SECRET,
      logLevel: "debug",
      logger,
      maxRetries: 0,
    });
    const badMux = new Mux({ baseURL: server.url, tokenId: TOKEN_ID, tokenSecret: WRONG_SECRET, jwtSigningKey: "k", jwtPrivateKey: "not-a-key", logLevel: "debug", logger });
    for (const [name, m] of [["mux", mux], ["badMux", badMux]] as const) {
      objects.push(m, m.system, m.system.signingKeys, m.system.utilities, m.jwt, m.webhooks);
      outcomes[`${name}:create`] = await drive(`${name}:create`, () => m.system.signingKeys.create());
      outcomes[`${name}:list`] = await drive(`${name}:list`, () => m.system.signingKeys.list());
      outcomes[`${name}:retrieve`] = await drive(`${name}:retrieve`, () => m.system.signingKeys.retrieve("nope"));
      outcomes[`${name}:delete`] = await drive(`${name}:delete`, () => m.system.signingKeys.delete("nope"));
      outcomes[`${name}:whoami`] = await drive(`${name}:whoami`, () => m.system.utilities.whoami());
      outcomes[`${name}:jwt`] = await drive(`${name}:jwt`, () => m.jwt.signPlaybackId("pid"));
      outcomes[`${name}:jwt-viewers`] = await drive(`${name}:jwt-viewers`, () => m.jwt.signViewerCounts("lsid", { type: "live_stream" }));
      outcomes[`${name}:jwt-drm`] = await drive(`${name}:jwt-drm`, () => m.jwt.signDrmLicense("pid"));
      outcomes[`${name}:webhook`] = await drive(`${name}:webhook`, () => m.webhooks.unwrap(webhookBody, webhookHeaders()));
      outcomes[`${name}:webhook-tampered`] = await drive(`${name}:webhook-tampered`, () => m.webhooks.verifySignature(`${webhookBody} `, webhookHeaders()));
    }

    // Webhooks: success and every kind of failure, with the secret (and a list holding it) passed in.
    const check = (label: string, fn: () => unknown) => drive(label, fn).then((o) => (outcomes[label] = o));
    const stale = { "mux-signature": webhookSignature(webhookBody, Math.floor(Date.now() / 1000) - 3600) };
    const ahead = { "mux-signature": webhookSignature(webhookBody, Math.floor(Date.now() / 1000) + 3600) };
    await check("webhooks:verify", () => verifyWebhookSignature(webhookBody, webhookHeaders(), WEBHOOK_SECRET));
    await check("webhooks:unwrap", () => unwrapWebhook(webhookBody, webhookHeaders(), [READ_ONLY_SECRET, WEBHOOK_SECRET]));
    await check("webhooks:wrong-secret", () => verifyWebhookSignature(webhookBody, webhookHeaders(), [WRONG_SECRET, TOKEN_SECRET]));
    await check("webhooks:tampered", () => unwrapWebhook(`${webhookBody}x`, webhookHeaders(), WEBHOOK_SECRET));
    await check("webhooks:stale", () => verifyWebhookSignature(webhookBody, stale, WEBHOOK_SECRET));
    await check("webhooks:ahead", () => verifyWebhookSignature(webhookBody, ahead, WEBHOOK_SECRET));
    await check("webhooks:no-header", () => verifyWebhookSignature(webhookBody, {}, WEBHOOK_SECRET));
    await check("webhooks:malformed", () => verifyWebhookSignature(webhookBody, { "mux-signature": `t=x,v1=${WEBHOOK_SECRET}` }, WEBHOOK_SECRET));
    await check("webhooks:bad-body", () => verifyWebhookSignature({ secret: WEBHOOK_SECRET } as never, webhookHeaders(), WEBHOOK_SECRET));
    await check("webhooks:not-json", () => unwrapWebhook("not json", { "mux-signature": webhookSignature("not json") }, WEBHOOK_SECRET));
    await check("webhooks:bad-secret-list", () => verifyWebhookSignature(webhookBody, webhookHeaders(), [WEBHOOK_SECRET, 7] as never));
    await check("webhooks:bad-option", () => verifyWebhookSignature(webhookBody, webhookHeaders(), WEBHOOK_SECRET, { tolerance: -1 }));

    // JWT functions: success and failure.
    const creds = { keyId: "kid-1", keySecret: privateKey.base64 };
    const signer = createJwtSigner(creds);
    const jwt = new Jwt(creds);
    objects.push(signer, jwt);
    const token = await signPlaybackId("pid", creds);
    outcomes["jwt:verify"] = await drive("jwt:verify", () => verifyMuxToken(token, privateKey.publicPem));
    outcomes["jwt:verify-bad"] = await drive("jwt:verify-bad", () => verifyMuxToken(`${token}x`, privateKey.publicPem));
    outcomes["jwt:verify-private-as-public"] = await drive("jwt:verify-private-as-public", () => verifyMuxToken(token, privateKey.pem));
    outcomes["jwt:signer"] = await drive("jwt:signer", () => signer.signPlaybackId("pid", { type: ["video", "thumbnail"] }));
    outcomes["jwt:signer-drm"] = await drive("jwt:signer-drm", () => signer.signDrmLicense("pid"));
    outcomes["jwt:class"] = await drive("jwt:class", () => jwt.signViewerCounts("vid"));
    outcomes["jwt:viewers"] = await drive("jwt:viewers", () => signViewerCounts("vid", creds));
    outcomes["jwt:drm"] = await drive("jwt:drm", () => signDrmLicense("pid", creds));
    outcomes["jwt:bad-type"] = await drive("jwt:bad-type", () => signPlaybackId("pid", { ...creds, type: "nope" as never }));
    outcomes["jwt:reserved"] = await drive("jwt:reserved", () => signPlaybackId("pid", { ...creds, params: { sub: "x" } }));
    outcomes["jwt:truncated-key"] = await drive("jwt:truncated-key", () => signPlaybackId("pid", { keyId: "k", keySecret: privateKey.base64.slice(0, 600) }));
    outcomes["jwt:pem-damaged"] = await drive("jwt:pem-damaged", () => signPlaybackId("pid", { keyId: "k", keySecret: privateKey.pem.replace(/M/g, "%") }));
    outcomes["jwt:public-as-private"] = await drive("jwt:public-as-private", () => signPlaybackId("pid", { keyId: "k", keySecret: privateKey.publicPem }));
    outcomes["jwt:missing"] = await drive("jwt:missing", () => signPlaybackId("pid", { keyId: null, keySecret: privateKey.base64 }));
    outcomes["jwt:signer-bad-key"] = await drive("jwt:signer-bad-key", () => createJwtSigner({ keyId: "k", keySecret: `${privateKey.pem}garbage` }).signPlaybackId("p"));

    // Both paths were really exercised.
    expect(outcomes["basic:create"]).toBe("ok");
    expect(outcomes["bearer:whoami"]).toBe("ok");
    expect(outcomes["wrong:whoami"]).toBe("error");
    expect(outcomes["readOnly:create"]).toBe("error");
    expect(outcomes["dead:whoami"]).toBe("error");
    expect(outcomes["mux:jwt"]).toBe("ok");
    expect(outcomes["badMux:jwt"]).toBe("error");
    expect(outcomes["jwt:truncated-key"]).toBe("error");
    expect(outcomes["core:bad-bearer"]).toBe("error");
    expect(outcomes["mux:webhook"]).toBe("ok");
    expect(outcomes["webhooks:unwrap"]).toBe("ok");
    for (const label of ["mux:webhook-tampered", "webhooks:wrong-secret", "webhooks:stale", "webhooks:ahead", "webhooks:not-json", "webhooks:bad-secret-list"]) {
      expect(outcomes[label], label).toBe("error");
    }
    expect(Object.values(outcomes).filter((o) => o === "ok").length).toBeGreaterThan(20);
    expect(Object.values(outcomes).filter((o) => o === "error").length).toBeGreaterThan(30);
    expect(logs.length).toBeGreaterThan(20);
  });

  it("no error shows a secret (String, JSON.stringify, util.inspect with depth and hidden fields)", () => {
    expect(errors.length).toBeGreaterThan(30);
    const secrets = forbidden();
    for (const { label, error } of errors as Array<{ label: string; error: unknown }>) {
      const views = [
        String(error),
        JSON.stringify(error) ?? "",
        inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
        // The cause chain, rendered on its own.
        inspect((error as { cause?: unknown })?.cause, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      ];
      for (const view of views) for (const s of secrets) expect(view.includes(s), `${label} leaks ${s.slice(0, 6)}…: ${view.slice(0, 300)}`).toBe(false);
    }
  });

  it("no log line shows a secret", () => {
    const secrets = forbidden();
    for (const line of logs) for (const s of secrets) expect(line.includes(s), `log leaks: ${line.slice(0, 200)}`).toBe(false);
  });

  it("no client or resource object shows a secret (util.inspect, JSON.stringify)", () => {
    const secrets = forbidden();
    for (const object of objects) {
      const views = [inspect(object, { depth: Number.POSITIVE_INFINITY, showHidden: true }), JSON.stringify(object) ?? ""];
      for (const view of views) for (const s of secrets) expect(view.includes(s), `object leaks: ${view.slice(0, 200)}`).toBe(false);
    }
  });

  it("the mock's request log kept no credential either", () => {
    const text = JSON.stringify(server.mock.requests);
    for (const s of forbidden()) expect(text.includes(s)).toBe(false);
  });
});
