/**
 * Cross-copy `instanceof` support, with no top-level code, so bundlers can drop every error
 * class an app does not use.
 *
 * A class of this package is "branded" by its own static `kind` (its class name). `MuxError`'s
 * static `Symbol.hasInstance`, inherited by every subclass, calls {@link isBrandedInstance}:
 * for a branded class it compares kinds along the candidate's prototype chain rather than
 * constructor identity, so an error created by another installed copy of this package still
 * matches. A user subclass that declares no `kind` of its own falls back to ordinary identity.
 */

/** The kind a class declares itself (not inherited), or `undefined`. */
function ownKind(ctor: unknown): unknown {
  return typeof ctor === "function" && Object.hasOwn(ctor, "kind") ? Reflect.get(ctor, "kind") : undefined;
}

/** True when `value`'s prototype chain contains `ctor.prototype`, or the prototype of a class branded with `ctor`'s kind. */
export function isBrandedInstance(ctor: { prototype: unknown }, value: unknown): boolean {
  const target = ctor.prototype;
  if (typeof value !== "object" || value === null || typeof target !== "object" || target === null) return false;
  const kind = ownKind(ctor);
  if (kind === undefined) return Object.prototype.isPrototypeOf.call(target, value);
  for (let proto: object | null = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    // Only an own `constructor` is read: never a getter such as DOMException.prototype.name.
    if (proto === target || (Object.hasOwn(proto, "constructor") && ownKind((proto as { constructor: unknown }).constructor) === kind)) {
      return true;
    }
  }
  return false;
}
