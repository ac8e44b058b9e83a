/**
 * Fault matrix over real sockets: every operation x every fault, table-driven.
 * Asserts the outcome (typed error class or success), how many requests the
 * server saw, the time spent against the backoff rules, and that the signing-key
 * store holds exactly the keys the caller was told about.
 */
import { createMuxClient, type MuxClient } from "@mux/core";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  InternalServerError,
  InvalidResponseError,
  type MuxError,
  RateLimitError,
} from "@mux/errors";
import type { Fault } from "@mux/testing";
import { type MockMuxServer, startMockMuxServer } from "@mux/testing/node";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { createKey, deleteKey, listKeys, retrieveKey, whoami } from "./support/ops.js";
import { closedPortUrl, resetDuringBody, stallAfterHeaders, startRawServer } from "./support/raw-server.js";
import { maxBackoff, minBackoff, now, TIMER_SLACK_MS } from "./support/timing.js";

/** Per-attempt timeout of the client; generous, because creates make RSA keys on a busy CI machine. */
const TIMEOUT = 15_000;
/** The timeout used by the "slower than the timeout" cases. */
const SHORT_TIMEOUT = 400;
const MAX_RETRIES = 2;
const MAX_RETRY_DELAY = 3_000;
const SEED_ID = "seeded-key-0001";

type OpName = "create" | "list" | "retrieve" | "delete" | "whoami";
const OPS: Record<OpName, { operationId: string; idempotent: boolean; run: (c: MuxClient) => Promise<unknown> }> = {
  create: { operationId: "create-signing-key", idempotent: false, run: (c) => createKey(c) },
  list: { operationId: "list-signing-keys", idempotent: true, run: async (c) => (await listKeys(c)).data },
  retrieve: { operationId: "get-signing-key", idempotent: true, run: (c) => retrieveKey(c, SEED_ID) },
  delete: { operationId: "delete-signing-key", idempotent: true, run: (c) => deleteKey(c, SEED_ID) },
  whoami: { operationId: "get-whoami", idempotent: true, run: (c) => whoami(c) },
};
const OP_NAMES = Object.keys(OPS) as OpName[];

type ErrorClass = abstract new (...args: never[]) => MuxError;

/** What a case must produce. */
interface Expected {
  /** `"success"` or the error class the call must reject with (exact class, not a parent). */
  outcome: "success" | ErrorClass;
  /** Requests the server must have seen (undefined: not countable, e.g. connection refused). */
  requests: number | undefined;
  /** Lower bound on elapsed time (exact backoff rules). */
  minMs: number;
  /** Generous upper bound. */
  maxMs: number;
  /**
   * Effect on the store when the call fails: "none" (store unchanged), or "unknown-one"
   * (the server may have acted once and the caller could not be told: at most one extra key,
   * never two; for delete, the key may be gone).
   */
  sideEffect?: "none" | "unknown-one";
  /** For success: did the final answer come from the real operation (so the store changed)? */
  real?: boolean;
  /** Another outcome that is also correct (same store rules). */
  alsoAccept?: ErrorClass;
  /** Extra checks on the error. */
  check?: (error: MuxError) => void;
}

interface MockCase {
  kind: "mock";
  name: string;
  timeout?: number;
  fault: (op: OpName) => Fault | undefined;
  expect: (op: OpName) => Expected | undefined;
}
interface RawCase {
  kind: "raw";
  name: string;
  timeout?: number;
  handler?: (req: IncomingMessage, res: ServerResponse, index: number) => void;
  expect: (op: OpName) => Expected | undefined;
}
type Case = MockCase | RawCase;

const idem = (op: OpName) => OPS[op].idempotent;
const oneRetryOk = (delayMin: number, delayMax: number): Expected => ({
  outcome: "success",
  requests: 2,
  minMs: delayMin,
  maxMs: delayMax + 3_000,
  real: true,
});
const HTML = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>";

