// Create, list, retrieve and delete signing keys: the official SDK's usage example.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function signingKeyBasics(oldSigningKeyId: string) {
  // Create a new signing key
  const signingKey = await mux.system.signingKeys.create();
  console.log("New signing key ID:", signingKey.id);

  // Store the private key securely
  process.env.MUX_PRIVATE_KEY = signingKey.private_key;

  // List all signing keys (the first page; `for await` walks every page)
  const signingKeys = await mux.system.signingKeys.list();
  console.log(`Total signing keys: ${signingKeys.data.length}`);

  // Retrieve specific signing key
  const key = await mux.system.signingKeys.retrieve(signingKey.id);

  // Delete old signing key
  await mux.system.signingKeys.delete(oldSigningKeyId);

  return { created: signingKey, listed: signingKeys.data.length, retrieved: key };
}
