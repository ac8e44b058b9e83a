import { HttpResponse } from "msw";
import type { MuxResponseBody, MuxResponseBodyFor, MuxStatus, OperationId } from "./operation.js";

/**
 * Builds a response for `operationId` whose status and body are checked against the generated
 * `paths`: `muxResponse("get-signing-key", 200, { data: { id, created_at } })`. A body that does
 * not match the description for that status is a type error. Use it in `server.use()` overrides.
 */
export function muxResponse<Id extends OperationId, Status extends MuxStatus<Id>>(
  operationId: Id,
  status: Status,
  body: MuxResponseBodyFor<Id, Status>,
  init?: { headers?: Record<string, string> },
): HttpResponse<MuxResponseBody<Id>> {
  void operationId; // only selects the types
  const headers = new Headers(init?.headers);
  if (body === null) return new HttpResponse(null, { status, headers }) as HttpResponse<MuxResponseBody<Id>>;
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new HttpResponse(JSON.stringify(body), { status, headers }) as unknown as HttpResponse<MuxResponseBody<Id>>;
}
