import { InvalidArgumentError } from "@mux/errors";

/**
 * Throws `InvalidArgumentError` (naming `name`) unless `value` is an array of strings, none of
 * them empty when `nonEmpty` (what is asked for; what was granted may hold anything).
 */
export function checkPermissionList(name: string, value: unknown, nonEmpty = true): asserts value is readonly string[] {
  if (!Array.isArray(value) || value.some((p) => typeof p !== "string" || (nonEmpty && p === ""))) {
    throw new InvalidArgumentError(name, `${name} must be an array of ${nonEmpty ? "non-empty " : ""}strings.`);
  }
}

/**
 * True when `granted` satisfies `required`. A required permission with a colon
 * (`"video:read"`) must be granted exactly; one without (`"video"`) is satisfied by the
 * area itself or by any permission in that area (`"video:read"`, `"video:write"`).
 * Comparison is case-sensitive, like Mux's permission strings.
 *
 * @example
 * hasPermission(["video:read"], "video");       // true
 * hasPermission(["video:read"], "video:write"); // false
 */
export function hasPermission(granted: readonly string[], required: string): boolean {
  checkPermissionList("granted", granted, false);
  if (typeof required !== "string" || required === "") throw new InvalidArgumentError("required", "required must be a non-empty string.");
  return satisfies(granted, required);
}

/** The required permissions that `granted` does not satisfy, in the order given. See {@link hasPermission}. */
export function missingPermissions(granted: readonly string[], required: readonly string[]): string[] {
  checkPermissionList("granted", granted, false);
  checkPermissionList("required", required);
  return missing(granted, required);
}

/** {@link missingPermissions} on checked input (whoami's own answer, in `checkTokenHealth`). */
export function missing(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((permission) => !satisfies(granted, permission));
}

/** {@link hasPermission} on checked input. */
function satisfies(granted: readonly string[], required: string): boolean {
  if (required.includes(":")) return granted.includes(required);
  return granted.some((permission) => permission === required || permission.startsWith(`${required}:`));
}
