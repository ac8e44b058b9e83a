import { describe, expect, it } from "vitest";
import { HEADER } from "./sign-token.js";

describe("the JWT header", () => {
  it("is the unpadded base64url of {alg: RS256, typ: JWT}", () => {
    expect(HEADER).toBe(Buffer.from(JSON.stringify({ alg: "RS256", typ: "JWT" })).toString("base64url"));
  });
});
