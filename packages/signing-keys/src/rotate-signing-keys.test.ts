import { inspect } from "node:util";
import { APIUserAbortError, InternalServerError, InvalidArgumentError } from "@mux/errors";
import { type CreatedSigningKey, rotateSigningKeys, SigningKeyRotationError } from "@mux/signing-keys";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const fake = useMuxMock({ beforeAll, afterEach, afterAll });
const { mock } = fake;
const client = fake.client({ maxRetries: 0 });
const now = () => Math.floor(Date.now() / 1000);
const ids = (keys: { id: string }[]) => keys.map((k) => k.id).sort();
const storedIds = () => mock.signingKeys.list().map((k) => k.id).sort();
const requestsOf = (operationId: string) => mock.requests.filter((r) => r.operationId === operationId);

describe("rotateSigningKeys", () => {
  it("creates a key, keeps it and deletes only strictly older keys", async () => {
    const t = now();
    await mock.signingKeys.seed([
      { id: "old-1", created_at: t - 3_600 },
      { id: "old-2", created_at: t - 60 },
      { id: "future", created_at: t + 3_600 },
    ]);
    let stored: CreatedSigningKey | undefined;
    const result = await rotateSigningKeys(client, {
      onCreated: (key) => {
        stored = key;
      },
      propagationMs: 0,
    });
    expect(stored?.private_key).toEqual(expect.any(String));
    expect(result.created).toEqual({ id: stored?.id, created_at: stored?.created_at });
    expect(ids(result.deleted)).toEqual(["old-1", "old-2"]);
    expect(ids(result.kept)).toEqual(["future"]);
    expect(result.failed).toEqual([]);
    expect(result.dryRun).toBe(false);
    expect(storedIds()).toEqual([result.created.id, "future"].sort());
  });

  it("compares created_at numerically, not as text or dates", async () => {
    const t = now();
    // "999999999" > "1000000000" as text; numerically it is older.
    await mock.signingKeys.seed([{ id: "nine-digits", created_at: "999999999" }, { id: "newer", created_at: t + 3_600 }]);
    const result = await rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0 });
    expect(ids(result.deleted)).toEqual(["nine-digits"]);
    expect(ids(result.kept)).toEqual(["newer"]);
  });

  it("keeps a key made in the same second as the new one", async () => {
    let newKeyAt = "";
    const result = await rotateSigningKeys(client, {
      onCreated: async (key) => {
        newKeyAt = key.created_at;
        await mock.signingKeys.seed([{ id: "same-second", created_at: key.created_at }]);
      },
      propagationMs: 0,
    });
    expect(newKeyAt).not.toBe("");
    expect(result.deleted).toEqual([]);
    expect(ids(result.kept)).toEqual(["same-second"]);
  });

  it("never deletes ids in keep", async () => {
    await mock.signingKeys.seed([
      { id: "old-a", created_at: 1_000 },
      { id: "old-b", created_at: 2_000 },
    ]);
    const result = await rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0, keep: ["old-b"] });
    expect(ids(result.deleted)).toEqual(["old-a"]);
    expect(ids(result.kept)).toEqual(["old-b"]);
    expect(storedIds()).toContain("old-b");
  });

  it("deletes nothing in a dry run and reports the candidates", async () => {
    await mock.signingKeys.seed([{ id: "old-a", created_at: 1_000 }]);
    const result = await rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0, dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.deleted).toEqual([]);
    expect(ids(result.candidates)).toEqual(["old-a"]);
    expect(requestsOf("delete-signing-key")).toHaveLength(0);
    expect(storedIds()).toContain("old-a");
  });

  it("stops and deletes nothing when onCreated throws, reporting the new key in the error", async () => {
    await mock.signingKeys.seed([{ id: "old-a", created_at: 1_000 }]);
    const failure = new Error("vault is down");
    const error = await rotateSigningKeys(client, {
      onCreated: async () => {
        throw failure;
      },
      propagationMs: 0,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SigningKeyRotationError);
    const rotation = error as SigningKeyRotationError;
    expect(rotation.stage).toBe("onCreated");
    expect(rotation.cause).toBe(failure);
    expect(rotation.deleted).toEqual([]);
    expect(storedIds()).toEqual([rotation.created.id, "old-a"].sort());
    expect(requestsOf("list-signing-keys")).toHaveLength(0);
    expect(requestsOf("delete-signing-key")).toHaveLength(0);

    const privateKey = rotation.revealPrivateKey();
    expect(privateKey).toBe(await mock.privateKeyFor(rotation.created.id));
    expect(inspect(rotation, { depth: 5 })).not.toContain(privateKey);
    expect(JSON.stringify(rotation)).not.toContain(privateKey);
    expect(rotation.message).toContain(rotation.created.id);
    expect(rotation.name).toBe("SigningKeyRotationError");
  });

  it("reports a failed deletion and carries on with the others", async () => {
    await mock.signingKeys.seed([
      { id: "old-a", created_at: 1_000 },
      { id: "old-b", created_at: 2_000 },
      { id: "old-c", created_at: 3_000 },
    ]);
    mock.faults.add({ method: "DELETE", path: "/system/v1/signing-keys/old-b", status: 500, times: Infinity });
    const result = await rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0 });
    expect(ids(result.deleted)).toEqual(["old-a", "old-c"]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.key.id).toBe("old-b");
    expect(result.failed[0]?.error).toBeInstanceOf(InternalServerError);
    expect(storedIds()).toEqual([result.created.id, "old-b"].sort());
  });

  it("lists every page before deleting, so no key is skipped", async () => {
    await mock.signingKeys.seed(Array.from({ length: 7 }, (_, i) => ({ id: `old-${i}`, created_at: 1_000 + i })));
    const result = await rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0, pageSize: 2 });
    expect(result.deleted).toHaveLength(7);
    expect(storedIds()).toEqual([result.created.id]);
    const operations = mock.requests.map((r) => r.operationId);
    expect(operations.filter((o) => o === "list-signing-keys")).toHaveLength(5);
    expect(operations.lastIndexOf("list-signing-keys")).toBeLessThan(operations.indexOf("delete-signing-key"));
  });

  it("awaits onCreated, then waits propagationMs before listing", async () => {
    await mock.signingKeys.seed([{ id: "old-a", created_at: 1_000 }]);
    let storedAt = 0;
    await rotateSigningKeys(client, {
      onCreated: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(storedIds()).toContain("old-a");
        storedAt = Date.now();
      },
      propagationMs: 150,
    });
    const listedAt = requestsOf("list-signing-keys")[0]?.receivedAt ?? 0;
    expect(listedAt - storedAt).toBeGreaterThanOrEqual(140);
  });

  it("aborts the propagation wait and deletes nothing", async () => {
    await mock.signingKeys.seed([{ id: "old-a", created_at: 1_000 }]);
    const controller = new AbortController();
    let abortedAt = Number.POSITIVE_INFINITY;
    const promise = rotateSigningKeys(client, {
      onCreated: () => {
        setTimeout(() => {
          abortedAt = Date.now();
          controller.abort();
        }, 20);
      },
      signal: controller.signal,
    });
    const error = await promise.catch((e: unknown) => e);
    // Measured from the abort, not the start: creating the key may itself take seconds on a busy
    // machine, but the default 30 s propagation wait must end as soon as the caller aborts.
    expect(Date.now() - abortedAt).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(SigningKeyRotationError);
    expect((error as SigningKeyRotationError).stage).toBe("propagation");
    expect((error as SigningKeyRotationError).cause).toBeInstanceOf(APIUserAbortError);
    expect(requestsOf("delete-signing-key")).toHaveLength(0);
  });

  it("creates nothing when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      rotateSigningKeys(client, { onCreated: () => {}, signal: controller.signal }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(mock.requests).toHaveLength(0);
  });

  it("stops when the keys cannot be listed", async () => {
    await mock.signingKeys.seed([{ id: "old-a", created_at: 1_000 }]);
    mock.faults.add({ operation: "list-signing-keys", status: 500 });
    const error = await rotateSigningKeys(client, { onCreated: () => {}, propagationMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ stage: "list" });
    expect((error as SigningKeyRotationError).cause).toBeInstanceOf(InternalServerError);
    expect(storedIds()).toContain("old-a");
  });

  it("validates its options before creating anything", async () => {
    await expect(rotateSigningKeys(client, { onCreated: () => {}, propagationMs: -1 })).rejects.toMatchObject({
      argument: "propagationMs",
    });
    await expect(rotateSigningKeys(client, {} as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      rotateSigningKeys(client, { onCreated: () => {}, keep: [1] as unknown as string[] }),
    ).rejects.toMatchObject({ argument: "keep" });
    expect(mock.requests).toHaveLength(0);
  });
});
