import type { SigningKey } from "./generated/types.js";

/** The key create answers with: a `SigningKey` whose `private_key` is always present. */
export type CreatedSigningKey = SigningKey & { private_key: string };
