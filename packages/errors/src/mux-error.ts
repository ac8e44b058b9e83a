import { isBrandedInstance, rename } from "./brand.js";

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
  /** The class name, `"MuxError"` (also on the prototype). */
  override get name(): string {
    return "MuxError";
  }
  override set name(value: string) {
    rename(this, value);
  }

  /** Cross-copy `instanceof`: also matches a `MuxError` from another installed copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested against (a subclass inherits this method).
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
  return text !== undefined && /\s/.test(text.trim());
}

/**
 * Bad input detected before any request is sent.
 * `argument` names the offending input, e.g. `"signingKeyId"`, `"limit"`, `"params.sub"`.
 */
export class InvalidArgumentError extends MuxError {
  /** The class name, `"InvalidArgumentError"` (also on the prototype). */
  override get name(): string {
    return "InvalidArgumentError";
  }
  override set name(value: string) {
    rename(this, value);
  }

  /** Cross-copy `instanceof`: also matches a `InvalidArgumentError` from another installed copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested against (a subclass inherits this method).
    return isBrandedInstance(this, value);
  }

  /** The name of the invalid argument. */
  readonly argument: string;

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
  /** The class name, `"InvalidKeyError"` (also on the prototype). */
  override get name(): string {
    return "InvalidKeyError";
  }
  override set name(value: string) {
    rename(this, value);
  }

  /** Cross-copy `instanceof`: also matches a `InvalidKeyError` from another installed copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested against (a subclass inherits this method).
    return isBrandedInstance(this, value);
  }

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
  /** The class name, `"MissingCredentialsError"` (also on the prototype). */
  override get name(): string {
    return "MissingCredentialsError";
  }
  override set name(value: string) {
    rename(this, value);
  }

  /** Cross-copy `instanceof`: also matches a `MissingCredentialsError` from another installed copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested against (a subclass inherits this method).
    return isBrandedInstance(this, value);
  }

  constructor(message: string = MISSING_API_CREDENTIALS_MESSAGE, options?: MuxErrorOptions) {
    super(message, options);
  }
}
