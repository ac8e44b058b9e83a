// Regular signing key rotation, as the official recipe writes it, with three fixes:
// - `created_at` is Unix seconds as a string: compare numbers (`new Date("1700000000")` is Invalid Date,
//   so the recipe as written never deletes anything);
// - read every page before deleting (the recipe only looks at the first page of 25);
// - schedule with a daily check: 30 days in ms exceeds setTimeout's limit, so Node runs
//   `setInterval(fn, 30 * 24 * 60 * 60 * 1000)` every millisecond instead.
// `rotate-with-helper.ts` does all of this (and more) with `mux.system.signingKeys.rotate()`.
import Mux, { type SigningKey } from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

/** Where this app keeps its configuration; replace with your secret manager. */
export const configuration: Record<string, string | undefined> = {};

async function updateConfiguration(values: Record<string, string>) {
  Object.assign(configuration, values);
}

/** How long to let the new key propagate; the recipe's 30 s unless overridden. */
const propagationMs = Number(process.env.PROPAGATION_MS ?? 30_000);

export async function rotateSigningKey() {
  // Create new signing key
  const newKey = await mux.system.signingKeys.create();

  // Update environment/configuration with new key
  await updateConfiguration({
    MUX_SIGNING_KEY: newKey.id,
    MUX_PRIVATE_KEY: newKey.private_key,
  });

  // Wait for propagation (allow time for new key to be active)
  await new Promise((resolve) => setTimeout(resolve, propagationMs));

  // List existing keys (every page) to find old ones
  const keys: SigningKey[] = [];
  for await (const key of mux.system.signingKeys.list()) keys.push(key);

  // Delete keys older than the new one
  const deleted: string[] = [];
  for (const key of keys) {
    if (key.id !== newKey.id && Number(key.created_at) < Number(newKey.created_at)) {
      await mux.system.signingKeys.delete(key.id);
      console.log(`Deleted old signing key: ${key.id}`);
      deleted.push(key.id);
    }
  }

  console.log(`Signing key rotation complete. New key ID: ${newKey.id}`);
  return { newKeyId: newKey.id, deleted };
}

/** Rotate keys monthly: check once a day whether the current key is 30 days old. */
export function scheduleMonthlyRotation(): ReturnType<typeof setInterval> {
  let lastRotation = Date.now();
  return setInterval(
    () => {
      if (Date.now() - lastRotation < 30 * 24 * 60 * 60 * 1000) return;
      lastRotation = Date.now();
      rotateSigningKey().catch((error) => console.error("Signing key rotation failed:", error));
    },
    24 * 60 * 60 * 1000,
  );
}
