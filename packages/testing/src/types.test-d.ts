import type { components } from "@mux/core";
import {
  createMuxMock,
  type MuxJsonBody,
  type MuxResponseBody,
  type MuxResponseBodyFor,
  type MuxResponses,
  muxResponse,
} from "@mux/testing";
import { HttpResponse, http, type PathParams } from "msw";
import { expectTypeOf, test } from "vitest";

type SigningKeyResponse = components["schemas"]["SigningKeyResponse"];
type MuxError = components["schemas"]["ErrorBody"];

test("response bodies come from the generated paths", () => {
  expectTypeOf<MuxResponseBodyFor<"get-signing-key", 200>>().toEqualTypeOf<SigningKeyResponse>();
  expectTypeOf<MuxResponseBodyFor<"get-signing-key", 404>>().toEqualTypeOf<MuxError>();
  expectTypeOf<MuxResponseBodyFor<"delete-signing-key", 204>>().toEqualTypeOf<null>();
  expectTypeOf<MuxResponseBodyFor<"list-signing-keys", 503>>().toEqualTypeOf<MuxError>();
  expectTypeOf<MuxResponseBody<"get-whoami">>().toEqualTypeOf<
    | components["schemas"]["WhoamiResponse"]
    | MuxError
    | components["schemas"]["RateLimitError"]
  >();
});

test("the helper types behind them are exported too", () => {
  expectTypeOf<MuxJsonBody<MuxResponses<"get-signing-key">[200]>>().toEqualTypeOf<SigningKeyResponse>();
  expectTypeOf<MuxJsonBody<MuxResponses<"delete-signing-key">[204]>>().toEqualTypeOf<null>();
});

test("a wrong response shape is a type error", () => {
  // @ts-expect-error created_at must be a string
  muxResponse("get-signing-key", 200, { data: { id: "k", created_at: 1 } });
  // @ts-expect-error the list answers an array in data
  muxResponse("list-signing-keys", 200, { data: { id: "k", created_at: "1" } });
  // @ts-expect-error whoami documents no 409
  muxResponse("get-whoami", 409, { error: { type: "conflict", messages: [] } });
  // @ts-expect-error 204 has no body
  muxResponse("delete-signing-key", 204, { data: {} });

  http.get<PathParams, never, MuxResponseBody<"get-signing-key">>("https://api.mux.com/x", () =>
    // @ts-expect-error an msw handler typed with the operation's bodies refuses other shapes
    HttpResponse.json({ data: { id: 1 } }),
  );
  http.get<PathParams, never, MuxResponseBody<"get-signing-key">>("https://api.mux.com/x", () =>
    HttpResponse.json({ data: { id: "k", created_at: "1" } }),
  );
});

test("mock.override types params, body and the answer from the spec", () => {
  const mock = createMuxMock();
  mock.override("get-asset", ({ params }) => {
    expectTypeOf(params.ASSET_ID).toEqualTypeOf<string>();
    return { data: { id: params.ASSET_ID, status: "ready", created_at: "1767225600", encoding_tier: "smart", max_resolution_tier: "1080p", progress: { state: "completed", progress: 100 }, master_access: "none", mp4_support: "none", normalize_audio: false } };
  });
  mock.override("create-direct-upload", ({ body }) => {
    expectTypeOf(body?.cors_origin).toEqualTypeOf<string | undefined>();
    return undefined;
  });
  // @ts-expect-error status is not one of the asset statuses
  mock.override("get-asset", () => ({ data: { status: "melted", created_at: "0", encoding_tier: "smart", max_resolution_tier: "1080p", progress: { state: "completed", progress: 100 }, master_access: "none", mp4_support: "none", normalize_audio: false } }));
  // @ts-expect-error get-asset has no SIGNING_KEY_ID parameter
  mock.override("get-asset", ({ params }) => void params.SIGNING_KEY_ID);
  mock.override("delete-asset", () => null);
});
