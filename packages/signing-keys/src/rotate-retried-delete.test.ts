import { createMuxClient } from "@mux/core";
import { rotateSigningKeys } from "@mux/signing-keys";
import { startMockMuxServer } from "@mux/testing/node";
import { describe, expect, it } from "vitest";

const ids = (keys: { id: string }[]) => keys.map((k) => k.id).sort();

// Over @mux/testing's real local server rather than msw: with msw, a retried request never
// settles (core's retry cancels the failed response's body, and that cancel hangs under msw).
describe("rotateSigningKeys with retries", () => {
  it("counts a key that is already gone (404 after a retried delete) as deleted", async () => {
    const server = await startMockMuxServer();
    try {
      await server.mock.signingKeys.seed([{ id: "old-a", created_at: 1_000 }]);
      server.mock.faults.add({ method: "DELETE", path: "/system/v1/signing-keys/old-a", status: 503, afterEffect: true });
      const retrying = createMuxClient({
        baseURL: server.url,
        tokenId: server.tokenId,
        tokenSecret: server.tokenSecret,
        maxRetries: 1,
      });
      const result = await rotateSigningKeys(retrying, { onCreated: () => {}, propagationMs: 0 });
      expect(ids(result.deleted)).toEqual(["old-a"]);
      expect(result.failed).toEqual([]);
      const deletes = server.mock.requests.filter((r) => r.operationId === "delete-signing-key");
      expect(deletes.map((r) => r.status)).toEqual([503, 404]);
    } finally {
      await server.close();
    }
  });
});
