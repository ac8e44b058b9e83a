// The generated operations, with the hand-written helpers beside them. A name exported here
// explicitly (createSigningKey, SigningKeys) takes the place of the generated one.
export * from "./generated/index.js";
export { createSigningKey } from "./create-signing-key.js";
export {
  type FailedDeletion,
  type RotateSigningKeysOptions,
  type RotateSigningKeysResult,
  rotateSigningKeys,
} from "./rotate-signing-keys.js";
export { type RotationStage, SigningKeyRotationError } from "./rotation-error.js";
export { SigningKeys } from "./signing-keys.js";
export type { CreatedSigningKey } from "./types.js";
