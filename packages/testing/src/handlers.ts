import { type HttpHandler, http, type PathParams } from "msw";
import { defaultResponse } from "./default-response.js";
import { muxErrorBody, NOT_FOUND } from "./error-body.js";
import type { MockState } from "./mock-state.js";
import { operationIndex } from "@mux/core";
import { type MuxResponseBody, type OperationId, operationIds } from "./operation.js";
import { readPageQuery } from "./pagination.js";
import { runOperation } from "./pipeline.js";
import { muxResponse } from "./respond.js";
import { routePredicate } from "./routes.js";

/** The default handler of an operation: its success status and a body sampled from its schema. */
function defaultHandler(state: MockState, operationId: OperationId): HttpHandler {
  const method = operationIndex[operationId].method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
  return http[method](routePredicate(state.baseURL, operationId), ({ request }) =>
    runOperation(state, operationId, request, () => defaultResponse(operationId)),
  );
}

/**
 * One msw handler per operation in the description: the stateful ones below (signing keys,
 * whoami), each typed with the operation's response body from the generated `paths`, and for
 * every other operation a default handler answering a schema-valid sample.
 */
export function buildHandlers(state: MockState): HttpHandler[] {
  const base = state.baseURL;
  const handlers: { [Id in OperationId]?: HttpHandler } = {
    "list-signing-keys": http.get<PathParams, never, MuxResponseBody<"list-signing-keys">>(
      routePredicate(base, "list-signing-keys"),
      ({ request }) =>
        runOperation(state, "list-signing-keys", request, ({ url }) => {
          const query = readPageQuery(url.searchParams);
          if (!query.ok) return muxResponse("list-signing-keys", 400, muxErrorBody("invalid_parameters", ...query.messages));
          const start = (query.page - 1) * query.limit;
          const data = state.store
            .list()
            .slice(start, start + query.limit)
            .map(({ id, created_at }) => ({ id, created_at }));
          return muxResponse("list-signing-keys", 200, { data });
        }),
    ),

    "create-signing-key": http.post<PathParams, never, MuxResponseBody<"create-signing-key">>(
      routePredicate(base, "create-signing-key"),
      ({ request }) =>
        runOperation(state, "create-signing-key", request, async () => {
          const data = await state.store.create();
          return muxResponse("create-signing-key", 201, { data });
        }),
    ),

    "get-signing-key": http.get<PathParams, never, MuxResponseBody<"get-signing-key">>(
      routePredicate(base, "get-signing-key"),
      ({ request }) =>
        runOperation(state, "get-signing-key", request, ({ params }) => {
          const key = state.store.get(params.SIGNING_KEY_ID ?? "");
          if (!key) return muxResponse("get-signing-key", 404, NOT_FOUND());
          return muxResponse("get-signing-key", 200, { data: { id: key.id, created_at: key.created_at } });
        }),
    ),

    "delete-signing-key": http.delete<PathParams, never, MuxResponseBody<"delete-signing-key">>(
      routePredicate(base, "delete-signing-key"),
      ({ request }) =>
        runOperation(state, "delete-signing-key", request, ({ params }) => {
          if (!state.store.delete(params.SIGNING_KEY_ID ?? "")) {
            return muxResponse("delete-signing-key", 404, NOT_FOUND());
          }
          return muxResponse("delete-signing-key", 204, null);
        }),
    ),

    "get-whoami": http.get<PathParams, never, MuxResponseBody<"get-whoami">>(
      routePredicate(base, "get-whoami"),
      ({ request }) =>
        runOperation(state, "get-whoami", request, ({ caller }) =>
          muxResponse("get-whoami", 200, {
            data: {
              ...state.identity,
              access_token_name: caller.name ?? state.identity.access_token_name,
              permissions: [...caller.permissions],
            },
          }),
        ),
    ),
  };
  return operationIds.map((id) => handlers[id] ?? defaultHandler(state, id));
}
