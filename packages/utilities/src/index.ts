export {
  type CheckTokenHealthOptions,
  checkTokenHealth,
  type TokenHealth,
  type TokenHealthFailure,
  type TokenHealthReport,
} from "./check-token-health.js";
export { hasPermission, missingPermissions } from "./permissions.js";
export type { Whoami } from "./types.js";
export { Utilities } from "./utilities.js";
export { whoami } from "./whoami.js";
