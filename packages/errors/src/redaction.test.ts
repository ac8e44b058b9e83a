import { inspect } from "node:util";
import { APIConnectionError, APIError, InvalidKeyError, MissingCredentialsError } from "@mux/errors";
import { describe, expect, it } from "vitest";

const SECRET = "super-secret-token-value";
const BASIC = btoa(`token-id:${SECRET}`);

function views(value: unknown): string[] {
  return [String(value), JSON.stringify(value), inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: false })];
}

describe("errors never carry credentials", () => {
  it("drops Authorization and cookie headers", () => {
    const headers = new Headers({
      authorization: `Basic ${BASIC}`,
      "proxy-authorization": `Bearer ${SECRET}`,
      cookie: `s=${SECRET}`,
      "set-cookie": `s=${SECRET}`,
      "x-request-id": "abc",
    });
    for (const init of [headers, Object.fromEntries(headers), [...headers]] as const) {
      const err = APIError.generate(401, { error: { type: "unauthorized", messages: ["Nope"] } }, undefined, init);
      expect(err.headers?.get("authorization")).toBeNull();
      expect(err.headers?.get("x-request-id")).toBe("abc");
      for (const view of views(err)) {
        expect(view).not.toContain(SECRET);
        expect(view).not.toContain(BASIC);
      }
    }
  });

  it("JSON output is a useful plain object", () => {
    const err = APIError.generate(404, { error: { type: "not_found", messages: ["Gone"] } }, undefined, { "x-request-id": "r" });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: "NotFoundError",
      message: "404 not_found: Gone.",
      status: 404,
      type: "not_found",
      requestId: "r",
      error: { error: { type: "not_found", messages: ["Gone"] } },
      headers: { "x-request-id": "r" },
    });
  });

  it("other errors serialise safely", () => {
    expect(JSON.parse(JSON.stringify(new InvalidKeyError()))).toEqual({
      name: "InvalidKeyError",
      message: "The signing key is not a usable RSA private key.",
      argument: "keySecret",
    });
    expect(JSON.parse(JSON.stringify(new MissingCredentialsError()))).toMatchObject({ name: "MissingCredentialsError" });
    expect(JSON.parse(JSON.stringify(new APIConnectionError()))).toMatchObject({ name: "APIConnectionError" });
  });
});