const CASES: Case[] = [
  {
    kind: "mock",
    name: "429 Retry-After seconds",
    fault: (op) => ({ operation: op2id(op), status: 429, headers: { "retry-after": "1" } }),
    expect: () => oneRetryOk(1_000, 1_000),
  },
  {
    kind: "mock",
    name: "429 Retry-After HTTP date",
    // The date has one-second resolution: 2 s ahead rounds down to a wait of (1, 2] s. It is made
    // when the 429 is sent, so a busy machine's delay before the request does not shorten the wait.
    fault: (op) => ({
      operation: op2id(op),
      status: 429,
      headers: () => ({ "retry-after": new Date(Date.now() + 2_000).toUTCString() }),
    }),
    expect: () => oneRetryOk(900, 2_000),
  },
  {
    kind: "mock",
    name: "429 retry-after-ms",
    fault: (op) => ({ operation: op2id(op), status: 429, headers: { "retry-after-ms": "150" } }),
    expect: () => oneRetryOk(150, 150),
  },
  {
    kind: "mock",
    name: "429 Retry-After above the cap",
    fault: (op) => ({ operation: op2id(op), status: 429, headers: { "retry-after": "120" }, times: Number.POSITIVE_INFINITY }),
    expect: () => ({
      outcome: RateLimitError,
      requests: 1,
      minMs: 0,
      maxMs: 2_500,
      sideEffect: "none",
      check: (e) => expect((e as RateLimitError).retryAfterMs).toBe(120_000),
    }),
  },
  {
    kind: "mock",
    name: "429 every time (retry-after-ms 30)",
    fault: (op) => ({ operation: op2id(op), status: 429, headers: { "retry-after-ms": "30" }, times: Number.POSITIVE_INFINITY }),
    expect: () => ({ outcome: RateLimitError, requests: MAX_RETRIES + 1, minMs: 60, maxMs: 3_000, sideEffect: "none" }),
  },
  ...[500, 502, 503, 504].map(
    (status): Case => ({
      kind: "mock",
      name: `${status} once`,
      fault: (op) => ({ operation: op2id(op), status }),
      expect: (op) =>
        idem(op)
          ? oneRetryOk(minBackoff(1), maxBackoff(1))
          : { outcome: InternalServerError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "none" },
    }),
  ),
  {
    kind: "mock",
    name: "503 every time",
    fault: (op) => ({ operation: op2id(op), status: 503, times: Number.POSITIVE_INFINITY }),
    expect: (op) =>
      idem(op)
        ? { outcome: InternalServerError, requests: 3, minMs: minBackoff(2), maxMs: maxBackoff(2) + 3_000, sideEffect: "none" }
        : { outcome: InternalServerError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "none" },
  },
  {
    kind: "mock",
    name: "500 after the server acted",
    fault: (op) => ({ operation: op2id(op), status: 500, afterEffect: true }),
    expect: (op) =>
      op === "create"
        ? // Not retried: at most one key, and the caller is told the outcome is an error.
          { outcome: InternalServerError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "unknown-one" }
        : op === "delete"
          ? // The retry finds the key already gone: core treats a 404 on a retried DELETE as done.
            // The key must be gone and no other key touched.
            {
              outcome: "success",
              requests: 2,
              minMs: minBackoff(1),
              maxMs: maxBackoff(1) + 3_000,
              real: true,
              sideEffect: "unknown-one",
            }
          : oneRetryOk(minBackoff(1), maxBackoff(1)),
  },
  {
    kind: "mock",
    name: "connection reset before the response",
    fault: (op) => ({ operation: op2id(op), networkError: true }),
    expect: (op) =>
      idem(op)
        ? oneRetryOk(minBackoff(1), maxBackoff(1))
        : { outcome: APIConnectionError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "none" },
  },
  {
    kind: "mock",
    name: "connection reset after the server acted",
    fault: (op) => (op === "create" ? { operation: op2id(op), networkError: true, afterEffect: true } : undefined),
    expect: () => ({ outcome: APIConnectionError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "unknown-one" }),
  },
  {
    kind: "mock",
    name: "headers slower than the timeout (once)",
    timeout: SHORT_TIMEOUT,
    fault: (op) => ({ operation: op2id(op), delayMs: SHORT_TIMEOUT * 4 }),
    expect: (op) =>
      op === "delete"
        ? // The server deletes after the client gave up; the retry then finds nothing (see "500 after the server acted").
          oneRetryOk(SHORT_TIMEOUT + minBackoff(1), SHORT_TIMEOUT + maxBackoff(1))
        : idem(op)
        ? oneRetryOk(SHORT_TIMEOUT + minBackoff(1), SHORT_TIMEOUT + maxBackoff(1))
        : { outcome: APIConnectionTimeoutError, requests: 1, minMs: SHORT_TIMEOUT, maxMs: SHORT_TIMEOUT + 2_500, sideEffect: "unknown-one" },
  },
  {
    kind: "mock",
    name: "headers slower than the timeout (always)",
    timeout: SHORT_TIMEOUT,
    fault: (op) => (idem(op) ? { operation: op2id(op), delayMs: SHORT_TIMEOUT * 4, times: Number.POSITIVE_INFINITY } : undefined),
    expect: () => ({
      outcome: APIConnectionTimeoutError,
      requests: 3,
      minMs: 3 * SHORT_TIMEOUT + minBackoff(2),
      maxMs: 3 * SHORT_TIMEOUT + maxBackoff(2) + 3_000,
      sideEffect: "unknown-one",
    }),
  },
  {
    kind: "mock",
    name: "truncated JSON",
    fault: (op) => ({ operation: op2id(op), status: 200, body: '{"data":{"id":"trunc', headers: { "content-type": "application/json" } }),
    expect: () => ({ outcome: InvalidResponseError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "none" }),
  },
  {
    kind: "mock",
    name: "HTML error page (502, every time)",
    fault: (op) => ({ operation: op2id(op), status: 502, body: HTML, headers: { "content-type": "text/html" }, times: Number.POSITIVE_INFINITY }),
    expect: (op) => ({
      outcome: InternalServerError,
      requests: idem(op) ? 3 : 1,
      minMs: idem(op) ? minBackoff(2) : 0,
      maxMs: maxBackoff(2) + 3_000,
      sideEffect: "none",
      check: (e) => {
        expect(e.message).toContain("502 Bad Gateway");
        expect(e.message).not.toContain("<");
      },
    }),
  },
  {
    kind: "mock",
    name: "HTML page with 200",
    fault: (op) => ({ operation: op2id(op), status: 200, body: HTML, headers: { "content-type": "text/html" } }),
    expect: () => ({
      outcome: InvalidResponseError,
      requests: 1,
      minMs: 0,
      maxMs: 2_500,
      sideEffect: "none",
      check: (e) => expect(e.message).not.toContain("<html"),
    }),
  },
  {
    kind: "mock",
    name: "empty 200",
    fault: (op) => ({ operation: op2id(op), status: 200, body: null }),
    expect: (op) =>
      op === "delete"
        ? { outcome: "success", requests: 1, minMs: 0, maxMs: 2_500, real: false }
        : { outcome: InvalidResponseError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "none" },
  },
  {
    kind: "mock",
    name: "204 where JSON is expected",
    fault: (op) => ({ operation: op2id(op), status: 204, body: null }),
    expect: (op) =>
      op === "delete"
        ? { outcome: "success", requests: 1, minMs: 0, maxMs: 2_500, real: false }
        : { outcome: InvalidResponseError, requests: 1, minMs: 0, maxMs: 2_500, sideEffect: "none" },
  },
  {
    kind: "mock",
    name: "JSON where 204 is expected",
    fault: (op) =>
      op === "delete" ? { operation: op2id(op), status: 200, body: { data: { id: SEED_ID, created_at: "1700000000" } } } : undefined,
    expect: () => ({ outcome: "success", requests: 1, minMs: 0, maxMs: 2_500, real: false }),
  },
  {
    kind: "raw",
    name: "connection reset during the body",
    handler: resetDuringBody,
    expect: () => ({ outcome: APIConnectionError, requests: 1, minMs: 0, maxMs: 2_500 }),
  },
  {
    kind: "raw",
    name: "body slower than the timeout (headers on time, then silence)",
    timeout: SHORT_TIMEOUT,
    handler: stallAfterHeaders,
    expect: () => ({ outcome: APIConnectionTimeoutError, requests: 1, minMs: SHORT_TIMEOUT, maxMs: SHORT_TIMEOUT + 3_000 }),
  },
  {
    kind: "raw",
    name: "connection refused (closed port)",
    // Nothing was sent, so every method (POST included) is retried.
    expect: () => ({ outcome: APIConnectionError, requests: undefined, minMs: minBackoff(2), maxMs: maxBackoff(2) + 3_000 }),
  },
];

