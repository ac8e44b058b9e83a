import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import { pageRequest } from "../pagination.js";
import { notFound } from "../pipeline.js";
import { muxResponse } from "../respond.js";

/** The signing-key operations and whoami, answered from the mock's key store and identity. */
export function systemOperations(state: MockState): OperationTable {
  return {
    "list-signing-keys": ({ url }) => {
      const { page, limit } = pageRequest(url);
      const data = state.store
        .list()
        .slice((page - 1) * limit, page * limit)
        .map(({ id, created_at }) => ({ id, created_at }));
      return muxResponse("list-signing-keys", 200, { data });
    },
    "create-signing-key": async () => muxResponse("create-signing-key", 201, { data: await state.store.create() }),
    "get-signing-key": ({ params }) => {
      const key = state.store.get(params.SIGNING_KEY_ID ?? "");
      return key ? muxResponse("get-signing-key", 200, { data: { id: key.id, created_at: key.created_at } }) : notFound();
    },
    "delete-signing-key": ({ params }) =>
      state.store.delete(params.SIGNING_KEY_ID ?? "") ? muxResponse("delete-signing-key", 204, null) : notFound(),
    "get-whoami": ({ caller }) =>
      muxResponse("get-whoami", 200, {
        data: { ...state.identity, access_token_name: caller.name ?? state.identity.access_token_name, permissions: [...caller.permissions] },
      }),
  };
}
