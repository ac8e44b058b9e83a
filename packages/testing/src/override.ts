import type { operations } from "@mux/core";
import type { MuxResponseBodyFor, MuxStatus, OperationId } from "./operation.js";
import { checkOperationId } from "./operation-id.js";

/** The path parameters of operation `Id`, decoded, by name (`{ ASSET_ID: string }`). */
export type MuxPathParams<Id extends OperationId> = operations[Id]["parameters"] extends { path: infer P }
  ? P extends Record<string, unknown>
    ? { readonly [K in keyof P]: string }
    : Record<string, never>
  : Record<string, never>;

/** The JSON request body operation `Id` takes, as the spec describes it; `undefined` when it takes none. */
export type MuxRequestBody<Id extends OperationId> = operations[Id] extends { requestBody?: { content: { "application/json": infer B } } }
  ? B
  : undefined;

/** The success status an operation answers with (200, 201, 202 or 204). */
export type MuxSuccessStatus<Id extends OperationId> = Extract<MuxStatus<Id>, 200 | 201 | 202 | 204>;

/** The body of an operation's success answer, from the generated `paths` (`null` for 204). */
export type MuxSuccessBody<Id extends OperationId> = MuxResponseBodyFor<Id, MuxSuccessStatus<Id>>;

/** What an override's resolver gets. */
export interface OverrideContext<Id extends OperationId> {
  /** Path parameters, decoded. */
  readonly params: MuxPathParams<Id>;
  /** The query string. */
  readonly query: URLSearchParams;
  /** The JSON body as the client sent it (typed from the spec, but not checked against it). */
  readonly body: MuxRequestBody<Id> | undefined;
  /** The request itself (its body already read). */
  readonly request: Request;
}

/**
 * Answers one operation in place of the mock: return the success body (checked against the spec
 * at compile time and sent with the operation's success status), any `Response` (such as
 * `muxResponse("get-asset", 404, ...)`), or `undefined` to let the mock answer as usual.
 */
export type OverrideResolver<Id extends OperationId> = (
  context: OverrideContext<Id>,
) => MuxSuccessBody<Id> | Response | undefined | Promise<MuxSuccessBody<Id> | Response | undefined>;

/**
 * The resolver type of every operation, by id. Signatures take `OverrideResolvers[Id]` rather
 * than `OverrideResolver<Id>` so that a resolver's literal return values keep their types.
 */
export type OverrideResolvers = { [Id in OperationId]: OverrideResolver<Id> };

/** Options of `mock.override`. */
export interface OverrideOptions {
  /** How many requests the override answers before it is removed; default `Infinity`. */
  times?: number;
}

/** What `mock.override` returns. */
export interface OverrideHandle {
  /** Takes the override out. */
  remove(): void;
}

/** What the pipeline hands an override, before the types of one operation are applied. */
export interface RawOverrideContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly request: Request;
}

interface Slot {
  readonly resolver: (context: RawOverrideContext) => unknown;
  remaining: number;
}

/** The overrides registered on one mock; the newest registered for an operation is asked first. */
export class OverrideRegistry {
  readonly #slots = new Map<OperationId, Slot[]>();

  add<Id extends OperationId>(operationId: Id, resolver: OverrideResolvers[Id], options: OverrideOptions = {}): OverrideHandle {
    const times = options.times ?? Number.POSITIVE_INFINITY;
    checkOperationId("override", operationId);
    if (typeof resolver !== "function") throw new TypeError("override: the resolver must be a function.");
    if (!(times === Number.POSITIVE_INFINITY || (Number.isSafeInteger(times) && times >= 1))) {
      throw new TypeError("override: times must be a positive integer or Infinity.");
    }
    const slot: Slot = { resolver: resolver as unknown as Slot["resolver"], remaining: times };
    this.#slots.set(operationId, [slot, ...(this.#slots.get(operationId) ?? [])]);
    return { remove: () => this.#remove(operationId, slot) };
  }

  /**
   * Asks the overrides of an operation in turn; the first that answers is used up once.
   * Resolves with what it returned (a body or a Response), or undefined when none answered.
   */
  async resolve(operationId: OperationId, context: RawOverrideContext): Promise<{ answer: unknown } | undefined> {
    for (const slot of [...(this.#slots.get(operationId) ?? [])]) {
      const answer = await slot.resolver(context);
      if (answer === undefined) continue;
      slot.remaining -= 1;
      if (slot.remaining <= 0) this.#remove(operationId, slot);
      return { answer };
    }
    return undefined;
  }

  clear(): void {
    this.#slots.clear();
  }

  #remove(operationId: OperationId, slot: Slot): void {
    const rest = (this.#slots.get(operationId) ?? []).filter((s) => s !== slot);
    if (rest.length === 0) this.#slots.delete(operationId);
    else this.#slots.set(operationId, rest);
  }
}
