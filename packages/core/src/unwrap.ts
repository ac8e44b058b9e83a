import { InvalidResponseError } from "@mux/errors";

/**
 * Returns `body.data`, the payload Mux wraps every response in.
 * @throws InvalidResponseError when the body is not an object with a `data` field.
 */
export function unwrapData<D extends { data: unknown }>(body: D): D["data"] {
  if (typeof body !== "object" || body === null || !("data" in body) || body.data === undefined) {
    throw new InvalidResponseError(undefined, body, 'The response body has no "data" field.', undefined);
  }
  return body.data;
}
