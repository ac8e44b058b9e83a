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

  return { name: "umbrella-app", checks };
}
