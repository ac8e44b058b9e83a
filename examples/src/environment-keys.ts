// One signing key per environment. The recipe prints each private key; here it goes to a
// secret store instead and only a fingerprint is printed (logs are not a place for secrets).
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

/** A stand-in for your secret manager, keyed by environment. */
export const environmentSecrets = new Map<string, { MUX_SIGNING_KEY: string; MUX_PRIVATE_KEY: string }>();

export async function setupEnvironmentKeys() {
  const environments = ["development", "staging", "production"];

  for (const env of environments) {
    // Create dedicated signing key for each environment
    const key = await mux.system.signingKeys.create();
    environmentSecrets.set(env, { MUX_SIGNING_KEY: key.id, MUX_PRIVATE_KEY: key.private_key });
    console.log(`${env.toUpperCase()} signing key created:`);
    console.log(`  ID: ${key.id}`);
    console.log(`  Set MUX_SIGNING_KEY=${key.id}`);
    console.log(`  Set MUX_PRIVATE_KEY=<stored in the ${env} secret store, ${key.private_key.length} characters>`);
    console.log("");
  }
  return environmentSecrets;
}
