// Who am I? Token information and a permission check.
import Mux, { hasPermission } from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function showTokenInfo() {
  // Get current token information
  const info = await mux.system.utilities.whoami();
  console.log("Organization ID:", info.organization_id);
  console.log("Environment:", info.environment_name);
  console.log("Token permissions:", info.permissions);

  // Verify token permissions. Mux reports permissions as "area:access" ("video:read"), so the
  // seed's `info.permissions.includes('video')` is never true; hasPermission accepts an area.
  const videoAccess = hasPermission(info.permissions, "video");
  if (videoAccess) {
    console.log("Token has video access");
  }
  return { info, videoAccess };
}
