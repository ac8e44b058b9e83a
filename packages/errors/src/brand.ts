/**
 * Cross-copy `instanceof` support, declared inside each class body (no top-level code), so
 * bundlers can drop every error class an app does not use.
 *
 * A class of this package is "branded" when it defines its own static `Symbol.hasInstance`
 * and its prototype has its own `name` (a getter returning the class name, its "kind").
 * `instanceof` then compares kinds along the candidate's prototype chain rather than
 * constructor identity, so an error created by another installed copy of this package
 * still matches. A user subclass that declares neither falls back to ordinary identity.
 */

/** The kind a prototype declares, when its class is branded. */
function kindOf(proto: object): unknown {
  const ctor: unknown = Object.hasOwn(proto, "constructor") ? (proto as { constructor: unknown }).constructor : undefined;
  return typeof ctor === "function" && Object.hasOwn(ctor, Symbol.hasInstance) && Object.hasOwn(proto, "name")
    ? (proto as { name: unknown }).name
    : undefined;
}

/** True when `value`'s prototype chain contains `ctor.prototype`, or a prototype branded with the same kind. */
export function isBrandedInstance(ctor: { prototype: unknown }, value: unknown): boolean {
  const target = ctor.prototype;
  if (typeof value !== "object" || value === null || typeof target !== "object" || target === null) return false;
  const kind = kindOf(target);
  if (kind === undefined) return Object.prototype.isPrototypeOf.call(target, value);
  for (let proto: object | null = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    if (proto === target || kindOf(proto) === kind) return true;
  }
  return false;
}

/** Assigning `error.name` gives that one error its own name, as for a plain `Error`. */
export function rename(error: object, name: string): void {
  Object.defineProperty(error, "name", { value: name, enumerable: false, configurable: true, writable: true });
}
