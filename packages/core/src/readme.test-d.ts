// The README's snippets, type-checked with exactOptionalPropertyTypes on (tsconfig.exact.json),
// as strict apps compile them: optional options must accept an explicit `undefined`, such as a
// `process.env` value.
import {
  type APIPromise,
  callApi,
  type ClientOptions,
  createMuxClient,
  type components,
  type MuxClient,
  paginate,
  pathParam,
  type RequestOptions,
  unwrapData,
} from "@mux/core";
import { expectTypeOf, test } from "vitest";

test("quick start", async () => {
  const client = createMuxClient({ timeout: 20_000, maxRetries: 3 });
  const keys = paginate(client, { limit: 50 }, undefined, (api, init, query) =>
    api.GET("/system/v1/signing-keys", { ...init, params: { query: query ?? {} } }),
  );
  for await (const key of keys) expectTypeOf(key.id).toEqualTypeOf<string>();
  const { data } = await client.api.GET("/system/v1/whoami");
  expectTypeOf(data?.data.permissions).toEqualTypeOf<string[] | undefined>();
});

test("options straight from process.env", () => {
  createMuxClient({
    tokenId: process.env.MUX_TOKEN_ID,
    tokenSecret: process.env.MUX_TOKEN_SECRET,
    authorizationToken: process.env.MUX_AUTHORIZATION_TOKEN,
    baseURL: process.env.MUX_BASE_URL,
    timeout: undefined,
    maxRetries: undefined,
    maxRetryDelay: undefined,
    fetch: undefined,
    defaultHeaders: undefined,
    logLevel: undefined,
    logger: undefined,
  });
  const options: RequestOptions = { signal: undefined, timeout: undefined, maxRetries: undefined, headers: undefined };
  expectTypeOf(options).toExtend<RequestOptions>();
  expectTypeOf<{ tokenId: string | undefined }>().toExtend<ClientOptions>();
});

type SigningKey = components["schemas"]["SigningKey"];

test("writing an operation", () => {
  function retrieveSigningKey(client: MuxClient, id: string, options?: RequestOptions): APIPromise<SigningKey> {
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
  expectTypeOf(retrieveSigningKey).returns.toEqualTypeOf<APIPromise<SigningKey>>();
});
