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

  /**
   * Describes the token this client authenticates with: environment, organization and permissions.
   * Same as `whoami` from `@mux/utilities`, with this client.
   */
  whoami(options?: RequestOptions): APIPromise<Whoami> {
    return whoami(this.#client, options);
  }

  /**
   * Calls whoami and compares the token's permissions with `requiredPermissions`; resolves
   * (does not reject) for a rejected or forbidden token and for connection failures.
   * Same as `checkTokenHealth` from `@mux/utilities`, with this client.
   */
  checkTokenHealth(options?: CheckTokenHealthOptions): Promise<TokenHealth> {
    return checkTokenHealth(this.#client, options);
  }
}
