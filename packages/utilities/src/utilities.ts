import type { MuxClient } from "@mux/core";
import { type CheckTokenHealthOptions, checkTokenHealth, type TokenHealth } from "./check-token-health.js";
import { Utilities as GeneratedUtilities } from "./generated/utilities.js";

/**
 * The utility operations bound to one client, as `mux.system.utilities` on the umbrella: the
 * generated `whoami`, plus `checkTokenHealth`.
 *
 * @example
 * const utilities = new Utilities(client);
 * const info = await utilities.whoami();
 */
export class Utilities extends GeneratedUtilities {
  readonly #client: MuxClient;

  /** Binds the operations to `client` (made with `createMuxClient`). */
  constructor(client: MuxClient) {
    super(client);
    this.#client = client;
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
