import { defaultAnswers } from "./generated/operations.js";
import type { OperationId } from "./operation.js";
import { checkOperationId } from "./operation-id.js";

/** Bytes for a binary default answer (an image, a playlist or a rendition): a fixed small payload. */
const SAMPLE_BYTES = new Uint8Array([0x4d, 0x55, 0x58, 0x0a]);

/**
 * The answer the mock gives an operation it keeps no state for: the operation's success status
 * and a body sampled from its schema (JSON, text, or four fixed bytes for images, playlists and
 * renditions). Every call builds a new `Response` with the same status, headers and body, so two
 * clients asked the same thing get the same answer.
 */
export function defaultResponse(operationId: OperationId): Response {
  checkOperationId("defaultResponse", operationId);
  const answer = defaultAnswers[operationId];
  if (answer.mediaType === null) return new Response(null, { status: answer.status });
  const headers = { "content-type": answer.mediaType };
  if (answer.mediaType === "application/json") return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
  if (typeof answer.body === "string") return new Response(answer.body, { status: answer.status, headers });
  return new Response(SAMPLE_BYTES.slice(), { status: answer.status, headers });
}
