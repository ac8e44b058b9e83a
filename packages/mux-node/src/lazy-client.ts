import { type ClientOptions, createMuxClient, type MuxClient } from "@mux/core";
import { MissingCredentialsError } from "@mux/errors";
import { forUmbrella } from "./missing-credentials.js";

/**
 * A MuxClient that creates the real client (and so reads credentials and environment
 * variables) on first use. Every property, including core's private symbol-keyed runtime,
 * is forwarded to the real client. Core reads the client inside its request promise, so a
 * `MissingCredentialsError` from creation rejects the first API call instead of throwing
 * synchronously, worded for `new Mux()`. A failed creation is not cached: the next call tries again.
 */
export function lazyMuxClient(options: ClientOptions): MuxClient {
  let client: MuxClient | undefined;
  const real = (): MuxClient => {
    try {
      client ??= createMuxClient(options);
    } catch (error) {
      throw error instanceof MissingCredentialsError ? forUmbrella(error) : error;
    }
    return client;
  };
  return new Proxy({} as MuxClient, {
    get: (_target, property) => Reflect.get(real(), property),
    has: (_target, property) => Reflect.has(real(), property),
  });
}
