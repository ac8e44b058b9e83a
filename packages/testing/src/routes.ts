import { operationIndex } from "@mux/core/operations";
import type { OperationId } from "./operation.js";

/** The Mux production API. */
export const DEFAULT_BASE_URL = "https://api.mux.com";

/** Normalises a base URL: no trailing slash, no query or hash. */
export function normaliseBaseURL(baseURL: string): string {
  const url = new URL(baseURL);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}



/**
 * Matches a received path (percent-encoded, after the base URL) against a `{PARAM}` template and
 * returns the decoded parameters; undefined when it does not match or a segment is not valid encoding.
 */
export function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const expected = template.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!;
    const got = actual[i]!;
    const name = /^\{([^}]+)\}$/.exec(want)?.[1];
    if (name === undefined) {
      if (want !== got) return undefined;
      continue;
    }
    if (got === "") return undefined;
    try {
      params[name] = decodeURIComponent(got);
    } catch {
      return undefined;
    }
  }
  return params;
}

/** True when a received path has the template's shape (same segments, non-empty parameters), without decoding it. */
export function hasTemplateShape(template: string, path: string): boolean {
  const expected = template.split("/");
  const actual = path.split("/");
  return (
    expected.length === actual.length &&
    expected.every((want, i) => (/^\{[^}]+\}$/.test(want) ? actual[i] !== "" : want === actual[i]))
  );
}

/**
 * An msw predicate for one operation under a base URL. Matching happens on the raw, percent-encoded
 * path so that an id with `%2F` or invalid encoding still reaches the handler (which decodes it, or
 * answers 404) instead of breaking msw's own decoding.
 */
export function routePredicate(baseURL: string, operationId: OperationId): (args: { request: Request }) => boolean {
  // An operation on its own origin (playback) is served there while the mock stands in for
  // Mux's own API origin, as the client sends it there only then.
  const entry = operationIndex[operationId] as { server?: string };
  const base = new URL(entry.server && normaliseBaseURL(baseURL) === DEFAULT_BASE_URL ? entry.server : baseURL);
  const basePath = base.pathname.replace(/\/$/, "");
  const template: string = operationIndex[operationId].path;
  return ({ request }) => {
    const url = new URL(request.url);
    if (url.origin !== base.origin || !url.pathname.startsWith(basePath)) return false;
    return hasTemplateShape(template, url.pathname.slice(basePath.length));
  };
}
