import type { APIPromise, MuxClient, PagePromise, RequestOptions } from "@mux/core";
import { createSigningKey } from "./create-signing-key.js";
import { deleteSigningKey } from "./delete-signing-key.js";
import { listSigningKeys } from "./list-signing-keys.js";
import { retrieveSigningKey } from "./retrieve-signing-key.js";
import { type RotateSigningKeysOptions, type RotateSigningKeysResult, rotateSigningKeys } from "./rotate-signing-keys.js";
import type { CreatedSigningKey, SigningKey, SigningKeyListParams } from "./types.js";

/**
 * The signing-key operations bound to one client, as `mux.system.signingKeys` on the
 * umbrella. Each method is the standalone function of the same name with the client filled in.
 *
 * @example
 * const signingKeys = new SigningKeys(client);
 * const key = await signingKeys.create();
 */
export class SigningKeys {
  readonly #client: MuxClient;

  constructor(client: MuxClient) {
    this.#client = client;
  }

  /** See {@link createSigningKey}. */
  create(options?: RequestOptions): APIPromise<CreatedSigningKey> {
    return createSigningKey(this.#client, options);
  }

  /** See {@link retrieveSigningKey}. */
  retrieve(signingKeyId: string, options?: RequestOptions): APIPromise<SigningKey> {
    return retrieveSigningKey(this.#client, signingKeyId, options);
  }

  /** See {@link listSigningKeys}. */
  list(query?: SigningKeyListParams, options?: RequestOptions): PagePromise<SigningKey> {
    return listSigningKeys(this.#client, query, options);
  }

  /** See {@link deleteSigningKey}. */
  delete(signingKeyId: string, options?: RequestOptions): APIPromise<void> {
    return deleteSigningKey(this.#client, signingKeyId, options);
  }

  /** See {@link rotateSigningKeys}. */
  rotate(options: RotateSigningKeysOptions): Promise<RotateSigningKeysResult> {
    return rotateSigningKeys(this.#client, options);
  }
}
