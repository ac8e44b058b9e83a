// Parity with the official SDK (@mux/mux-node 15.3.0), method for method. The list of methods comes
// from the official client itself, so a method our umbrella lacks fails here. Each method is called
// on both clients with the same arguments against one local server that records the requests and
// answers like @mux/testing's mock; the requests and the resolved values must be the same, except
// where DIFFERENCES (below, and packages/mux-node/README.md) says why not.
import { isDeepStrictEqual } from "node:util";
import { Mux } from "@mux/mux-node";
import { DEFAULT_TOKEN } from "@mux/testing";
import { Mux as OfficialMux } from "official-mux-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argumentsFor, takesIds, VARIANTS, type Variant } from "./parity/arguments.js";
import { declaredReturnType, type OfficialMethod, officialMethods } from "./parity/official-sdk.js";
import { type RecordedRequest, type Recorder, startRecorder } from "./parity/recorder.js";

/** What a call resolved with, reduced to what is compared. */
type Outcome =
  | { kind: "binary"; status: number; bytes: number[] }
  | { kind: "page"; data: unknown }
  | { kind: "text"; value: string }
  | { kind: "void" }
  | { kind: "data"; value: unknown }
  | { kind: "error"; name: string; status: unknown };

type Call = { requests: RecordedRequest[]; outcome: Outcome };

type AnyFunction = (...args: unknown[]) => unknown;

/** One deliberate difference: which calls it covers, why, and how it rewrites what is compared. */
interface Difference {
  readonly reason: string;
  readonly applies: (method: OfficialMethod, variant: Variant) => boolean;
  readonly adjust: (call: Call, side: "official" | "ours") => Call;
}

/** A path with every segment percent-decoded: the id the server sees. */
const decodedPath = (path: string): string => path.split("/").map(decodeURIComponent).join("/");

/**
 * Where our umbrella deliberately differs from the official SDK; packages/mux-node/README.md lists
 * the same differences. Keep it tiny: anything else that differs is a bug.
 */
const DIFFERENCES: Readonly<Record<string, Difference>> = {
  "void results": {
    reason:
      "A method the official SDK declares APIPromise<void> resolves undefined in ours, as declared. The official " +
      "one resolves whatever the answer holds at runtime: null for a 204, the JSON body ({ data: {} }) for " +
      "liveStreams.complete / disable / enable.",
    applies: (method) => declaredReturnType(method) === "APIPromise<void>",
    adjust: (call, side) => (side === "official" && call.outcome.kind !== "error" ? { ...call, outcome: { kind: "void" } } : call),
  },
  "reserved characters in path values": {
    reason:
      "We percent-encode every reserved character of a path value (encodeURIComponent); the official SDK leaves " +
      "RFC 3986 sub-delimiters, ':' and '@' as they are. Both are valid and decode to the same value; Mux's ids " +
      "never hold these characters. Paths are compared decoded.",
    applies: (_method, variant) => variant === "reserved",
    adjust: (call) => ({ ...call, requests: call.requests.map((request) => ({ ...request, path: decodedPath(request.path) })) }),
  },
};

/** Both calls with the given differences applied. */
function adjusted(official: Call, ours: Call, differences: [string, Difference][]): [Call, Call] {
  let theirs = official;
  let mine = ours;
  for (const [, difference] of differences) {
    theirs = difference.adjust(theirs, "official");
    mine = difference.adjust(mine, "ours");
  }
  return [theirs, mine];
}

/** The DIFFERENCES some call needed. */
const needed = new Set<string>();

const methods = officialMethods(new OfficialMux({ tokenId: "walk", tokenSecret: "walk" }));

function lookup(root: object, method: OfficialMethod): { fn: AnyFunction; self: object } | string {
  let node: unknown = root;
  for (const key of method.resource) {
    node = typeof node === "object" && node !== null ? Reflect.get(node, key) : undefined;
    if (typeof node !== "object" || node === null) return `mux.${method.resource.join(".")} is missing (at "${key}")`;
  }
  const fn: unknown = Reflect.get(node as object, method.name);
  if (typeof fn !== "function") return `mux.${method.id} is ${fn === undefined ? "missing" : `a ${typeof fn}, not a function`}`;
  return { fn: fn as AnyFunction, self: node as object };
}

