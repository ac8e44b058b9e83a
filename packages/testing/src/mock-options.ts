import { InvalidArgumentError } from "@mux/errors";
import type { MuxMockOptions } from "./create-mux-mock.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const nonEmpty = (value: unknown): boolean => typeof value === "string" && value !== "";

/**
 * Checks one entry of `tokens`. Messages name the entry and the field, never a value: a token's
 * secret must not reach an error.
 */
function checkToken(token: unknown, index: number): void {
  const name = `tokens[${index}]`;
  if (!isPlainObject(token)) throw new InvalidArgumentError("tokens", `${name} must be an object such as { tokenId, tokenSecret }.`);
  const basic = token.tokenId !== undefined || token.tokenSecret !== undefined;
  if (basic ? !(nonEmpty(token.tokenId) && nonEmpty(token.tokenSecret)) : !nonEmpty(token.authorizationToken)) {
    throw new InvalidArgumentError(
      "tokens",
      `${name} needs tokenId and tokenSecret (non-empty strings) for Basic auth, or authorizationToken for Bearer.`,
    );
  }
  if (token.permissions !== undefined && !(Array.isArray(token.permissions) && token.permissions.every((p) => typeof p === "string"))) {
    throw new InvalidArgumentError("tokens", `${name}.permissions must be an array of permission strings, such as ["video:read"].`);
  }
  if (token.name !== undefined && typeof token.name !== "string") {
    throw new InvalidArgumentError("tokens", `${name}.name must be a string.`);
  }
}

/**
 * Checks the shape of {@link createMuxMock}'s options before anything is built, so a malformed
 * option fails with an `InvalidArgumentError` that names it instead of a crash later on. The
 * base URL, clock and timings values are checked where they are read.
 */
export function checkMockOptions(options: unknown): MuxMockOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) {
    throw new InvalidArgumentError("options", "The mock's options must be an object, such as { baseURL, tokens, identity }.");
  }
  if (options.tokens !== undefined) {
    if (!Array.isArray(options.tokens)) throw new InvalidArgumentError("tokens", "tokens must be an array of the credentials the mock accepts.");
    options.tokens.forEach(checkToken);
  }
  for (const name of ["identity", "timings"] as const) {
    if (options[name] !== undefined && !isPlainObject(options[name])) throw new InvalidArgumentError(name, `${name} must be an object.`);
  }
  if (options.webhookFetch !== undefined && typeof options.webhookFetch !== "function") {
    throw new InvalidArgumentError("webhookFetch", "webhookFetch must be a fetch function.");
  }
  return options as MuxMockOptions;
}
