import { describe, expect, it } from "vitest";
import { DemoSetupError, demoTarget, describeTarget } from "./target.js";

describe("demoTarget", () => {
  it("uses the fake without credentials, and says when it ignores MUX_BASE_URL", () => {
    expect(demoTarget({})).toEqual({ kind: "fake", ignoredBaseURL: undefined });
    const target = demoTarget({ MUX_BASE_URL: "http://127.0.0.1:4010", MUX_TOKEN_ID: " " });
    expect(describeTarget(target)).toBe(
      "Target: the embedded fake Mux API (@mux/testing) (MUX_BASE_URL=http://127.0.0.1:4010 is ignored without credentials)",
    );
  });

  it("refuses half-set credentials instead of falling back to the fake", () => {
    expect(() => demoTarget({ MUX_TOKEN_ID: "id" })).toThrow(DemoSetupError);
    expect(() => demoTarget({ MUX_TOKEN_ID: "id" })).toThrow(/MUX_TOKEN_ID is set but MUX_TOKEN_SECRET is not/);
    expect(() => demoTarget({ MUX_TOKEN_SECRET: "secret" })).toThrow(/MUX_TOKEN_SECRET is set but MUX_TOKEN_ID is not/);
  });

  it("names the URL it talks to", () => {
    expect(describeTarget(demoTarget({ MUX_TOKEN_ID: "id", MUX_TOKEN_SECRET: "secret" }))).toBe(
      "Target: the real Mux API at https://api.mux.com, with MUX_TOKEN_ID / MUX_TOKEN_SECRET",
    );
    expect(describeTarget(demoTarget({ MUX_AUTHORIZATION_TOKEN: "t", MUX_BASE_URL: "http://127.0.0.1:4010/" }))).toBe(
      "Target: the API at http://127.0.0.1:4010 (from MUX_BASE_URL), with MUX_AUTHORIZATION_TOKEN",
    );
  });
});
