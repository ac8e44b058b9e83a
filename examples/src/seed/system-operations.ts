// The System section of the official SDK's docs (../shared/seed/system-operations.txt), verbatim
// apart from the import line, the client options and wrapping top-level statements in functions
// (so importing this file starts no timers). It is type-checked with tsconfig.seed.json and the
// quick usage examples run in src/seed.test.ts. For production use see the files in src/.
import Mux, { AuthenticationError, NotFoundError, PermissionDeniedError, type UtilityWhoamiResponse } from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

// The seed's documented shapes: our results must be assignable to them.
interface SigningKey {
  /** Signing key identifier */
  id: string;
  /** Base64-encoded private key for JWT signing */
  private_key: string;
  /** Creation timestamp */
  created_at: string;
}
interface SeedWhoami {
  access_token_name: string;
  environment_id: string;
  environment_name: string;
  environment_type: string;
  organization_id: string;
  organization_name: string;
  permissions: Array<string>;
}
export async function documentedShapes(): Promise<[SigningKey, SeedWhoami, UtilityWhoamiResponse]> {
  const created: SigningKey = await mux.system.signingKeys.create();
  const info: SeedWhoami = await mux.system.utilities.whoami();
  return [created, info, info];
}

declare function updateConfiguration(values: Record<string, string>): Promise<void>;

export async function signingKeyUsage() {
  // Create a new signing key
  const signingKey = await mux.system.signingKeys.create();
  console.log('New signing key ID:', signingKey.id);
  // Store the private key securely
  process.env.MUX_PRIVATE_KEY = signingKey.private_key;
  // List all signing keys
  const signingKeys = await mux.system.signingKeys.list();
  console.log(`Total signing keys: ${signingKeys.data.length}`);
  // Retrieve specific signing key
  const key = await mux.system.signingKeys.retrieve('signing-key-id');
  // Delete old signing key
  await mux.system.signingKeys.delete('old-signing-key-id');
  return { signingKey, key };
}

export async function whoamiUsage() {
  // Get current token information
  const info = await mux.system.utilities.whoami();
  console.log('Organization ID:', info.organization_id);
  console.log('Environment:', info.environment_name);
  console.log('Token permissions:', info.permissions);
  // Verify token permissions
  if (info.permissions.includes('video')) {
    console.log('Token has video access');
  }
  return info;
}

export async function rotateSigningKey() {
  // Create new signing key
  const newKey = await mux.system.signingKeys.create();
  // Update environment/configuration with new key
  await updateConfiguration({
    MUX_SIGNING_KEY: newKey.id,
    MUX_PRIVATE_KEY: newKey.private_key,
  });
  // Wait for propagation (allow time for new key to be active)
  await new Promise(resolve => setTimeout(resolve, 30000));
  // List existing keys to find old ones
  const keys = await mux.system.signingKeys.list();
  // Delete keys older than the new one
  for (const key of keys.data) {
    if (key.id !== newKey.id && new Date(key.created_at) < new Date(newKey.created_at)) {
      await mux.system.signingKeys.delete(key.id);
      console.log(`Deleted old signing key: ${key.id}`);
    }
  }
  console.log(`Signing key rotation complete. New key ID: ${newKey.id}`);
}

export async function monitorTokenHealth() {
  try {
    const info = await mux.system.utilities.whoami();
    // Verify expected permissions
    const requiredPermissions = ['video', 'data'];
    const hasPermissions = requiredPermissions.every(perm =>
      info.permissions.includes(perm)
    );
    if (!hasPermissions) {
      console.error('Token missing required permissions');
    }
    console.log(`Token health check passed for ${info.environment_name}`);
    console.log(`Organization: ${info.organization_name}`);
  } catch (error) {
    console.error('Token health check failed:', error);
  }
}

export function schedule() {
  // Rotate keys monthly (beware: this delay exceeds setTimeout's 2^31-1 ms limit; Node then fires it every 1 ms)
  const rotation = setInterval(rotateSigningKey, 30 * 24 * 60 * 60 * 1000);
  // Check token health hourly
  const health = setInterval(monitorTokenHealth, 60 * 60 * 1000);
  return [rotation, health];
}

export async function setupEnvironmentKeys() {
  const environments = ['development', 'staging', 'production'];
  for (const env of environments) {
    // Create dedicated signing key for each environment
    const key = await mux.system.signingKeys.create();
    console.log(`${env.toUpperCase()} signing key created:`);
    console.log(` ID: ${key.id}`);
    console.log(` Set MUX_SIGNING_KEY=${key.id}`);
    console.log(` Set MUX_PRIVATE_KEY=${key.private_key}`);
    console.log('');
  }
}

export async function emergencyKeyRecovery() {
  console.log('Starting emergency key recovery...');
  try {
    // Verify current token still works
    await mux.system.utilities.whoami();
    console.log('Current token is still valid');
    // biome-ignore lint/correctness/noUnusedVariables: verbatim from the seed
  } catch (error) {
    console.error('Current token is invalid, manual intervention required');
    return;
  }
  // Create new signing key immediately
  const emergencyKey = await mux.system.signingKeys.create();
  console.log('Emergency signing key created:');
  console.log(`ID: ${emergencyKey.id}`);
  console.log(`Private Key: ${emergencyKey.private_key}`);
  // List and optionally delete compromised keys
  const keys = await mux.system.signingKeys.list();
  console.log(`Found ${keys.data.length} total signing keys`);
  // Manual approval needed for deletion in emergency situations
  console.log('Review and delete compromised keys manually');
}

export async function handleSystemOperationErrors() {
  try {
    // biome-ignore lint/correctness/noUnusedVariables: verbatim from the seed
    const key = await mux.system.signingKeys.create();
    console.log('Signing key created successfully');
  } catch (error) {
    if (error instanceof AuthenticationError) {
      console.error('Authentication failed - check token credentials');
    } else if (error instanceof PermissionDeniedError) {
      console.error('Insufficient permissions to create signing keys');
    } else {
      console.error('Unexpected error:', error.message);
    }
  }
  try {
    // biome-ignore lint/correctness/noUnusedVariables: verbatim from the seed
    const info = await mux.system.utilities.whoami();
    console.log('Token info retrieved successfully');
  } catch (error) {
    if (error instanceof NotFoundError) {
      console.error('Token not found or invalid');
    } else {
      console.error('Failed to get token info:', error.message);
    }
  }
}