function op2id(op: OpName): Fault["operation"] {
  return OPS[op].operationId as Fault["operation"];
}

function clientFor(baseURL: string, timeout = TIMEOUT, tokenId = "mux-test-token-id", tokenSecret = "mux-test-token-secret"): MuxClient {
  return createMuxClient({
    baseURL,
    tokenId,
    tokenSecret,
    timeout,
    maxRetries: MAX_RETRIES,
    maxRetryDelay: MAX_RETRY_DELAY,
    logLevel: "off",
  });
}

async function settle(op: OpName, client: MuxClient): Promise<{ value?: unknown; error?: unknown; ms: number }> {
  const start = now();
  try {
    const value = await OPS[op].run(client);
    return { value, ms: now() - start };
  } catch (error) {
    return { error, ms: now() - start };
  }
}

/** Extra upper-bound allowance for create: the mock makes a real RSA-2048 key (slow on a busy 2-core runner). */
const CREATE_CPU_ALLOWANCE_MS = 8_000;

function assertOutcome(exp: Expected, got: { value?: unknown; error?: unknown; ms: number }, op: OpName): void {
  if (exp.alsoAccept && got.error instanceof exp.alsoAccept) {
    // accepted alternative
  } else if (exp.outcome === "success") {
    if (got.error !== undefined) throw new Error(`expected success, got ${String(got.error)}`, { cause: got.error });
  } else {
    expect(got.error, `expected ${exp.outcome.name}`).toBeInstanceOf(exp.outcome);
    // The exact class, not just a parent (a timeout is an APIConnectionError too).
    expect((got.error as Error).constructor.name).toBe(exp.outcome.name);
    expect(got.error).toBeInstanceOf(APIError);
    exp.check?.(got.error as MuxError);
  }
  expect(got.ms).toBeGreaterThanOrEqual(exp.minMs - TIMER_SLACK_MS);
  expect(got.ms).toBeLessThan(exp.maxMs + (op === "create" ? CREATE_CPU_ALLOWANCE_MS : 0));
}

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function mockServer(): Promise<MockMuxServer> {
  const server = await startMockMuxServer();
  servers.push(server);
  await server.mock.signingKeys.seed([{ id: SEED_ID, created_at: "1700000000" }]);
  return server;
}

