
/** Every permission the fake knows. A token configured without `permissions` gets all of them. */
export const ALL_PERMISSIONS: readonly string[] = Object.freeze([
  "video:read",
  "video:write",
  "data:read",
  "data:write",
  "system:read",
  "system:write",
  "robots:read",
  "robots:write",
]);

/** The permission each operation needs (generated from the spec); whoami and playback need none. */
export { requiredPermission } from "./generated/operations.js";
