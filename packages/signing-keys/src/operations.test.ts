import {
  APIUserAbortError,
  AuthenticationError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
} from "@mux/errors";
import {
  createSigningKey,
  deleteSigningKey,
  listSigningKeys,
  retrieveSigningKey,
  type SigningKey,
} from "@mux/signing-keys";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const fake = useMuxMock({ beforeAll, afterEach, afterAll }, {
  tokens: [
    { tokenId: "all", tokenSecret: "all-secret" },
    { tokenId: "reader", tokenSecret: "reader-secret", permissions: ["system:read"] },
  ],
});
const client = fake.client({ maxRetries: 0, tokenId: "all", tokenSecret: "all-secret" });

describe("createSigningKey", () => {
  it("creates a key and returns its private key once", async () => {
    const key = await createSigningKey(client);
    expect(key.id).toEqual(expect.any(String));
    expect(key.created_at).toMatch(/^\d+$/);
    expect(key.private_key.length).toBeGreaterThan(100);
    expect(fake.mock.signingKeys.get(key.id)).toEqual({ id: key.id, created_at: key.created_at });
  });

  it("rejects with PermissionDeniedError for a read-only token", async () => {
    const reader = fake.client({ maxRetries: 0, tokenId: "reader", tokenSecret: "reader-secret" });
    await expect(createSigningKey(reader)).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(fake.mock.signingKeys.size).toBe(0);
  });

  it("rejects with AuthenticationError for an unknown token", async () => {
    const stranger = fake.client({ maxRetries: 0, tokenId: "nobody", tokenSecret: "wrong" });
    await expect(createSigningKey(stranger)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("rejects with InvalidResponseError when the answer has no private key", async () => {
    fake.mock.faults.add({ operation: "create-signing-key", status: 201, body: { data: { id: "k", created_at: "1" } } });
    const error = await createSigningKey(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(201);
  });

  it("exposes the raw response", async () => {
    const { data, response } = await createSigningKey(client).withResponse();
    expect(response.status).toBe(201);
    expect(data.private_key).toBeTruthy();
  });
});

describe("retrieveSigningKey", () => {
  it("returns the key without its private half", async () => {
    const [seeded] = await fake.mock.signingKeys.seed([{ id: "key-1", created_at: 1_700_000_000 }]);
    const key = await retrieveSigningKey(client, "key-1");
    expect(key).toEqual({ id: "key-1", created_at: "1700000000" });
    expect(seeded?.id).toBe("key-1");
  });

  it("rejects with NotFoundError for an unknown id", async () => {
    await expect(retrieveSigningKey(client, "missing")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rejects (never throws) with InvalidArgumentError for an empty or dot id, before any request", async () => {
    const promise = retrieveSigningKey(client, "");
    await expect(promise).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(retrieveSigningKey(client, "..")).rejects.toMatchObject({ argument: "signingKeyId" });
    expect(fake.mock.requests).toHaveLength(0);
  });

  it("percent-encodes the id", async () => {
    await fake.mock.signingKeys.seed([{ id: "a/b c" }]);
    await expect(retrieveSigningKey(client, "a/b c")).resolves.toMatchObject({ id: "a/b c" });
    expect(fake.mock.requests[0]?.path).toBe("/system/v1/signing-keys/a%2Fb%20c");
  });

  it("honours an AbortSignal", async () => {
    await fake.mock.signingKeys.seed([{ id: "slow" }]);
    fake.mock.faults.add({ operation: "get-signing-key", delayMs: 2_000 });
    const controller = new AbortController();
    const promise = retrieveSigningKey(client, "slow", { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(promise).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("listSigningKeys", () => {
  it("sends no page or limit without a query, so the server defaults apply", async () => {
    await fake.mock.signingKeys.seed(3);
    const page = await listSigningKeys(client);
    expect(page.data).toHaveLength(3);
    expect(fake.mock.requests[0]?.query).toEqual({});
    expect(page.hasNextPage()).toBe(false);
  });

  it("returns the first page with the server's default of 25", async () => {
    await fake.mock.signingKeys.seed(30);
    const page = await listSigningKeys(client);
    expect(page.data).toHaveLength(25);
    expect(page.hasNextPage()).toBe(true);
    const next = await page.getNextPage();
    expect(next.data).toHaveLength(5);
  });

  it("walks every page with for await, newest first", async () => {
    await fake.mock.signingKeys.seed(
      Array.from({ length: 5 }, (_, i) => ({ id: `key-${i}`, created_at: 1_700_000_000 + i })),
    );
    const ids: string[] = [];
    for await (const key of listSigningKeys(client, { limit: 2 })) ids.push(key.id);
    expect(ids).toEqual(["key-4", "key-3", "key-2", "key-1", "key-0"]);
    expect(fake.mock.requests.map((r) => r.query)).toEqual([
      { limit: "2" },
      { limit: "2", page: "2" },
      { limit: "2", page: "3" },
    ]);
  });

  it("rejects invalid limits with InvalidArgumentError", async () => {
    await expect(listSigningKeys(client, { limit: 0 })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(fake.mock.requests).toHaveLength(0);
  });

  it("types its items as SigningKey", async () => {
    const page = await listSigningKeys(client);
    const keys: SigningKey[] = page.data;
    expect(keys).toEqual([]);
  });
});

describe("deleteSigningKey", () => {
  it("deletes and resolves to undefined", async () => {
    await fake.mock.signingKeys.seed([{ id: "old" }]);
    await expect(deleteSigningKey(client, "old")).resolves.toBeUndefined();
    expect(fake.mock.signingKeys.size).toBe(0);
  });

  it("rejects with NotFoundError for an unknown id", async () => {
    await expect(deleteSigningKey(client, "missing")).rejects.toBeInstanceOf(NotFoundError);
  });
});
