// Regression found by the reliability suite's load test: with Node's default listen backlog
// (511) a burst of ~1,000 concurrent connections had SYNs dropped and waited for TCP
// retransmission. The server now listens with a larger backlog.
import { startMockMuxServer } from "@mux/testing/node";
import { expect, it } from "vitest";

it("answers a burst of 1,000 concurrent connections", async () => {
  const server = await startMockMuxServer();
  try {
    const auth = `Basic ${btoa(`${server.tokenId}:${server.tokenSecret}`)}`;
    const statuses = await Promise.all(
      Array.from({ length: 1_000 }, () =>
        fetch(`${server.url}/system/v1/whoami`, { headers: { authorization: auth } }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
  } finally {
    await server.close();
  }
}, 60_000);
