import type { APIPromise, MuxClient, RequestOptions } from "@mux/core";
import { type CheckTokenHealthOptions, checkTokenHealth, type TokenHealth } from "./check-token-health.js";
import type { Whoami } from "./types.js";
import { whoami } from "./whoami.js";

/**
 * The utility operations bound to one client, as `mux.system.utilities` on the umbrella.
 *
 * @example
 * const utilities = new Utilities(client);
 * const info = await utilities.whoami();
 */
export class Utilities {
  readonly #client: MuxClient;

  constructor(client: MuxClient) {
    this.#client = client;
  }

  /** See {@link whoami}. */
  whoami(options?: RequestOptions): APIPromise<Whoami> {
    return whoami(this.#client, options);
  }

  /** See {@link checkTokenHealth}. */
  checkTokenHealth(options?: CheckTokenHealthOptions): Promise<TokenHealth> {
    return checkTokenHealth(this.#client, options);
  }
}
