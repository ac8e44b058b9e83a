import { objectBody, optionalObject } from "../invalid-parameters.js";
import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import { pageRequest } from "../pagination.js";
import { notFound } from "../pipeline.js";
import { muxResponse } from "../respond.js";
import { parseReferrer, parseUserAgent } from "./playback-restrictions.js";

/** The playback-restriction operations, answered from the mock's restrictions. */
export function playbackRestrictionOperations(state: MockState): OperationTable {
  const restrictions = state.playbackRestrictions;
  const id = (params: Readonly<Record<string, string>>) => params.PLAYBACK_RESTRICTION_ID ?? "";
  return {
    "list-playback-restrictions": ({ url }) => {
      const { page, limit } = pageRequest(url);
      return muxResponse("list-playback-restrictions", 200, { data: restrictions.list().slice((page - 1) * limit, page * limit) });
    },
    "create-playback-restriction": ({ body }) => {
      const fields = objectBody(body);
      void optionalObject(fields, "referrer");
      return muxResponse("create-playback-restriction", 201, { data: restrictions.create(fields) });
    },
    "get-playback-restriction": ({ params }) => {
      const restriction = restrictions.view(id(params));
      return restriction ? muxResponse("get-playback-restriction", 200, { data: restriction }) : notFound();
    },
    "update-referrer-domain-restriction": ({ params, body }) => {
      const restriction = restrictions.update(id(params), { referrer: parseReferrer(objectBody(body, true)) });
      return restriction ? muxResponse("update-referrer-domain-restriction", 200, { data: restriction }) : notFound();
    },
    "update-user-agent-restriction": ({ params, body }) => {
      const restriction = restrictions.update(id(params), { user_agent: parseUserAgent(objectBody(body, true)) });
      return restriction ? muxResponse("update-user-agent-restriction", 200, { data: restriction }) : notFound();
    },
    "delete-playback-restriction": ({ params }) =>
      restrictions.delete(id(params)) ? muxResponse("delete-playback-restriction", 204, null) : notFound(),
  };
}
