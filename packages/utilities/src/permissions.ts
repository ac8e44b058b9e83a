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
  if (required.includes(":")) return granted.includes(required);
  return granted.some((permission) => permission === required || permission.startsWith(`${required}:`));
}

/** The required permissions that `granted` does not satisfy, in the order given. See {@link hasPermission}. */
export function missingPermissions(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((permission) => !hasPermission(granted, permission));
}
