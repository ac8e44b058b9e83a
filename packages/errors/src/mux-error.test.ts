import {
  APIError,
  InvalidArgumentError,
  InvalidKeyError,
  MISSING_API_CREDENTIALS_MESSAGE,
  MissingCredentialsError,
  MuxError,
  NotFoundError,
} from "@mux/errors";
import { describe, expect, it } from "vitest";

describe("MuxError family", () => {
  it("MuxError is an Error with its own name and cause", () => {
    const cause = new Error("inner");
    const err = new MuxError("outer", { cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("MuxError");
    expect(err.cause).toBe(cause);
    expect(err.stack).toContain("MuxError: outer");
  });

  it("InvalidArgumentError made with a name that is not a string still builds, with the default sentence", () => {
    expect(new InvalidArgumentError(null as never).message).toBe('Invalid value for "null".');
    expect(new InvalidArgumentError(undefined as never, "limit must be a positive integer.").message).toBe("limit must be a positive integer.");
  });

  it("InvalidArgumentError names the argument", () => {
    const err = new InvalidArgumentError("limit", "limit must be a positive integer.");
    expect(err.argument).toBe("limit");
    expect(err.message).toBe("limit must be a positive integer.");
    expect(err).toBeInstanceOf(MuxError);
    expect(new InvalidArgumentError("page").message).toBe('Invalid value for "page".');
  });

  it("InvalidArgumentError tolerates (message, argument) order", () => {
    const err = new InvalidArgumentError("params.sub must be a string", "params.sub");
    expect(err.argument).toBe("params.sub");
    expect(err.message).toBe("params.sub must be a string");
  });

  it("InvalidKeyError is an InvalidArgumentError", () => {
    const err = new InvalidKeyError("privateKey", "The key is an EC key; an RSA private key is required.");
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(err.argument).toBe("privateKey");
    expect(err.name).toBe("InvalidKeyError");
    expect(new InvalidArgumentError("x")).not.toBeInstanceOf(InvalidKeyError);
  });

  it("MissingCredentialsError names options and environment variables", () => {
    const err = new MissingCredentialsError();
    expect(err.message).toBe(MISSING_API_CREDENTIALS_MESSAGE);
    for (const word of ["tokenId", "tokenSecret", "authorizationToken", "MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_AUTHORIZATION_TOKEN"]) {
      expect(err.message).toContain(word);
    }
    expect(new MissingCredentialsError("Set MUX_SIGNING_KEY.").message).toBe("Set MUX_SIGNING_KEY.");
  });

  it("user subclasses without a brand use ordinary identity", () => {
    class MyError extends MuxError {}
    expect(new MyError("x")).toBeInstanceOf(MuxError);
    expect(new MuxError("x")).not.toBeInstanceOf(MyError);
    expect((null as unknown) instanceof MuxError).toBe(false);
    expect(({}) instanceof MuxError).toBe(false);
  });

  it("a user subclass of a branded class is still an instance of it, not the reverse", () => {
    class MyNotFound extends NotFoundError {}
    const mine = new MyNotFound(404, undefined, undefined, undefined);
    expect(mine).toBeInstanceOf(NotFoundError);
    expect(mine).toBeInstanceOf(APIError);
    expect(mine.name).toBe("NotFoundError");
    expect(new NotFoundError(404, undefined, undefined, undefined)).not.toBeInstanceOf(MyNotFound);
  });

  it("every class declares its name as a static kind; a user subclass may declare its own", () => {
    expect(MuxError.kind).toBe("MuxError");
    expect(NotFoundError.kind).toBe("NotFoundError");
    class MyError extends InvalidArgumentError {
      static override readonly kind: string = "MyError";
    }
    const mine = new MyError("limit");
    expect(mine.name).toBe("MyError");
    expect(String(mine)).toBe('MyError: Invalid value for "limit".');
    expect(mine).toBeInstanceOf(MyError);
    expect(mine).toBeInstanceOf(InvalidArgumentError);
    expect(new InvalidArgumentError("limit")).not.toBeInstanceOf(MyError);
  });

  it("instanceof answers false, without throwing, for foreign errors and objects", () => {
    // DOMException's prototype has a `name` getter that throws when read on the prototype.
    for (const value of [new DOMException("stop", "AbortError"), new TypeError("x"), Object.create(null), "MuxError", 1]) {
      expect(value instanceof MuxError).toBe(false);
      expect(value instanceof APIError).toBe(false);
    }
  });

  it("names live on the prototypes and can be reassigned on one error", () => {
    expect(NotFoundError.prototype.name).toBe("NotFoundError");
    const err = new InvalidArgumentError("limit", "limit must be a positive integer.");
    err.name = "CustomName";
    expect(String(err)).toBe("CustomName: limit must be a positive integer.");
    expect(Object.keys(err)).not.toContain("name");
    expect(new InvalidArgumentError("limit").name).toBe("InvalidArgumentError");
    expect(err).toBeInstanceOf(InvalidArgumentError);
  });
});
