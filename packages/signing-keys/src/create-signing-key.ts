import { type APIPromise, callApi, type MuxClient, type RequestOptions } from "@mux/core";
import { InvalidResponseError } from "@mux/errors";
import type { SigningKey } from "./generated/types.js";
import type { CreatedSigningKey } from "./types.js";

function requirePrivateKey(body: { data: SigningKey }): CreatedSigningKey {
  const key = body.data;
  if (typeof key?.private_key !== "string" || key.private_key === "") {
    throw new InvalidResponseError(undefined, undefined, "Mux created a signing key but its answer holds no private key.", undefined);
  }
  return key as CreatedSigningKey;
}

/**
 * Creates a signing key. The answer is the only time Mux hands out its `private_key`:
 * store it before doing anything else.
 *
 * @example
 * const key = await createSigningKey(client);
 * await saveSecret(key.id, key.private_key);
 */
export function createSigningKey(client: MuxClient, options?: RequestOptions): APIPromise<CreatedSigningKey> {
  return callApi(client, options, (api, init) => api.POST("/system/v1/signing-keys", { ...init }), requirePrivateKey);
}
