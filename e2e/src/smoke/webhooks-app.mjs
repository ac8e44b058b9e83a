// Webhooks app: sign an event with WebCrypto (independently of the package), then verify and
// unwrap it with @mux/webhooks as text, bytes and a Request's headers; a tampered body, another
// secret and a stale timestamp fail with WebhookVerificationError, without the secret.
import { unwrapWebhook, verifyWebhookSignature, WebhookVerificationError } from "@mux/webhooks";
import { check, equal, rejects } from "./check.mjs";

const SECRET = "smoke-webhook-secret-3b8e";

/** @param {string} secret @param {number} t @param {string} body */
async function sign(secret, t, body) {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${t}.${body}`)));
  return `t=${t},v1=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** @param {unknown} error @param {string} reason @param {string} what */
function failedWith(error, reason, what) {
  check(error instanceof WebhookVerificationError, `${what}: a WebhookVerificationError`);
  equal(/** @type {WebhookVerificationError} */ (error).reason, reason, `${what} reason`);
  check(!String(/** @type {Error} */ (error).message).includes(SECRET), `${what}: no secret in the message`);
}

/** @returns {Promise<import("./check.mjs").SmokeResult>} */
export async function run() {
  const checks = [];
  const body = JSON.stringify({ type: "video.asset.ready", id: "evt-smoke", created_at: "2026-01-01T00:00:00Z", data: { id: "asset-1", note: "✓" } });
  const t = Math.floor(Date.now() / 1000);
  const signature = await sign(SECRET, t, body);

  const request = new Request("https://example.com/webhooks/mux", { method: "POST", body, headers: { "Mux-Signature": signature } });
  const event = await unwrapWebhook(await request.arrayBuffer(), request.headers, SECRET);
  equal(event.type, "video.asset.ready", "unwrapped type");
  equal(event.id, "evt-smoke", "unwrapped id");
  checks.push("unwrapWebhook verifies and parses a signed Request body (ArrayBuffer, Headers)");

  await verifyWebhookSignature(body, { "mux-signature": signature }, ["old-secret", SECRET]);
  await verifyWebhookSignature(new TextEncoder().encode(body), [["MUX-SIGNATURE", signature]], SECRET);
  checks.push("verifyWebhookSignature takes strings, bytes, objects, pairs and secret lists");

  const cases = [
    ["tampered body", body.replace("ready", "errored"), signature, "no_matching_signature"],
    ["other secret", body, await sign("other", t, body), "no_matching_signature"],
    ["stale", body, await sign(SECRET, t - 3600, body), "timestamp_too_old"],
    ["future", body, await sign(SECRET, t + 3600, body), "timestamp_in_future"],
    ["unsigned", body, undefined, "missing_header"],
  ];
  for (const [what, sent, header, reason] of cases) {
    const headers = header === undefined ? {} : { "mux-signature": header };
    failedWith(await rejects(() => verifyWebhookSignature(sent, headers, SECRET), what), reason, what);
  }
  checks.push("tampered, foreign, stale, future and unsigned webhooks fail with typed errors");

  return { name: "webhooks-app", checks };
}
