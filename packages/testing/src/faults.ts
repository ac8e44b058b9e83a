import type { OperationId } from "./operation.js";
import { checkOperationId } from "./operation-id.js";

/** A failure to inject into matching requests. */
export interface Fault {
  /** Match requests for this operation. */
  operation?: OperationId;
  /** Match requests with this HTTP method (any case). */
  method?: string;
  /**
   * Match requests whose path (after the base URL) equals this string — either the concrete,
   * percent-encoded path (`/system/v1/signing-keys/abc`) or the template
   * (`/system/v1/signing-keys/{SIGNING_KEY_ID}`) — or matches this RegExp.
   */
  path?: string | RegExp;
  /** Status of the injected response; defaults to 500 (see `delayMs` for faults that only delay). */
  status?: number;
  /**
   * Body of the injected response: a string is sent as is (for HTML or truncated JSON), `null`
   * sends no body, anything else is sent as JSON. Defaults to Mux's error body for the status.
   */
  body?: unknown;
  /**
   * Extra response headers, for example `{ "retry-after": "1" }`, or a function that makes them
   * when the fault fires (for values that depend on the time, such as a Retry-After date).
   */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** How many matching requests this fault affects. Defaults to 1; `Infinity` for all. */
  times?: number;
  /**
   * Wait this long before answering. On its own (no `status`, `body` or `networkError`) the fault
   * only delays the normal answer, which is how to exercise client timeouts.
   */
  delayMs?: number;
  /** Fail at the network level (msw `HttpResponse.error()`; the node server destroys the socket). */
  networkError?: boolean;
  /**
   * Perform the real operation first (create the key, delete it ...) and answer with the fault
   * afterwards, to catch clients that retry non-idempotent requests unsafely.
   */
  afterEffect?: boolean;
}

/** What `faults.add` returns. */
export interface FaultHandle {
  /** How many more matching requests the fault will affect. */
  readonly remaining: number;
  /** Takes the fault out before it is used up. */
  remove(): void;
}

/** A fault that matched a request, as the handler pipeline uses it. */
export interface ActiveFault {
  readonly fault: Fault;
  /** True when the fault replaces the answer; false when it only delays it. */
  readonly replaces: boolean;
}

/** What the pipeline knows about a request when looking for a fault. */
export interface FaultTarget {
  operation: OperationId;
  method: string;
  /** Path after the base URL, percent-encoded as received. */
  path: string;
  /** The operation's path template. */
  template: string;
}

interface Slot {
  fault: Fault;
  remaining: number;
}

/** The faults registered on one mock, consumed first-added first. */
export class FaultRegistry {
  #slots: Slot[] = [];

  add(fault: Fault): FaultHandle {
    if (typeof fault !== "object" || fault === null) throw new TypeError("faults.add: the fault must be an object such as { operation, status }.");
    if (fault.operation !== undefined) checkOperationId("faults.add", fault.operation);
    const times = fault.times ?? 1;
    if (!(times === Number.POSITIVE_INFINITY || (Number.isSafeInteger(times) && times >= 1))) {
      throw new TypeError("faults.add: times must be a positive integer or Infinity");
    }
    if (fault.delayMs !== undefined && !(Number.isFinite(fault.delayMs) && fault.delayMs >= 0)) {
      throw new TypeError("faults.add: delayMs must be a non-negative number");
    }
    if (fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 200 && fault.status <= 599)) {
      throw new TypeError("faults.add: status must be an HTTP status between 200 and 599");
    }
    const slot: Slot = { fault: { ...fault }, remaining: times };
    this.#slots.push(slot);
    const slots = () => this.#slots;
    return {
      get remaining() {
        return slots().includes(slot) ? slot.remaining : 0;
      },
      remove: () => {
        this.#slots = this.#slots.filter((s) => s !== slot);
      },
    };
  }

  clear(): void {
    this.#slots = [];
  }

  /** Finds the first fault matching the request and uses up one of its times. */
  take(target: FaultTarget): ActiveFault | undefined {
    const slot = this.#slots.find((s) => matches(s.fault, target));
    if (!slot) return undefined;
    slot.remaining -= 1;
    if (slot.remaining <= 0) this.#slots = this.#slots.filter((s) => s !== slot);
    const { fault } = slot;
    const delayOnly =
      fault.delayMs !== undefined && fault.status === undefined && fault.body === undefined && fault.networkError !== true;
    return { fault, replaces: !delayOnly };
  }
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (fault.operation !== undefined && fault.operation !== target.operation) return false;
  if (fault.method !== undefined && fault.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (fault.path !== undefined) {
    if (typeof fault.path === "string") {
      if (fault.path !== target.path && fault.path !== target.template) return false;
    } else {
      fault.path.lastIndex = 0;
      if (!fault.path.test(target.path)) return false;
    }
  }
  return true;
}
