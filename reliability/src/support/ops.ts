import {
  type APIPromise,
  callApi,
  type components,
  type MuxClient,
  type PagePromise,
  type PageParams,
  paginate,
  pathParam,
  type RequestOptions,
  unwrapData,
} from "@mux/core";

/** A signing key as the API returns it. */
export type SigningKey = components["schemas"]["SigningKey"];
/** Whoami as the API returns it. */
export type Whoami = components["schemas"]["Whoami"];

// The five operations written exactly the way the leaf packages write them, on core's
// public API only, so the fault matrix does not depend on packages still being written.

export function createKey(client: MuxClient, options?: RequestOptions): APIPromise<SigningKey> {
  return callApi(client, options, (api, init) => api.POST("/system/v1/signing-keys", { ...init }), unwrapData);
}

export function retrieveKey(client: MuxClient, id: string, options?: RequestOptions): APIPromise<SigningKey> {
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
  return paginate<SigningKey>(client, query, options, (api, init, q) =>
    api.GET("/system/v1/signing-keys", q ? { ...init, params: { query: q } } : { ...init }),
  );
}

export function whoami(client: MuxClient, options?: RequestOptions): APIPromise<Whoami> {
  return callApi(client, options, (api, init) => api.GET("/system/v1/whoami", { ...init }), unwrapData);
}
