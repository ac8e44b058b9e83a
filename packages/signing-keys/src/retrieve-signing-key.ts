import { type APIPromise, callApi, type MuxClient, pathParam, type RequestOptions, unwrapData } from "@mux/core";
import type { SigningKey } from "./types.js";

/**
 * Fetches one signing key by id (without its private key).
 * Rejects with `NotFoundError` for an unknown id and `InvalidArgumentError` for an empty one.
 *
 * @example
 * const key = await retrieveSigningKey(client, "signing-key-id");
 */
export function retrieveSigningKey(
  client: MuxClient,
  signingKeyId: string,
  options?: RequestOptions,
): APIPromise<SigningKey> {
  return callApi(
    client,
    options,
    (api, init) =>
      api.GET("/system/v1/signing-keys/{SIGNING_KEY_ID}", {
        ...init,
        params: { path: { SIGNING_KEY_ID: pathParam("signingKeyId", signingKeyId) } },
      }),
    unwrapData,
  );
}
