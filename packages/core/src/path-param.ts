import { InvalidArgumentError } from "@mux/errors";

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Validates a path parameter before it is sent: a non-empty string that is
 * not `.` or `..` (which URL parsing would collapse into a parent path) and
 * has no unpaired UTF-16 surrogate. openapi-fetch then percent-encodes it so
 * it stays inside its own path segment.
 * @throws InvalidArgumentError with `argument` = `name`.
 */
export function pathParam(name: string, value: unknown): string {
  if (typeof value !== "string") {
    throw new InvalidArgumentError(name, `${name} must be a string, got ${value === null ? "null" : typeof value}.`);
  }
  if (value === "") throw new InvalidArgumentError(name, `${name} must not be empty.`);
  if (value === "." || value === "..") {
    throw new InvalidArgumentError(name, `${name} must not be "." or "..".`);
  }
  if (LONE_SURROGATE.test(value)) {
    throw new InvalidArgumentError(name, `${name} contains an unpaired UTF-16 surrogate.`);
  }
  return value;
}
