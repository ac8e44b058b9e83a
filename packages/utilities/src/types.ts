import type { components } from "@mux/core";

/**
 * What Mux says about the calling token: its name, environment, organization and
 * permissions (strings such as `"video:read"` or `"system:write"`).
 */
export type Whoami = components["schemas"]["Whoami"];
