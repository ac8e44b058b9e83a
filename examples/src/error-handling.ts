// Error handling for System operations, as in the official SDK's docs.
import Mux, { AuthenticationError, NotFoundError, PermissionDeniedError } from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function handleSystemOperationErrors() {
  const outcomes: string[] = [];
  try {
    await mux.system.signingKeys.create();
    console.log("Signing key created successfully");
    outcomes.push("created");
  } catch (error) {
    if (error instanceof AuthenticationError) {
      console.error("Authentication failed - check token credentials");
      outcomes.push("authentication");
    } else if (error instanceof PermissionDeniedError) {
      console.error("Insufficient permissions to create signing keys");
      outcomes.push("permission");
    } else {
      console.error("Unexpected error:", error instanceof Error ? error.message : error);
      outcomes.push("unexpected");
    }
  }

  try {
    await mux.system.utilities.whoami();
    console.log("Token info retrieved successfully");
    outcomes.push("whoami");
  } catch (error) {
    if (error instanceof NotFoundError) {
      console.error("Token not found or invalid");
      outcomes.push("not-found");
    } else {
      console.error("Failed to get token info:", error instanceof Error ? error.message : error);
      outcomes.push("failed");
    }
  }
  return outcomes;
}
