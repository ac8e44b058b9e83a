import { type APIPromise, callApi, type MuxClient, pathParam, type RequestOptions } from "@mux/core";

/**
 * Deletes a signing key for good; tokens it signed stop working. Resolves to `undefined`.
 *
 * @example
 * await deleteSigningKey(client, "old-signing-key-id");
 */
export function deleteSigningKey(client: MuxClient, signingKeyId: string, options?: RequestOptions): APIPromise<void> {
  return callApi(
    client,
    options,
    (api, init) =>
      api.DELETE("/system/v1/signing-keys/{SIGNING_KEY_ID}", {
        ...init,
        params: { path: { SIGNING_KEY_ID: pathParam("signingKeyId", signingKeyId) } },
      }),
    () => undefined,
  );
}
