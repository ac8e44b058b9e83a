import type { OperationId } from "./operation.js";

/** Every permission the fake knows. A token configured without `permissions` gets all of them. */
export const ALL_PERMISSIONS: readonly string[] = Object.freeze([
  "video:read",
  "video:write",
  "data:read",
  "data:write",
  "system:read",
  "system:write",
]);

/** The permission each operation needs; whoami needs none. */
export const requiredPermission: Readonly<Record<OperationId, string | undefined>> = {
  "create-signing-key": "system:write",
  "delete-signing-key": "system:write",
  "get-signing-key": "system:read",
  "list-signing-keys": "system:read",
  "get-whoami": undefined,
};
