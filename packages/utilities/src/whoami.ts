import { type APIPromise, callApi, type MuxClient, type RequestOptions, unwrapData } from "@mux/core";
import type { Whoami } from "./types.js";

/**
 * Describes the token the client authenticates with: environment, organization and permissions.
 * Needs no particular permission.
 *
 * @example
 * const info = await whoami(client);
 * console.log(info.environment_name, info.permissions);
 */
export function whoami(client: MuxClient, options?: RequestOptions): APIPromise<Whoami> {
  return callApi(client, options, (api, init) => api.GET("/system/v1/whoami", { ...init }), unwrapData);
}
