import { InvalidArgumentError, MuxError, TokenVerificationError } from "@mux/errors";
import { expect, it } from "vitest";

it("is an InvalidArgumentError for the token with a machine-readable reason", () => {
  const cause = new Error("jose said so");
  const err = new TokenVerificationError("expired", "The token has expired.", { cause });
  expect(err).toBeInstanceOf(InvalidArgumentError);
  expect(err).toBeInstanceOf(MuxError);
  expect(err.name).toBe("TokenVerificationError");
  expect(err.argument).toBe("token");
  expect(err.reason).toBe("expired");
  expect(err.cause).toBe(cause);
  expect(JSON.parse(JSON.stringify(err))).toMatchObject({ name: "TokenVerificationError", argument: "token", reason: "expired" });
});
