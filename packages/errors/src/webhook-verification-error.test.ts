import { inspect } from "node:util";
import { MuxError, WebhookVerificationError } from "@mux/errors";
import { describe, expect, it } from "vitest";

describe("WebhookVerificationError", () => {
  it("is a MuxError that names itself and carries the reason", () => {
    const err = new WebhookVerificationError("timestamp_too_old", "The webhook was signed too long ago.");
    expect(err).toBeInstanceOf(MuxError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("WebhookVerificationError");
    expect(err.reason).toBe("timestamp_too_old");
    expect(String(err)).toBe("WebhookVerificationError: The webhook was signed too long ago.");
    expect(WebhookVerificationError.kind).toBe("WebhookVerificationError");
  });

  it("has a default message naming the reason", () => {
    expect(new WebhookVerificationError("missing_header").message).toBe("The webhook failed verification (missing_header).");
  });

  it("keeps a cause and serialises to name, message and reason only", () => {
    const cause = new Error("inner");
    const err = new WebhookVerificationError("invalid_body", "Not JSON.", { cause });
    expect(err.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(err))).toEqual({ name: "WebhookVerificationError", message: "Not JSON.", reason: "invalid_body" });
    expect(inspect(err)).toContain("reason: 'invalid_body'");
  });

  it("is not an instance of unrelated error classes", () => {
    expect(new MuxError("x")).not.toBeInstanceOf(WebhookVerificationError);
  });
});
