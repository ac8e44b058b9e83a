import type { MuxClient, RequestOptions } from "@mux/core";
import {
  APIConnectionError,
  AuthenticationError,
  InvalidArgumentError,
  PermissionDeniedError,
} from "@mux/errors";
import { checkPermissionList, missing } from "./permissions.js";
import type { Whoami } from "./generated/types.js";
import { whoami } from "./generated/whoami.js";

/** Options of `checkTokenHealth` from `@mux/utilities`. */
export interface CheckTokenHealthOptions extends RequestOptions {
  /**
   * Permissions the token must have. `"video:read"` must be granted exactly; `"video"` is
   * satisfied by any permission in the video area (see {@link hasPermission}). Default: none.
   */
  requiredPermissions?: readonly string[] | undefined;
}

/** The token answered whoami: `ok` is true when no required permission is missing. */
export interface TokenHealthReport {
  ok: boolean;
  /** Required permissions the token lacks, in the order they were given. */
  missing: string[];
  /** What whoami returned. */
  info: Whoami;
}

/** The token could not be checked: rejected (401), forbidden (403) or Mux was unreachable (connection error, timeout). */
export interface TokenHealthFailure {
  ok: false;
  error: AuthenticationError | PermissionDeniedError | APIConnectionError;
}

/** The result of `checkTokenHealth` from `@mux/utilities`; tell the two apart with `"error" in result`. */
export type TokenHealth = TokenHealthReport | TokenHealthFailure;

/**
 * The token-monitoring recipe as a function: calls whoami and compares the token's permissions
 * with `requiredPermissions`. Resolves (never rejects) for a bad token (401), a forbidden one
 * (403) and connection failures, so a scheduled check can log and carry on; other errors
 * (missing credentials, 5xx after retries, an unexpected answer) reject.
 *
 * @example
 * const health = await checkTokenHealth(client, { requiredPermissions: ["video", "system:write"] });
 * if (!health.ok) console.error("error" in health ? health.error.message : `missing ${health.missing.join(", ")}`);
 */
export async function checkTokenHealth(client: MuxClient, options: CheckTokenHealthOptions = {}): Promise<TokenHealth> {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "options must be an object.");
  const { requiredPermissions = [], ...requestOptions } = options;
  checkPermissionList("requiredPermissions", requiredPermissions);
  let info: Whoami;
  try {
    info = await whoami(client, requestOptions);
  } catch (error) {
    if (
      error instanceof AuthenticationError ||
      error instanceof PermissionDeniedError ||
      error instanceof APIConnectionError
    ) {
      return { ok: false, error };
    }
    throw error;
  }
  const lacking = missing(info.permissions, requiredPermissions);
  return { ok: lacking.length === 0, missing: lacking, info };
}
