import { base64ToText } from "./base64.js";
import { ALL_PERMISSIONS } from "./permissions.js";

/** An access token the fake accepts with HTTP Basic auth (`tokenId:tokenSecret`). */
export interface MuxMockBasicToken {
  tokenId: string;
  tokenSecret: string;
  /** Defaults to {@link ALL_PERMISSIONS}. */
  permissions?: string[];
  /** Reported by whoami as `access_token_name`; defaults to the identity's. */
  name?: string;
}

/** An authorization token the fake accepts as `Authorization: Bearer <token>`. */
export interface MuxMockBearerToken {
  authorizationToken: string;
  /** Defaults to {@link ALL_PERMISSIONS}. */
  permissions?: string[];
  /** Reported by whoami as `access_token_name`; defaults to the identity's. */
  name?: string;
}

/** A credential the fake accepts. */
export type MuxMockToken = MuxMockBasicToken | MuxMockBearerToken;

/**
 * The credentials every mock accepts unless `tokens` says otherwise; it has every permission.
 * These are throwaway values for the fake, never real Mux credentials.
 */
export const DEFAULT_TOKEN: Readonly<{ tokenId: string; tokenSecret: string }> = Object.freeze({
  tokenId: "mux-test-token-id",
  tokenSecret: "mux-test-token-secret",
});

/** Who made a request, once its credentials check out. */
export interface Caller {
  scheme: "basic" | "bearer";
  /** The token id for Basic; undefined for Bearer (the bearer token itself is secret). */
  tokenId: string | undefined;
  permissions: readonly string[];
  name: string | undefined;
}

/** How the Authorization header looked, without its secret part. */
export type CredentialScheme = "basic" | "bearer" | "none" | "other";

/** Reads the scheme of an Authorization header. */
export function credentialScheme(header: string | null): CredentialScheme {
  if (header === null || header.trim() === "") return "none";
  const scheme = header.trim().split(/\s+/, 1)[0]?.toLowerCase();
  if (scheme === "basic") return "basic";
  if (scheme === "bearer") return "bearer";
  return "other";
}

/** Checks an Authorization header against the configured tokens. */
export function authenticate(header: string | null, tokens: readonly MuxMockToken[]): Caller | undefined {
  if (header === null) return undefined;
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match) return undefined;
  const scheme = match[1]!.toLowerCase();
  const value = match[2]!;
  if (scheme === "basic") {
    const decoded = base64ToText(value);
    if (decoded === undefined) return undefined;
    const colon = decoded.indexOf(":");
    if (colon < 0) return undefined;
    const id = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    for (const token of tokens) {
      if ("tokenId" in token && token.tokenId === id && token.tokenSecret === secret) {
        return { scheme: "basic", tokenId: id, permissions: token.permissions ?? ALL_PERMISSIONS, name: token.name };
      }
    }
    return undefined;
  }
  if (scheme === "bearer") {
    for (const token of tokens) {
      if ("authorizationToken" in token && token.authorizationToken === value) {
        return { scheme: "bearer", tokenId: undefined, permissions: token.permissions ?? ALL_PERMISSIONS, name: token.name };
      }
    }
  }
  return undefined;
}
