import type { MuxClient } from "@mux/core";
import { SigningKeys } from "@mux/signing-keys";
import { Utilities } from "@mux/utilities";

/** The System area of the API, as `mux.system`: `signingKeys` and `utilities`, built on first use. */
export class System {
  readonly #client: MuxClient;
  #signingKeys: SigningKeys | undefined;
  #utilities: Utilities | undefined;

  constructor(client: MuxClient) {
    this.#client = client;
  }

  /** Signing keys: `create()`, `retrieve(id)`, `list(query?)`, `delete(id)`. */
  get signingKeys(): SigningKeys {
    this.#signingKeys ??= new SigningKeys(this.#client);
    return this.#signingKeys;
  }

  /** Utilities: `whoami()` and `checkTokenHealth()`. */
  get utilities(): Utilities {
    this.#utilities ??= new Utilities(this.#client);
    return this.#utilities;
  }
}
