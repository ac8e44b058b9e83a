import { operationIndex } from "@mux/core/operations";
import type { OperationId } from "./operation.js";

/**
 * Throws a TypeError that names `where` when `id` is not an operation id of the spec, so a typo
 * in a test (an override or fault that would never match) fails at once instead of silently.
 */
export function checkOperationId(where: string, id: unknown): asserts id is OperationId {
  if (typeof id !== "string" || !Object.hasOwn(operationIndex, id)) {
    throw new TypeError(`${where}: ${JSON.stringify(id) ?? String(id)} is not an operation id of the spec (ids look like "get-signing-key" or "list-assets").`);
  }
}
