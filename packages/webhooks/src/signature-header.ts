import { failure } from "./failure.js";

/** The header Mux signs webhooks with. */
const NAME = "mux-signature";

/** Leading and trailing HTTP whitespace, which `Headers` strips from every value. */
const OUTER_SPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** `value` without outer HTTP whitespace (the regular expression only runs when there is some). */
function trim(value: string): string {
  return value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32 ? value.replace(OUTER_SPACE, "") : value;
}

/** One value, or several joined the way `Headers` joins repeated headers; undefined when there is none. */
function headerValue(value: unknown): string | undefined {
  if (typeof value === "string") return trim(value);
  if (!Array.isArray(value)) return undefined;
  const parts: string[] = [];
  for (const item of value as unknown[]) if (typeof item === "string") parts.push(trim(item));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

function isName(name: unknown): boolean {
  return typeof name === "string" && name.length === NAME.length && name.toLowerCase() === NAME;
}

/** Finds the header in a `Headers`-like object, a plain object (any case; the last match wins) or `[name, value]` pairs. */
function find(headers: unknown): string | undefined {
  if (typeof headers !== "object" || headers === null) return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === "function") return headerValue(get.call(headers, NAME));
  if (Array.isArray(headers)) {
    const parts: string[] = [];
    for (const row of headers as unknown[]) {
      if (!Array.isArray(row) || !isName(row[0])) continue;
      const value = headerValue(row[1]);
      if (value !== undefined) parts.push(value);
    }
    return parts.length > 0 ? parts.join(", ") : undefined;
  }
  let found: string | undefined;
  for (const name of Object.keys(headers)) {
    if (isName(name)) found = headerValue((headers as Record<string, unknown>)[name]);
  }
  return found;
}

/** The `mux-signature` header's value; a `missing_header` failure when there is none (or the headers cannot be read). */
export function readSignatureHeader(headers: unknown): string {
  let value: string | undefined;
  try {
    value = find(headers);
  } catch (error) {
    throw failure(
      "missing_header",
      "The headers could not be read: pass Headers, a plain object or [name, value] pairs.",
      error,
    );
  }
  if (value === undefined || value === "") {
    throw failure(
      "missing_header",
      "The request has no mux-signature header: pass its headers unchanged (Mux signs every webhook).",
    );
  }
  return value;
}
