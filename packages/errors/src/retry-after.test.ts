import { parseRetryAfterMs } from "@mux/errors";
import { describe, expect, it } from "vitest";

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it("prefers retry-after-ms", () => {
    expect(parseRetryAfterMs(new Headers({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
  });
  it("reads seconds, fractional seconds and dates", () => {
    expect(parseRetryAfterMs(new Headers({ "retry-after": "2" }), now)).toBe(2000);
    expect(parseRetryAfterMs(new Headers({ "retry-after": "0.5" }), now)).toBe(500);
    expect(parseRetryAfterMs(new Headers({ "retry-after": "Wed, 01 Jan 2025 00:00:10 GMT" }), now)).toBe(10_000);
    expect(parseRetryAfterMs(new Headers({ "retry-after": "Tue, 31 Dec 2024 00:00:10 GMT" }), now)).toBe(0);
  });
  it("ignores garbage and absence", () => {
    expect(parseRetryAfterMs(new Headers({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(parseRetryAfterMs(new Headers({ "retry-after-ms": "-5" }), now)).toBeUndefined();
    expect(parseRetryAfterMs(new Headers(), now)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
  });
  it("reads nothing from what is not a Headers", () => {
    for (const notHeaders of [null, 5, "retry-after: 2", { "retry-after": "2" }]) {
      expect(parseRetryAfterMs(notHeaders as never, now)).toBeUndefined();
    }
  });
});
