// Umbrella app: what a user of the official SDK writes, `import Mux from "@mux/mux-node"`.
import Mux from "@mux/mux-node";
import { check, equal, rejects } from "./check.mjs";
import { publicKeyFromSecret, verifyJwt } from "./rsa.mjs";

/**
 * @param {{ baseURL: string; tokenId: string; tokenSecret: string }} env
 * @returns {Promise<import("./check.mjs").SmokeResult>}
 */
export async function run(env) {
  const checks = [];
  const mux = new Mux({ baseURL: env.baseURL, tokenId: env.tokenId, tokenSecret: env.tokenSecret, maxRetries: 0 });

  const me = await mux.system.utilities.whoami();
  check(me && typeof me === "object", "whoami returns an object");
  checks.push("mux.system.utilities.whoami()");

  const key = await mux.system.signingKeys.create();
  check(typeof key.id === "string" && typeof key.private_key === "string", "create returns id and private_key");
  equal((await mux.system.signingKeys.retrieve(key.id)).id, key.id, "retrieve id");
  const page = await mux.system.signingKeys.list();
  check(page.data.some((k) => k.id === key.id), "list contains the key");
  checks.push("mux.system.signingKeys create / retrieve / list");

  const token = await mux.jwt.signPlaybackId("umbrellaPlaybackId", { keyId: key.id, keySecret: key.private_key });
  const { publicKey } = await publicKeyFromSecret(key.private_key);
  const { claims, header } = await verifyJwt(token, publicKey);
  equal(claims.sub, "umbrellaPlaybackId", "sub");
  equal(claims.kid ?? header.kid, key.id, "kid");
  checks.push("mux.jwt.signPlaybackId with a key the API created verifies with its public key");

  await mux.system.signingKeys.delete(key.id);
  const gone = await rejects(() => mux.system.signingKeys.retrieve(key.id), "retrieve after delete");
  equal(/** @type {{ status?: number }} */ (gone).status, 404, "status after delete");
  equal(/** @type {Error} */ (gone).name, "NotFoundError", "error name after delete");
  checks.push("mux.system.signingKeys.delete, then 404");

  // mux.webhooks loads @mux/webhooks on first use: check that the lazy import resolves everywhere.
  const hooks = new Mux({ webhookSecret: "umbrella-smoke-secret" }).webhooks;
  const body = JSON.stringify({ type: "video.asset.ready", id: "evt-u", created_at: "2026-01-01T00:00:00Z", data: {} });
  const t = Math.floor(Date.now() / 1000);
  const encoder = new TextEncoder();
  const hmacKey = await crypto.subtle.importKey("raw", encoder.encode("umbrella-smoke-secret"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, encoder.encode(`${t}.${body}`)));
  const signature = `t=${t},v1=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  equal((await hooks.unwrap(body, { "mux-signature": signature })).id, "evt-u", "unwrapped id");
  const forged = await rejects(() => hooks.verifySignature(`${body} `, { "mux-signature": signature }), "tampered webhook");
  equal(/** @type {Error} */ (forged).name, "WebhookVerificationError", "tampered webhook error name");
  checks.push("mux.webhooks.unwrap / verifySignature with the client's webhookSecret");

  return { name: "umbrella-app", checks };
}
