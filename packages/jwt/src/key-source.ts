import { resolveCredentials } from "./credentials.js";
import { importPrivateKey } from "./import-private-key.js";
import type { JwtCredentials } from "./types.js";

/** A key id plus a way to get its imported signing key. */
export interface KeySource {
  readonly keyId: string;
  key(): Promise<CryptoKey>;
}

/** The key source for one call: options, then client defaults, then the environment. */
export function keySourceFor(options: JwtCredentials | undefined, defaults?: JwtCredentials): KeySource {
  const { keyId, keySecret } = resolveCredentials(options, defaults);
  return { keyId, key: () => importPrivateKey(keySecret) };
}
