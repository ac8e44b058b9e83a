import { InvalidArgumentError } from "@mux/errors";
import { createMuxHandlers, createMuxMock, type MuxMockOptions } from "@mux/testing";
import { useMuxMock } from "@mux/testing/node";
import { describe, expect, it } from "vitest";

const hooks = { beforeAll() {}, afterEach() {}, afterAll() {} };

/** The InvalidArgumentError `run` throws (the test fails when it throws anything else, or nothing). */
function rejection(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error("expected an InvalidArgumentError, but nothing was thrown");
}

describe("the mock's options", () => {
  const bad: Array<[string, unknown, string, RegExp]> = [
    ["a string", "x", "options", /options must be an object/],
    ["null", null, "options", /options must be an object/],
    ["an array", [], "options", /options must be an object/],
    ["tokens that are not an array", { tokens: "nope" }, "tokens", /tokens must be an array/],
    ["a token that is not an object", { tokens: [5] }, "tokens", /tokens\[0\] must be an object/],
    ["a token id without its secret", { tokens: [{ tokenId: "a" }] }, "tokens", /tokens\[0\] needs tokenId and tokenSecret/],
    ["an empty bearer token", { tokens: [{ authorizationToken: "" }] }, "tokens", /tokens\[0\] needs .* or authorizationToken/],
    ["permissions that are not a list", { tokens: [{ tokenId: "a", tokenSecret: "b", permissions: "all" }] }, "tokens", /tokens\[0\]\.permissions/],
    ["a token name that is not a string", { tokens: [{ authorizationToken: "t", name: 1 }] }, "tokens", /tokens\[0\]\.name/],
    ["an identity that is not an object", { identity: 3 }, "identity", /identity must be an object/],
    ["timings that are not an object", { timings: 4 }, "timings", /timings must be an object/],
    ["a webhookFetch that is not a function", { webhookFetch: 3 }, "webhookFetch", /webhookFetch must be a fetch function/],
  ];
  for (const [what, options, param, message] of bad) {
    it(`rejects ${what}, naming ${param}`, () => {
      for (const make of [createMuxMock, createMuxHandlers, (o: MuxMockOptions) => useMuxMock(hooks, o)]) {
        const error = rejection(() => make(options as MuxMockOptions));
        expect(error.argument).toBe(param);
        expect(error.message).toMatch(message);
      }
    });
  }

  it("never puts a token's secret in the message", () => {
    const error = rejection(() => createMuxMock({ tokens: [{ tokenId: "", tokenSecret: "s3cret-value" }] }));
    expect(error.message).not.toContain("s3cret-value");
    expect(String(error)).not.toContain("s3cret-value");
  });

  it("still takes every well-formed option", () => {
    const mock = createMuxMock({
      baseURL: "https://mux.example/proxy",
      tokens: [{ tokenId: "a", tokenSecret: "b", permissions: ["video:read"], name: "reader" }, { authorizationToken: "t" }],
      identity: { organization_name: "Acme" },
      clock: "manual",
      timings: { assetReadyMs: 10 },
      webhookFetch: fetch,
    });
    expect(mock.baseURL).toBe("https://mux.example/proxy");
  });
});
