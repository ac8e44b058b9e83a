import type { components } from "@mux/core";
import type { HttpHandler } from "msw";
import { type Fault, type FaultHandle, FaultRegistry } from "./faults.js";
import { buildHandlers } from "./handlers.js";
import { sharedKeyPool } from "./key-pool.js";
import type { Identity, MockState } from "./mock-state.js";
import type { LoggedRequest } from "./request-log.js";
import { resolveMockBaseURL } from "./base-url.js";
import { type SeedSigningKey, SigningKeyStore, type StoredSigningKey } from "./signing-key-store.js";
import { DEFAULT_TOKEN, type MuxMockToken } from "./tokens.js";

/** Options of {@link createMuxMock}. */
export interface MuxMockOptions {
  /**
   * Where the handlers listen; a path prefix is allowed. Default: `MUX_BASE_URL` when set, else
   * `https://api.mux.com`, the same rule `createMuxClient` follows, so the two agree.
   */
  baseURL?: string | undefined;
  /** The credentials the mock accepts. Defaults to `[DEFAULT_TOKEN]` with every permission. */
  tokens?: MuxMockToken[] | undefined;
  /** What whoami reports. `permissions` is ignored: whoami reports the calling token's permissions. */
  identity?: Partial<components["schemas"]["Whoami"]> | undefined;
}

/** The signing keys in a mock's store. */
export interface MockSigningKeys {
  /** Every key, newest first (the order list answers in). */
  list(): StoredSigningKey[];
  /** One key by id (not percent-encoded), or undefined. */
  get(id: string): StoredSigningKey | undefined;
  /**
   * Puts keys in the store without a request: a count, or partial keys (`id`, `created_at`).
   * Their RSA key pairs are made lazily, when `publicKeyFor`/`privateKeyFor` first asks.
   */
  seed(keys: number | readonly SeedSigningKey[]): Promise<StoredSigningKey[]>;
  /** How many keys the store holds. */
  readonly size: number;
}

/** The fault injection controls of a mock. */
export interface MockFaults {
  /** Injects a fault into matching requests (first added, first used); see {@link Fault}. */
  add(fault: Fault): FaultHandle;
  /** Removes every fault. */
  clear(): void;
}

/** An in-memory fake of the Mux API: msw handlers plus the store, faults and log behind them. */
export interface MuxMock {
  /** The normalised base URL the handlers answer under. */
  readonly baseURL: string;
  /** msw request handlers, one per operation in the description. */
  readonly handlers: HttpHandler[];
  /** The stored signing keys. */
  readonly signingKeys: MockSigningKeys;
  /** The public half of a stored key, for WebCrypto/jose verification (RSASSA-PKCS1-v1_5, SHA-256). Rejects for an unknown id. */
  publicKeyFor(id: string): Promise<CryptoKey>;
  /** The public half of a stored key as an SPKI PEM (`-----BEGIN PUBLIC KEY-----`). Rejects for an unknown id. */
  publicKeyPemFor(id: string): Promise<string>;
  /**
   * The private half of a stored key as Mux's create returns it (base64 of a PKCS#1 PEM), so a
   * test can sign with a seeded key. The API itself never returns it after create.
   */
  privateKeyFor(id: string): Promise<string>;
  /** Fault injection. */
  readonly faults: MockFaults;
  /** Every request the handlers received, oldest first; credentials are redacted. */
  readonly requests: LoggedRequest[];
  /** Empties the store, the faults and the request log (in place). */
  reset(): void;
}

const DEFAULT_IDENTITY: Identity = {
  access_token_name: "mux-testing",
  environment_id: "mock-environment-id",
  environment_name: "Development",
  environment_type: "development",
  organization_id: "mock-organization-id",
  organization_name: "Mux Testing",
};

/**
 * Creates an in-memory fake of the Mux API. Nothing runs until a request arrives: pass
 * `mock.handlers` to msw's `setupServer`/`setupWorker` (or use `@mux/testing/node`).
 */
export function createMuxMock(options: MuxMockOptions = {}): MuxMock {
  const baseURL = resolveMockBaseURL(options.baseURL);
  const { permissions: _ignored, ...identity } = options.identity ?? {};
  const tokens = (options.tokens ?? [{ ...DEFAULT_TOKEN }]).map((token) => Object.freeze({ ...token }));
  const store = new SigningKeyStore(sharedKeyPool);
  const faults = new FaultRegistry();
  const requests: LoggedRequest[] = [];
  const state: MockState = {
    baseURL,
    basePath: new URL(baseURL).pathname.replace(/\/$/, ""),
    tokens,
    identity: { ...DEFAULT_IDENTITY, ...identity },
    store,
    faults,
    requests,
  };

  const material = async (id: string) => {
    const found = await store.material(id);
    if (!found) throw new Error(`No signing key with id ${JSON.stringify(id)} in the mock's store.`);
    return found;
  };

  return {
    baseURL,
    handlers: buildHandlers(state),
    signingKeys: {
      list: () => store.list(),
      get: (id) => store.get(id),
      seed: async (keys) => store.seed(keys),
      get size() {
        return store.size;
      },
    },
    publicKeyFor: async (id) => (await material(id)).publicKey,
    publicKeyPemFor: async (id) => (await material(id)).publicKeyPem,
    privateKeyFor: async (id) => (await material(id)).privateKeyBase64,
    faults: {
      add: (fault) => faults.add(fault),
      clear: () => faults.clear(),
    },
    requests,
    reset() {
      store.clear();
      faults.clear();
      requests.length = 0;
    },
  };
}

/** The msw handlers of a new mock: the same as `createMuxMock(options).handlers`. */
export function createMuxHandlers(options?: MuxMockOptions): HttpHandler[] {
  return createMuxMock(options).handlers;
}
