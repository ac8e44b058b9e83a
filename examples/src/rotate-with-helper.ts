// Key rotation with the safe helper: the new key is stored before anything is deleted,
// every page is read, only strictly older keys go, `keep` is honoured, failures are reported.
import Mux, { SigningKeyRotationError } from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

/** A stand-in for your secret manager. */
export const secrets = new Map<string, string>();

export async function rotateWithHelper(options: { keep?: string[]; dryRun?: boolean; propagationMs?: number } = {}) {
  try {
    const result = await mux.system.signingKeys.rotate({
      onCreated: async (key) => {
        secrets.set("MUX_SIGNING_KEY", key.id);
        secrets.set("MUX_PRIVATE_KEY", key.private_key);
      },
      propagationMs: options.propagationMs ?? 30_000,
      keep: options.keep ?? [],
      dryRun: options.dryRun ?? false,
    });
    console.log(`New signing key: ${result.created.id}`);
    for (const key of result.deleted) console.log(`Deleted old signing key: ${key.id}`);
    for (const { key, error } of result.failed) console.error(`Could not delete ${key.id}:`, error);
    if (result.dryRun) console.log(`Dry run: would delete ${result.candidates.map((k) => k.id).join(", ") || "nothing"}`);
    return result;
  } catch (error) {
    if (error instanceof SigningKeyRotationError) {
      // The new key exists even though the rotation stopped; nothing was deleted.
      console.error(`Rotation stopped at ${error.stage}; new key ${error.created.id} was kept.`);
    }
    throw error;
  }
}
