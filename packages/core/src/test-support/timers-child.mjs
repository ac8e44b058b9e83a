// Run as a child process: makes a batch of calls (successes, retries, timeouts,
// aborts, errors) and then simply returns. If any timer or listener were left
// pending, the process would not exit promptly.
import { createServer } from "node:http";
import { callApi, createMuxClient, unwrapData } from "@mux/core";

const server = createServer((req, res) => {
  const url = req.url ?? "";
  if (url.includes("slow")) {
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"data":{"id":"slow"}}');
    }, 200);
    return;
  }
  if (url.includes("flaky")) {
    res.writeHead(503, { "retry-after-ms": "5" });
    res.end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.end('{"data":{"id":"ok"}}');
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const { port } = server.address();
const client = createMuxClient({ tokenId: "a", tokenSecret: "b", baseURL: `http://127.0.0.1:${port}`, timeout: 30_000, logLevel: "off" });

const get = (id, opts) =>
  callApi(
    client,
    opts,
    (api, init) => api.GET("/system/v1/signing-keys/{SIGNING_KEY_ID}", { ...init, params: { path: { SIGNING_KEY_ID: id } } }),
    unwrapData,
  );

const controller = new AbortController();
const results = await Promise.allSettled([
  ...Array.from({ length: 20 }, (_, i) => get(`ok-${i}`)),
  get("flaky"),
  get("slow", { timeout: 20, maxRetries: 1 }),
  get("slow", { signal: controller.signal }),
  get("slow", { signal: AbortSignal.timeout(50_000) }),
  get("slow", { timeout: 0 }),
  (async () => {
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
  })(),
]);
const counts = results.reduce((acc, r) => {
  acc[r.status] = (acc[r.status] ?? 0) + 1;
  return acc;
}, {});
server.close();
server.closeAllConnections();
process.stdout.write(`${JSON.stringify({ ...counts, doneAt: Date.now() })}\n`);
