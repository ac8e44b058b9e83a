import type { components } from "@mux/core";
import type { FaultRegistry } from "./faults.js";
import type { LoggedRequest } from "./request-log.js";
import type { SigningKeyStore } from "./signing-key-store.js";
import type { MuxMockToken } from "./tokens.js";

/** What whoami reports about the environment (the token's permissions are added per request). */
export type Identity = Omit<components["schemas"]["Whoami"], "permissions">;

/** Everything the handlers of one mock share. */
export interface MockState {
  /** Normalised base URL (no trailing slash). */
  readonly baseURL: string;
  /** The base URL's path, stripped from request paths before matching (`""` for an origin). */
  readonly basePath: string;
  readonly tokens: readonly MuxMockToken[];
  readonly identity: Identity;
  readonly store: SigningKeyStore;
  readonly faults: FaultRegistry;
  readonly requests: LoggedRequest[];
}
