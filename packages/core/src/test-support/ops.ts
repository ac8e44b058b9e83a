import { type APIPromise, callApi, type MuxClient, type PagePromise, type PageParams, paginate, pathParam, type RequestOptions, unwrapData } from "@mux/core";
import type { components } from "../generated/index.js";

type SigningKey = components["schemas"]["SigningKey"];

/** Leaf-style operations written exactly as sibling packages do, for tests. */
export function getKey(client: MuxClient, id: string, options?: RequestOptions): APIPromise<SigningKey> {
  return callApi(
    client,
    options,
    (api, init) =>
      api.GET("/system/v1/signing-keys/{SIGNING_KEY_ID}", {
        ...init,
        params: { path: { SIGNING_KEY_ID: pathParam("signingKeyId", id) } },
      }),
    unwrapData,
  );
}

export function createKey(client: MuxClient, options?: RequestOptions): APIPromise<SigningKey> {
  return callApi(client, options, (api, init) => api.POST("/system/v1/signing-keys", { ...init }), unwrapData);
}

export function deleteKey(client: MuxClient, id: string, options?: RequestOptions): APIPromise<void> {
  return callApi(
    client,
    options,
    (api, init) =>
      api.DELETE("/system/v1/signing-keys/{SIGNING_KEY_ID}", {
        ...init,
        params: { path: { SIGNING_KEY_ID: pathParam("signingKeyId", id) } },
      }),
    () => undefined,
  );
}

export function listKeys(client: MuxClient, query?: PageParams, options?: RequestOptions): PagePromise<SigningKey> {
  return paginate(client, query, options, (api, init, q) => api.GET("/system/v1/signing-keys", { ...init, params: { query: q } }));
}

export function key(id: string): SigningKey {
  return { id, created_at: "1700000000" } as SigningKey;
}
