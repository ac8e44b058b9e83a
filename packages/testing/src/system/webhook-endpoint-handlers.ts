import { InvalidParameters, objectBody, optionalBoolean, optionalString, requiredString } from "../invalid-parameters.js";
import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import { pageRequest } from "../pagination.js";
import { notFound } from "../pipeline.js";
import { muxResponse } from "../respond.js";
import { webhookBody } from "../webhooks/endpoint-store.js";

/** An endpoint address: an absolute http(s) URL. */
function checkAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new InvalidParameters("address must be an absolute http:// or https:// URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidParameters("address must be an absolute http:// or https:// URL.");
  return address;
}

/**
 * The webhook-endpoint operations (`system.webhooks`). Each endpoint gets its own signing secret,
 * returned by create, retrieve and update (not by list); every enabled endpoint receives the
 * events the fake fires, signed with it.
 */
export function webhookEndpointOperations(state: MockState): OperationTable {
  const { endpoints } = state;
  return {
    "list-webhooks": ({ url }) => {
      const { page, limit } = pageRequest(url);
      const data = endpoints
        .records()
        .slice((page - 1) * limit, page * limit)
        .map((record) => webhookBody(record, false));
      return muxResponse("list-webhooks", 200, { data });
    },
    "create-webhook": ({ body }) => {
      const address = checkAddress(requiredString(objectBody(body, true), "address"));
      return muxResponse("create-webhook", 201, { data: webhookBody(endpoints.create(address, state.clock.now()), true) });
    },
    "get-webhook": ({ params }) => {
      const record = endpoints.get(params.WEBHOOK_ID ?? "");
      return record ? muxResponse("get-webhook", 200, { data: webhookBody(record, true) }) : notFound();
    },
    "update-webhook": ({ params, body }) => {
      const fields = objectBody(body, true);
      const address = optionalString(fields, "address");
      const record = endpoints.update(params.WEBHOOK_ID ?? "", {
        ...(address === undefined ? {} : { address: checkAddress(address) }),
        ...(fields.enabled === undefined ? {} : { enabled: optionalBoolean(fields, "enabled") ?? true }),
      });
      return record ? muxResponse("update-webhook", 200, { data: webhookBody(record, true) }) : notFound();
    },
    "delete-webhook": ({ params }) => (endpoints.delete(params.WEBHOOK_ID ?? "") ? muxResponse("delete-webhook", 204, null) : notFound()),
  };
}
