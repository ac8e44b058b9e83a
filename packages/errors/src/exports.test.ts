import * as errors from "@mux/errors";
import type { ConnectionErrorOptions, ErrorHeadersInit, MuxErrorOptions, WebhookVerificationReason } from "@mux/errors";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("public exports of @mux/errors", () => {
  it("exposes every class and helper", () => {
    expect(Object.keys(errors).sort()).toEqual(
      [
        "APIConnectionError",
        "APIConnectionTimeoutError",
        "APIError",
        "APIUserAbortError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "InternalServerError",
        "InvalidArgumentError",
        "InvalidKeyError",
        "InvalidResponseError",
        "MISSING_API_CREDENTIALS_MESSAGE",
        "MissingCredentialsError",
        "MuxError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "TokenVerificationError",
        "UnprocessableEntityError",
        "WaitError",
        "WebhookVerificationError",
        "parseRetryAfterMs",
      ].sort(),
    );
  });

  it("every class derives from MuxError and names itself", () => {
    for (const [name, value] of Object.entries(errors)) {
      if (typeof value !== "function" || name === "parseRetryAfterMs") continue;
      expect(value.prototype).toBeInstanceOf(Error);
      expect(value === errors.MuxError || value.prototype instanceof errors.MuxError).toBe(true);
      expect(value.prototype.name).toBe(name);
    }
  });

  it("exposes the option types", () => {
    expectTypeOf<MuxErrorOptions>().toEqualTypeOf<{ cause?: unknown }>();
    expectTypeOf<ConnectionErrorOptions>().toHaveProperty("message");
    expectTypeOf<Headers>().toExtend<ErrorHeadersInit>();
    expectTypeOf<errors.APIError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<errors.RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<errors.InvalidArgumentError["argument"]>().toEqualTypeOf<string>();
    expectTypeOf<errors.WebhookVerificationError["reason"]>().toEqualTypeOf<WebhookVerificationReason>();
    expectTypeOf<errors.TokenVerificationError["reason"]>().toEqualTypeOf<errors.TokenVerificationReason>();
    expectTypeOf<errors.WaitError["reason"]>().toEqualTypeOf<errors.WaitReason>();
  });
});
