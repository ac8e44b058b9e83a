// Signing-keys app: the whole lifecycle of a signing key against a Mux-compatible server,
// using only @mux/signing-keys (and the client from @mux/core, which it depends on).
import { createMuxClient } from "@mux/core";
import { AuthenticationError, MuxError, NotFoundError } from "@mux/errors";
import { createSigningKey, deleteSigningKey, listSigningKeys, retrieveSigningKey } from "@mux/signing-keys";
import { check, equal, rejects } from "./check.mjs";
import { publicKeyFromSecret } from "./rsa.mjs";

/**
 * @param {{ baseURL: string; tokenId: string; tokenSecret: string }} env
 * @returns {Promise<import("./check.mjs").SmokeResult>}
 */
export async function run(env) {
  const checks = [];
  const client = createMuxClient({ baseURL: env.baseURL, tokenId: env.tokenId, tokenSecret: env.tokenSecret, maxRetries: 0 });

  const created = await createSigningKey(client);
  check(typeof created.id === "string" && created.id.length > 0, "created key has an id");
  check(typeof created.private_key === "string" && created.private_key.length > 100, "created key has a private key");
  await publicKeyFromSecret(created.private_key);
  checks.push("createSigningKey returns an id and a usable RSA private key");

  const fetched = await retrieveSigningKey(client, created.id);
  equal(fetched.id, created.id, "retrieved id");
  check(!("private_key" in fetched) || !fetched.private_key, "retrieve does not return the private key");
  checks.push("retrieveSigningKey finds it");

  const page = await listSigningKeys(client, { limit: 10 });
  check(page.data.some((k) => k.id === created.id), "list contains the new key");
  /** @type {string[]} */
  const seen = [];
  for await (const key of listSigningKeys(client, { limit: 1 })) seen.push(key.id);
  check(seen.includes(created.id), "async iteration over pages finds the new key");
  checks.push("listSigningKeys pages (await and for await)");

  await deleteSigningKey(client, created.id);
  const gone = await rejects(() => retrieveSigningKey(client, created.id), "retrieve after delete");
  check(gone instanceof NotFoundError, "404 is a NotFoundError");
  check(gone instanceof MuxError, "NotFoundError is a MuxError");
  equal(/** @type {NotFoundError} */ (gone).status, 404, "status");
  checks.push("deleteSigningKey removes it; retrieve then fails with NotFoundError");

  const badClient = createMuxClient({ baseURL: env.baseURL, tokenId: env.tokenId, tokenSecret: "wrong-secret", maxRetries: 0 });
  const denied = await rejects(() => listSigningKeys(badClient), "list with a wrong secret");
  check(denied instanceof AuthenticationError, "401 is an AuthenticationError");
  check(!JSON.stringify(denied).includes("wrong-secret"), "serialized error has no secret");
  check(!String(/** @type {Error} */ (denied).message).includes("wrong-secret"), "message has no secret");
  checks.push("a wrong secret fails with AuthenticationError and does not leak the secret");

  return { name: "signing-keys-app", checks };
}
