import { operationIndex } from "@mux/core/operations";
import { resolveMockBaseURL } from "./base-url.js";
import type { OperationId } from "./operation.js";
import { checkOperationId } from "./operation-id.js";

/**
 * The msw path pattern of an operation under a base URL, with `{PARAM}` written as `:PARAM`:
 * `muxPath("get-signing-key")` is `"https://api.mux.com/system/v1/signing-keys/:SIGNING_KEY_ID"`.
 * Use it with msw's `http` to override one operation in a test. Without `baseURL` it follows
 * the mock's rule: `MUX_BASE_URL` when set, else `https://api.mux.com`.
 */
export function muxPath(operationId: OperationId, baseURL?: string): string {
  checkOperationId("muxPath", operationId);
  const template: string = operationIndex[operationId].path;
  return resolveMockBaseURL(baseURL) + template.replace(/\{([^}]+)\}/g, ":$1");
}
