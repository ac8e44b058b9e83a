/**
 * Cross-copy `instanceof` support.
 *
 * Every error class registers a kind name on its own prototype under a
 * `Symbol.for` key, which is shared by every copy of this package loaded in a
 * process. `MuxError[Symbol.hasInstance]` then compares kind names along the
 * candidate's prototype chain instead of comparing constructor identity.
 */

/** Registry-wide key under which each prototype stores its kind name. */
export const KIND: unique symbol = Symbol.for("@mux/errors.kind") as never;

/** Attaches `kind` and a matching `name` to a class prototype. */
export function brand(target: { prototype: object }, kind: string): void {
  Object.defineProperty(target.prototype, KIND, { value: kind, enumerable: false, configurable: false, writable: false });
  Object.defineProperty(target.prototype, "name", { value: kind, enumerable: false, configurable: true, writable: true });
}

function ownKind(proto: object): string | undefined {
  return Object.hasOwn(proto, KIND) ? (proto as Record<symbol, string>)[KIND] : undefined;
}

/** True when `value`'s prototype chain contains a prototype branded with the same kind as `ctor`. */
export function isBrandedInstance(ctor: { prototype: unknown }, value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const target = ctor.prototype;
  if (typeof target !== "object" || target === null) return false;
  const kind = ownKind(target);
  // A user subclass that did not brand itself: fall back to ordinary identity.
  if (kind === undefined) return Object.prototype.isPrototypeOf.call(target, value);
  for (let proto: object | null = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    if (proto === target || ownKind(proto) === kind) return true;
  }
  return false;
}
