import { type MuxClient, type PagePromise, paginate, type RequestOptions } from "@mux/core";
import type { SigningKey, SigningKeyListParams } from "./types.js";

/**
 * Lists the environment's signing keys, newest first. Await it for the first page, or
 * `for await` over it for every key on every page. Without a query no `page` / `limit`
 * is sent, so the server's defaults apply (page 1, 25 keys).
 *
 * @example
 * for await (const key of listSigningKeys(client, { limit: 100 })) console.log(key.id);
 */
export function listSigningKeys(
  client: MuxClient,
  query?: SigningKeyListParams,
  options?: RequestOptions,
): PagePromise<SigningKey> {
  return paginate<SigningKey>(client, query, options, (api, init, pageQuery) =>
    api.GET("/system/v1/signing-keys", pageQuery ? { ...init, params: { query: pageQuery } } : { ...init }),
  );
}
