// Emergency key recovery: check the API token still works, make a new key at once, list the
// keys for a human to review. The private key goes to a secret store rather than the log.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

/** A stand-in for your secret manager. */
export const emergencySecrets = new Map<string, string>();

export async function emergencyKeyRecovery() {
  console.log("Starting emergency key recovery...");

  try {
    // Verify current token still works
    await mux.system.utilities.whoami();
    console.log("Current token is still valid");
  } catch {
    console.error("Current token is invalid, manual intervention required");
    return undefined;
  }

  // Create new signing key immediately
  const emergencyKey = await mux.system.signingKeys.create();
  emergencySecrets.set(emergencyKey.id, emergencyKey.private_key);
  console.log("Emergency signing key created:");
  console.log(`ID: ${emergencyKey.id}`);
  console.log("Private Key: stored in the secret store");

  // List keys (every page) for review; compromised keys are deleted manually
  const keyIds: string[] = [];
  for await (const key of mux.system.signingKeys.list()) keyIds.push(key.id);
  console.log(`Found ${keyIds.length} total signing keys`);

  // Manual approval needed for deletion in emergency situations
  console.log("Review and delete compromised keys manually");
  return { emergencyKeyId: emergencyKey.id, keyIds };
}
