// The generated operations (whoami), with the hand-written helpers beside them. `Utilities`
// exported here takes the place of the generated class.
export * from "./generated/index.js";
export {
  type CheckTokenHealthOptions,
  checkTokenHealth,
  type TokenHealth,
  type TokenHealthFailure,
  type TokenHealthReport,
} from "./check-token-health.js";
export { hasPermission, missingPermissions } from "./permissions.js";
export { Utilities } from "./utilities.js";
