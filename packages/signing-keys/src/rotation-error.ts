import { MuxError } from "@mux/errors";
import type { SigningKey } from "./generated/types.js";
import type { CreatedSigningKey } from "./types.js";

/** Where a rotation stopped after the new key was made. */
export type RotationStage = "onCreated" | "propagation" | "list" | "delete";

/**
 * Thrown by `rotateSigningKeys` (from `@mux/signing-keys`) when it stops after creating the new key, so the new key
 * is never lost: `created` names it, `revealPrivateKey()` returns its private key (kept in a
 * private field: it is not enumerable, not serialised and not shown by inspection), `cause`
 * is the original failure and `deleted` lists the keys already deleted (always empty unless
 * `stage` is `"delete"`).
 */
export class SigningKeyRotationError extends MuxError {
  /** Gives the class its `name` and brands it for `instanceof` across installed copies, as in `@mux/errors`. */
  static override readonly kind: string = "SigningKeyRotationError";

  /** The step that failed. */
  readonly stage: RotationStage;
  /** The key the rotation created (id and created_at; no private key). */
  readonly created: SigningKey;
  /** Keys deleted before the rotation stopped. */
  readonly deleted: SigningKey[];
  readonly #privateKey: string;

  constructor(stage: RotationStage, created: CreatedSigningKey, cause: unknown, deleted: SigningKey[] = []) {
    super(describe(stage, created.id, deleted.length), { cause });
    this.stage = stage;
    this.created = { id: created.id, created_at: created.created_at };
    this.deleted = deleted;
    this.#privateKey = created.private_key;
  }

  /** The new key's private key (base64 PEM), for a caller whose `onCreated` could not store it. */
  revealPrivateKey(): string {
    return this.#privateKey;
  }
}

function describe(stage: RotationStage, id: string, deletedCount: number): string {
  const kept = `Signing key ${id} was created and still exists`;
  switch (stage) {
    case "onCreated":
      return `Key rotation stopped because onCreated failed; no key was deleted. ${kept}; read its private key with error.revealPrivateKey() or delete it.`;
    case "propagation":
      return `Key rotation was aborted while waiting for the new key to propagate; no key was deleted. ${kept}.`;
    case "list":
      return `Key rotation stopped because the signing keys could not be listed; no key was deleted. ${kept}.`;
    case "delete":
      return `Key rotation was aborted while deleting old keys after ${deletedCount} deletion(s). ${kept}.`;
  }
}
