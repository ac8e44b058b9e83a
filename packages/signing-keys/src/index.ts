export { createSigningKey } from "./create-signing-key.js";
export { deleteSigningKey } from "./delete-signing-key.js";
export { listSigningKeys } from "./list-signing-keys.js";
export { retrieveSigningKey } from "./retrieve-signing-key.js";
export {
  type FailedDeletion,
  type RotateSigningKeysOptions,
  type RotateSigningKeysResult,
  rotateSigningKeys,
} from "./rotate-signing-keys.js";
export { type RotationStage, SigningKeyRotationError } from "./rotation-error.js";
export { SigningKeys } from "./signing-keys.js";
export type { CreatedSigningKey, SigningKey, SigningKeyListParams } from "./types.js";
