import { isBrandedInstance } from "./brand.js";

/** Options accepted by every error constructor. */
export interface MuxErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error thrown by the `@mux/*` packages.
 *
 * `instanceof` works across duplicate installed copies of `@mux/errors`: it
 * compares the class names ("kinds") declared by each class rather than
 * constructor identity.
 */
export class MuxError extends Error {
  /**
   * The class name, declared by every class of this package: it gives `name` (on instances and
   * prototypes) and brands the class for cross-copy `instanceof`. A subclass that declares its own
   * `kind` is branded the same way; one that does not inherits its parent's name and ordinary `instanceof`.
   */
  static readonly kind: string = "MuxError";

  /** The class name (the constructor's static `kind`), also on the prototype. Assigning it renames one error. */
  override get name(): string {
    return (this.constructor as typeof MuxError).kind;
  }
  /** Renames this one error (an own, non-enumerable `name`); the class and other errors keep theirs. */
  override set name(value: string) {
    Object.defineProperty(this, "name", { value, enumerable: false, configurable: true, writable: true });
  }

  /** Cross-copy `instanceof` for this class and every subclass: also matches errors from another installed copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested against (subclasses inherit this method).
    return isBrandedInstance(this, value);
  }

  constructor(message?: string, options?: MuxErrorOptions) {
    super(message, options && "cause" in options ? { cause: options.cause } : undefined);
  }

  /** A safe JSON view: name, message and the error's public fields. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

function looksLikeMessage(text: string | undefined): boolean {
  return typeof text === "string" && /\s/.test(text.trim());
}

/**
 * Bad input detected before any request is sent.
 * `argument` names the offending input, e.g. `"signingKeyId"`, `"limit"`, `"params.sub"`.
 */
export class InvalidArgumentError extends MuxError {
  static override readonly kind: string = "InvalidArgumentError";

  /** The name of the invalid argument. */
  declare readonly argument: string;

  /**
   * @param argument - the argument's name, e.g. `"limit"`.
   * @param message - a sentence describing the problem; defaults to `Invalid value for "<argument>".`
   */
  constructor(argument: string, message?: string, options?: MuxErrorOptions) {
    // Tolerate the (message, argument) order: argument names never contain spaces.
    let arg = argument;
    let msg = message;
    if (looksLikeMessage(argument) && message !== undefined && !looksLikeMessage(message)) {
      arg = message;
      msg = argument;
    }
    super(msg ?? `Invalid value for "${arg}".`, options);
    this.argument = arg;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), argument: this.argument };
  }
}

/**
 * A JWT signing key that is not a usable RSA private key (bad base64, a
 * public key, an EC key...). The message never contains key material.
 */
export class InvalidKeyError extends InvalidArgumentError {
  static override readonly kind: string = "InvalidKeyError";

  /**
   * @param argument - the option that held the key; defaults to `"keySecret"`.
   * @param message - a sentence describing the problem (never include the key itself).
   */
  constructor(argument = "keySecret", message?: string, options?: MuxErrorOptions) {
    super(argument, message ?? "The signing key is not a usable RSA private key.", options);
  }
}

/** Default message for missing API credentials. */
export const MISSING_API_CREDENTIALS_MESSAGE =
  "No Mux API credentials were found. Pass `tokenId` and `tokenSecret` (or `authorizationToken`) to createMuxClient(), " +
  "or set the MUX_TOKEN_ID and MUX_TOKEN_SECRET (or MUX_AUTHORIZATION_TOKEN) environment variables.";

/**
 * Credentials are missing: no API token, or no JWT signing key id / key.
 * The message names the options and environment variables to set.
 */
export class MissingCredentialsError extends MuxError {
  static override readonly kind: string = "MissingCredentialsError";

  constructor(message: string = MISSING_API_CREDENTIALS_MESSAGE, options?: MuxErrorOptions) {
    super(message, options);
  }
}
