import { NotFoundError } from "@mux/errors";
import { SigningKeys } from "@mux/signing-keys";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const fake = useMuxMock({ beforeAll, afterEach, afterAll });

describe("SigningKeys", () => {
  it("runs the official SDK's calls against one client", async () => {
    const signingKeys = new SigningKeys(fake.client({ maxRetries: 0 }));
    const created = await signingKeys.create();
    const listed = await signingKeys.list();
    expect(listed.data.map((k) => k.id)).toEqual([created.id]);
    await expect(signingKeys.retrieve(created.id)).resolves.toEqual({ id: created.id, created_at: created.created_at });
    await expect(signingKeys.delete(created.id)).resolves.toBeUndefined();
    await expect(signingKeys.retrieve(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rotates through the bound client", async () => {
    await fake.mock.signingKeys.seed([{ id: "ancient", created_at: 1 }]);
    const signingKeys = new SigningKeys(fake.client({ maxRetries: 0 }));
    const result = await signingKeys.rotate({ onCreated: () => {}, propagationMs: 0 });
    expect(result.deleted.map((k) => k.id)).toEqual(["ancient"]);
  });

  it("keeps the client out of enumerable properties", () => {
    const signingKeys = new SigningKeys(fake.client({ maxRetries: 0 }));
    expect(Object.keys(signingKeys)).toEqual([]);
    expect(JSON.stringify(signingKeys)).toBe("{}");
  });
});