function isPage(value: object, side: "official" | "ours"): value is { data: unknown } {
  const marker = side === "official" ? "getPaginatedItems" : "hasNextPage";
  return typeof Reflect.get(value, marker) === "function" && "data" in value;
}

async function outcomeOf(promise: unknown, side: "official" | "ours"): Promise<Outcome> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    const status = typeof error === "object" && error !== null ? Reflect.get(error, "status") : undefined;
    return { kind: "error", name: `${name}: ${error instanceof Error ? error.message : String(error)}`, status };
  }
  if (value instanceof Response) {
    return { kind: "binary", status: value.status, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  }
  if (value === undefined) return { kind: "void" };
  if (typeof value === "string") return { kind: "text", value };
  if (typeof value === "object" && value !== null && isPage(value, side)) return { kind: "page", data: value.data };
  return { kind: "data", value };
}

describe("parity with the official SDK 15.3.0", () => {
  let recorder: Recorder;
  let official: OfficialMux;
  let ours: Mux;

  beforeAll(async () => {
    recorder = await startRecorder();
    const options = { ...DEFAULT_TOKEN, baseURL: recorder.url, maxRetries: 0 };
    official = new OfficialMux(options);
    ours = new Mux(options);
  });
  afterAll(() => recorder?.close());

  it("walks the official client: every area, well over a hundred methods", () => {
    expect(new Set(methods.map((m) => m.resource[0]))).toEqual(new Set(["video", "data", "system", "robots"]));
    expect(methods.length).toBeGreaterThan(150);
    expect(new Set(methods.map((m) => m.id)).size).toBe(methods.length);
  });

  const cases = methods.flatMap((method) =>
    VARIANTS.filter((variant) => variant !== "reserved" || takesIds(method)).map((variant) => ({ method, variant })),
  );

  it.each(cases)("$method.id ($variant)", async ({ method, variant }) => {
    const ourMethod = lookup(ours, method);
    if (typeof ourMethod === "string") expect.fail(ourMethod);
    const officialMethod = lookup(official, method);
    if (typeof officialMethod === "string") expect.fail(officialMethod);

    const args = argumentsFor(method, variant);
    recorder.take();
    const officialOutcome = await outcomeOf(officialMethod.fn.apply(officialMethod.self, structuredClone(args)), "official");
    const officialRequests = recorder.take();
    const ourOutcome = await outcomeOf(ourMethod.fn.apply(ourMethod.self, structuredClone(args)), "ours");
    const ourRequests = recorder.take();

    const officialCall: Call = { requests: officialRequests, outcome: officialOutcome };
    const ourCall: Call = { requests: ourRequests, outcome: ourOutcome };
    const applicable = Object.entries(DIFFERENCES).filter(([, difference]) => difference.applies(method, variant));
    const [theirs, mine] = adjusted(officialCall, ourCall, applicable);
    // A difference is needed when the calls would not match without it.
    for (const [name] of applicable) {
      const [a, b] = adjusted(officialCall, ourCall, applicable.filter(([other]) => other !== name));
      if (!isDeepStrictEqual(a, b)) needed.add(name);
    }

    expect(theirs.requests.length, "the official client sent no request").toBeGreaterThan(0);
    expect(theirs.requests[0]?.operationId, "the official request matched no operation of our spec").toBeDefined();
    expect(theirs.outcome.kind, "the official call failed").not.toBe("error");
    expect(mine.requests, `requests of mux.${method.id}(${JSON.stringify(args)})`).toStrictEqual(theirs.requests);
    expect(mine.outcome, `result of mux.${method.id}`).toStrictEqual(theirs.outcome);
  });

  it("needs every entry of DIFFERENCES", () => {
    expect([...needed].sort()).toEqual(Object.keys(DIFFERENCES).sort());
  });
});
