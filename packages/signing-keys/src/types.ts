import type { components, operations } from "@mux/core";

/**
 * A signing key as Mux describes it: `id`, `created_at` (Unix seconds, as a string) and,
 * only in the answer to create, `private_key` (the base64 of a PKCS#1 PEM).
 */
export type SigningKey = components["schemas"]["SigningKey"];

/** The key create answers with: a {@link SigningKey} whose `private_key` is always present. */
export type CreatedSigningKey = SigningKey & { private_key: string };

/**
 * Query of `listSigningKeys` from `@mux/signing-keys`: `page` (from 1) and `limit` (items per page).
 * Left out, the server's defaults apply (page 1, 25 keys).
 */
export type SigningKeyListParams = NonNullable<operations["list-signing-keys"]["parameters"]["query"]>;
