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

  /**
   * Creates a signing key; the answer is the only place its `private_key` appears.
   * Same as `createSigningKey` from `@mux/signing-keys`, with this client.
   */
  create(options?: RequestOptions): APIPromise<CreatedSigningKey> {
    return createSigningKey(this.#client, options);
  }

  /**
   * Fetches one signing key by id, without its private key.
   * Same as `retrieveSigningKey` from `@mux/signing-keys`, with this client.
   */
  retrieve(signingKeyId: string, options?: RequestOptions): APIPromise<SigningKey> {
    return retrieveSigningKey(this.#client, signingKeyId, options);
  }

  /**
   * Lists the signing keys, newest first: await it for one page, `for await` it for every key.
   * Same as `listSigningKeys` from `@mux/signing-keys`, with this client.
   */
  list(query?: SigningKeyListParams, options?: RequestOptions): PagePromise<SigningKey> {
    return listSigningKeys(this.#client, query, options);
  }

  /**
   * Deletes a signing key for good; tokens it signed stop working.
   * Same as `deleteSigningKey` from `@mux/signing-keys`, with this client.
   */
  delete(signingKeyId: string, options?: RequestOptions): APIPromise<void> {
    return deleteSigningKey(this.#client, signingKeyId, options);
  }

  /**
   * Creates a new signing key, then deletes the older ones (see {@link RotateSigningKeysOptions}).
   * Same as `rotateSigningKeys` from `@mux/signing-keys`, with this client.
   */
  rotate(options: RotateSigningKeysOptions): Promise<RotateSigningKeysResult> {
    return rotateSigningKeys(this.#client, options);
  }
}
