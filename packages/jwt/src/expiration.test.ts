import { InvalidArgumentError } from "@mux/errors";
import { describe, expect, it } from "vitest";
import { DEFAULT_EXPIRATION_SECONDS, expiresAt, parseExpiration } from "./expiration.js";

describe("parseExpiration", () => {
  it.each([
    [undefined, 604800],
    [null, 604800],
    [1, 1],
    [59.9, 59],
    ["30s", 30],
    ["30 sec", 30],
    ["2 seconds", 2],
    ["15m", 900],
    ["1 min", 60],
    ["10 minutes", 600],
    ["6h", 21600],
    ["2 hrs", 7200],
    ["1 hour", 3600],
    ["7d", 604800],
    ["1 day", 86400],
    ["2w", 1209600],
    ["1 week", 604800],
    ["1y", 31557600],
    ["1.5h", 5400],
    [" 7D ", 604800],
  ])("%s -> %i seconds", (input, seconds) => {
    expect(parseExpiration(input as string)).toBe(seconds);
  });

  it.each([0, 0.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e13, "", "7", "7x", "7 ms", "seven days", "7dd", "1e3s", {}])(
    "rejects %s",
    (input) => {
      expect(() => parseExpiration(input as string)).toThrow(InvalidArgumentError);
    },
  );

  it("computes exp from a given clock", () => {
    expect(expiresAt(DEFAULT_EXPIRATION_SECONDS, 1_700_000_000_999)).toBe(1_700_000_000 + 604800);
  });
});
