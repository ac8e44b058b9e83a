import { InvalidParameters } from "./invalid-parameters.js";

/** Mux's list defaults and the largest page the fake serves. */
export const DEFAULT_PAGE = 1;
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

/** Page and limit read from a query, or the messages explaining why they are invalid. */
export type PageQuery = { ok: true; page: number; limit: number } | { ok: false; messages: string[] };

function readPositiveInteger(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** Reads `page` and `limit` like Mux: positive integers, `limit` at most {@link MAX_LIMIT}. */
export function readPageQuery(params: URLSearchParams): PageQuery {
  const messages: string[] = [];
  const page = readPositiveInteger(params.get("page"), DEFAULT_PAGE);
  if (page === undefined) messages.push("page must be a positive integer");
  const limit = readPositiveInteger(params.get("limit"), DEFAULT_LIMIT);
  if (limit === undefined || limit > MAX_LIMIT) messages.push(`limit must be an integer between 1 and ${MAX_LIMIT}`);
  if (page === undefined || limit === undefined || messages.length > 0) return { ok: false, messages };
  return { ok: true, page, limit };
}

/** `page` and `limit` of a list request; an {@link InvalidParameters} (Mux's 400) when they are invalid. */
export function pageRequest(url: URL): { page: number; limit: number } {
  const query = readPageQuery(url.searchParams);
  if (!query.ok) throw new InvalidParameters(...query.messages);
  return { page: query.page, limit: query.limit };
}
