// Bad input to the fake's helpers fails at once with a TypeError that names the helper and the
// problem: never a crash deep inside, and never an override or fault that silently matches nothing.
import { createMuxMock, defaultResponse, deliverWebhook, muxPath, type OperationId } from "@mux/testing";
import { describe, expect, it } from "vitest";

const bogus = "get-signing-keys-typo" as OperationId;

describe("operation ids", () => {
  it("muxPath and defaultResponse reject an id the spec does not have", () => {
    expect(() => muxPath(bogus)).toThrow(new TypeError(`muxPath: "get-signing-keys-typo" is not an operation id of the spec (ids look like "get-signing-key" or "list-assets").`));
    expect(() => defaultResponse(bogus)).toThrow(/^defaultResponse: "get-signing-keys-typo" is not an operation id/);
    expect(() => muxPath(5 as unknown as OperationId)).toThrow(/^muxPath: 5 is not an operation id/);
    expect(() => muxPath(undefined as unknown as OperationId)).toThrow(/^muxPath: undefined is not an operation id/);
  });

  it("an override or a fault for an unknown operation is refused, not kept to match nothing", () => {
    const mock = createMuxMock();
    expect(() => mock.override(bogus, () => undefined)).toThrow(/^override: "get-signing-keys-typo" is not an operation id/);
    expect(() => mock.faults.add({ operation: bogus, status: 500 })).toThrow(/^faults\.add: "get-signing-keys-typo" is not an operation id/);
    // A fault without an operation still matches every request, as documented.
    expect(mock.faults.add({ status: 500 }).remaining).toBe(1);
  });

  it("known ids still work", () => {
    expect(muxPath("get-signing-key")).toBe("https://api.mux.com/system/v1/signing-keys/:SIGNING_KEY_ID");
    expect(defaultResponse("list-assets").status).toBe(200);
  });
});

describe("shapes", () => {
  it("faults.add wants an object", () => {
    expect(() => createMuxMock().faults.add(null as never)).toThrow(new TypeError("faults.add: the fault must be an object such as { operation, status }."));
  });

  it("signingKeys.seed wants a count or a list", async () => {
    await expect(createMuxMock().signingKeys.seed("3" as never)).rejects.toThrow(/^seed: pass a number of keys, or an array/);
  });

  it("deliverWebhook wants options with the secret", async () => {
    await expect(deliverWebhook("http://127.0.0.1:9/hook", {}, undefined as never)).rejects.toThrow(/^deliverWebhook: options must be an object/);
  });
});
