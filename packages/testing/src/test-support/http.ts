import { DEFAULT_TOKEN } from "@mux/testing";

/** The Authorization header for a Basic token. */
export function basic(tokenId: string = DEFAULT_TOKEN.tokenId, tokenSecret: string = DEFAULT_TOKEN.tokenSecret): string {
  return `Basic ${Buffer.from(`${tokenId}:${tokenSecret}`).toString("base64")}`;
}

/** Headers with the default token's Basic credentials. */
export const AUTH = { authorization: basic() };

/** Fetches and parses a JSON answer (or null for an empty body). */
export async function call(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(url, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });
  const text = await response.text();
  return { status: response.status, body: text === "" ? null : JSON.parse(text), headers: response.headers };
}