for (const c of CASES) {
  describe.concurrent(c.name, () => {
    for (const op of OP_NAMES) {
      const exp = c.expect(op);
      if (c.kind === "mock") {
        const fault = c.fault(op);
        if (!fault || !exp) continue;
        it(op, async () => {
          const server = await mockServer();
          server.mock.faults.add(fault);
          const got = await settle(op, clientFor(server.url, c.timeout, server.tokenId, server.tokenSecret));
          assertOutcome(exp, got, op);
          expect(server.mock.requests.length).toBe(exp.requests);
          expect(server.mock.requests.every((r) => r.operationId === OPS[op].operationId)).toBe(true);
          // Let a stalled handler (delay faults) finish before reading the store.
          if (fault.delayMs) await new Promise((r) => setTimeout(r, 50));
          assertStore(op, exp, got, server.mock.signingKeys.list().map((k) => k.id));
        });
      } else {
        if (!exp) continue;
        it(op, async () => {
          let url: string;
          let seen: () => number | undefined;
          if (c.handler) {
            const raw = await startRawServer(c.handler);
            servers.push(raw);
            url = raw.url;
            seen = () => raw.seen.length;
          } else {
            url = await closedPortUrl();
            seen = () => undefined;
          }
          const got = await settle(op, clientFor(url, c.timeout));
          assertOutcome(exp, got, op);
          expect(seen()).toBe(exp.requests);
        });
      }
    }
  });
}

/** The store holds exactly the keys the caller was told about (plus, after an unknowable outcome, at most one). */
function assertStore(op: OpName, exp: Expected, got: { value?: unknown; error?: unknown }, ids: string[]): void {
  if (op === "create") {
    if (got.error === undefined) {
      const created = got.value as { id: string };
      expect(ids.sort()).toEqual([SEED_ID, created.id].sort());
    } else if (exp.sideEffect === "unknown-one") {
      expect(ids).toContain(SEED_ID);
      expect(ids.length).toBeLessThanOrEqual(2); // never a duplicate from a retried POST
    } else {
      expect(ids).toEqual([SEED_ID]);
    }
    return;
  }
  if (op === "delete") {
    if (got.error === undefined || (exp.alsoAccept && got.error instanceof exp.alsoAccept)) expect(ids).toEqual(exp.real ? [] : [SEED_ID]);
    else if (exp.sideEffect === "unknown-one") expect(ids.length).toBeLessThanOrEqual(1);
    else expect(ids).toEqual([SEED_ID]);
    return;
  }
  expect(ids).toEqual([SEED_ID]);
}
