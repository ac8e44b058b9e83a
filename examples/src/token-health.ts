// Token health monitoring: the official recipe, and the same check with checkTokenHealth.
import Mux, { hasPermission } from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function monitorTokenHealth() {
  try {
    const info = await mux.system.utilities.whoami();

    // Verify expected permissions ("video" is satisfied by "video:read" or "video:write")
    const requiredPermissions = ["video", "data"];
    const hasPermissions = requiredPermissions.every((perm) => hasPermission(info.permissions, perm));

    if (!hasPermissions) {
      console.error("Token missing required permissions");
    }

    console.log(`Token health check passed for ${info.environment_name}`);
    console.log(`Organization: ${info.organization_name}`);
    return hasPermissions;
  } catch (error) {
    console.error("Token health check failed:", error);
    return false;
  }
}

/** The same check as one call: never throws for a bad token, a forbidden one or a network failure. */
export async function checkHealth(requiredPermissions: string[]) {
  const health = await mux.system.utilities.checkTokenHealth({ requiredPermissions });
  if ("error" in health) {
    console.error(`Token health check failed: ${health.error.message}`);
  } else if (!health.ok) {
    console.error(`Token missing required permissions: ${health.missing.join(", ")}`);
  } else {
    console.log(`Token health check passed for ${health.info.environment_name}`);
  }
  return health;
}

/** Check token health hourly. */
export function scheduleHourlyHealthCheck(): ReturnType<typeof setInterval> {
  return setInterval(monitorTokenHealth, 60 * 60 * 1000);
}
