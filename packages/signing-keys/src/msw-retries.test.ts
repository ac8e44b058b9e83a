// The README promises that retried requests settle under msw's setupServer (they once hung):
// this file holds it to that, with the fake's fault injection and core's real retry loop.
import { createSigningKey, deleteSigningKey, listSigningKeys, rotateSigningKeys } from "@mux/signing-keys";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const fake = useMuxMock({ beforeAll, afterEach, afterAll });
const now = { "retry-after-ms": "0" };

it("a list retried after two 503s settles and returns the keys", async () => {
  await fake.mock.signingKeys.seed(3);
  fake.mock.faults.add({ operation: "list-signing-keys", status: 503, headers: now, times: 2 });
  const page = await listSigningKeys(fake.client({ maxRetries: 2 }));
  expect(page.data).toHaveLength(3);
  expect(fake.mock.requests.map((r) => r.status)).toEqual([503, 503, 200]);
}, 10_000);

it("a create retried after a 429 and a delete retried after a 500 settle", async () => {
  fake.mock.faults.add({ operation: "create-signing-key", status: 429, headers: now });
  const client = fake.client({ maxRetries: 1 });
  const key = await createSigningKey(client);
  fake.mock.faults.add({ operation: "delete-signing-key", status: 500, headers: now });
  await expect(deleteSigningKey(client, key.id)).resolves.toBeUndefined();
  expect(fake.mock.signingKeys.size).toBe(0);
}, 10_000);

it("a rotation whose deletes are retried completes", async () => {
  await fake.mock.signingKeys.seed([{ id: "old-1", created_at: "1600000000" }]);
  fake.mock.faults.add({ operation: "delete-signing-key", status: 503, headers: now });
  const result = await rotateSigningKeys(fake.client({ maxRetries: 1 }), { onCreated: () => {}, propagationMs: 0 });
  expect(result.deleted.map((k) => k.id)).toEqual(["old-1"]);
  expect(result.failed).toEqual([]);
}, 10_000);
