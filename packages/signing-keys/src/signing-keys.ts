import type { APIPromise, MuxClient, RequestOptions } from "@mux/core";
import { createSigningKey } from "./create-signing-key.js";
import { SigningKeys as GeneratedSigningKeys } from "./generated/signing-keys.js";
import { type RotateSigningKeysOptions, type RotateSigningKeysResult, rotateSigningKeys } from "./rotate-signing-keys.js";
import type { CreatedSigningKey } from "./types.js";

/**
 * The signing-key operations bound to one client, as `mux.system.signingKeys` on the
 * umbrella: the generated `retrieve`, `list` and `delete`, plus a `create` whose answer always
 * holds the private key, and `rotate`.
 *
 * @example
 * const signingKeys = new SigningKeys(client);
 * const key = await signingKeys.create();
 */
export class SigningKeys extends GeneratedSigningKeys {
  readonly #client: MuxClient;

  /** Binds the operations to `client` (made with `createMuxClient`). */
  constructor(client: MuxClient) {
    super(client);
    this.#client = client;
  }

  /**
   * Creates a signing key; the answer is the only place its `private_key` appears.
   * Same as `createSigningKey` from `@mux/signing-keys`, with this client.
   */
  override create(options?: RequestOptions): APIPromise<CreatedSigningKey> {
    return createSigningKey(this.#client, options);
  }

  /**
   * Creates a new signing key, then deletes the older ones (see {@link RotateSigningKeysOptions}).
   * Same as `rotateSigningKeys` from `@mux/signing-keys`, with this client.
   */
  rotate(options: RotateSigningKeysOptions): Promise<RotateSigningKeysResult> {
    return rotateSigningKeys(this.#client, options);
  }
}
