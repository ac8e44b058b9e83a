// Child process of load.test.ts: 1,000 concurrent calls against the local mock with ~10 % faults.
// Prints one JSON line with the tallies and exits BY ITSELF (no process.exit): a leaked socket
// or timer keeps it alive and the parent's hard timeout catches that.
import { callApi, createMuxClient, paginate, pathParam, unwrapData } from "@mux/core";
import { MuxError } from "@mux/errors";
import { startMockMuxServer } from "@mux/testing/node";

const unhandled = [];
process.on("unhandledRejection", (reason) => unhandled.push(String(reason)));

const gc = globalThis.gc;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const retrieve = (client, id) =>
  callApi(client, undefined, (api, init) => api.GET("/system/v1/signing-keys/{SIGNING_KEY_ID}", { ...init, params: { path: { SIGNING_KEY_ID: pathParam("signingKeyId", id) } } }), unwrapData);
const whoami = (client) => callApi(client, undefined, (api, init) => api.GET("/system/v1/whoami", { ...init }), unwrapData);
const list = (client) => paginate(client, { limit: 10 }, undefined, (api, init, q) => api.GET("/system/v1/signing-keys", { ...init, params: { query: q } }));

async function round(server, client, n) {
  const { mock } = server;
  mock.reset();
  const seeds = [];
  for (let i = 0; i < 50; i++) seeds.push({ id: `k-${i}`, created_at: 1_700_000_000 + i });
  for (let j = 0; j < 50; j++) seeds.push({ id: `once-${j}`, created_at: 1_600_000_000 });
  for (let j = 0; j < 40; j++) seeds.push({ id: `err500-${j}`, created_at: 1_600_000_000 });
  for (let j = 0; j < 20; j++) seeds.push({ id: `net-${j}`, created_at: 1_600_000_000 });
  await mock.signingKeys.seed(seeds);
  for (let j = 0; j < 50; j++) mock.faults.add({ path: `/system/v1/signing-keys/once-${j}`, status: 503, times: 1 });
  for (let j = 0; j < 40; j++) mock.faults.add({ path: `/system/v1/signing-keys/err500-${j}`, status: 500, times: Number.POSITIVE_INFINITY });
  for (let j = 0; j < 20; j++) mock.faults.add({ path: `/system/v1/signing-keys/net-${j}`, networkError: true, times: Number.POSITIVE_INFINITY });

  const calls = [];
  const add = (expected, run) => calls.push({ expected, run });
  for (let i = 0; i < 700; i++) add("ok", () => retrieve(client, `k-${i % 50}`));
  for (let i = 0; i < 100; i++) add("ok", () => whoami(client));
  for (let i = 0; i < 50; i++) add("ok", async () => (await list(client)).data);
  for (let j = 0; j < 50; j++) add("ok", () => retrieve(client, `once-${j}`));
  for (let j = 0; j < 40; j++) add("InternalServerError", () => retrieve(client, `err500-${j}`));
  for (let j = 0; j < 30; j++) add("NotFoundError", () => retrieve(client, `gone-${j}`));
  for (let j = 0; j < 20; j++) add("APIConnectionError", () => retrieve(client, `net-${j}`));
  for (let j = 0; j < 10; j++) add("InvalidArgumentError", () => retrieve(client, j % 2 ? ".." : ""));
  if (calls.length !== n) throw new Error(`expected ${n} calls, built ${calls.length}`);

  const results = await Promise.allSettled(calls.map((c) => c.run()));
  const wrong = [];
  const tally = {};
  results.forEach((r, i) => {
    const got = r.status === "fulfilled" ? "ok" : r.reason instanceof MuxError ? r.reason.constructor.name : `untyped:${String(r.reason)}`;
    tally[got] = (tally[got] ?? 0) + 1;
    if (got !== calls[i].expected && wrong.length < 10) wrong.push({ i, expected: calls[i].expected, got });
  });
  const faulted = mock.requests.filter((r) => r.faulted).length;
  return { tally, wrong, requests: mock.requests.length, faulted };
}

const server = await startMockMuxServer();
const client = createMuxClient({ baseURL: server.url, tokenId: server.tokenId, tokenSecret: server.tokenSecret, maxRetries: 1, timeout: 20_000, logLevel: "off" });
// Warm-up round (JIT, pools), then the measured round.
await round(server, client, 1000);
server.mock.reset();
const before = heap();
const started = performance.now();
const result = await round(server, client, 1000);
const ms = Math.round(performance.now() - started);
server.mock.reset();
await server.close();
await new Promise((r) => setTimeout(r, 50));
const after = heap();
process.stdout.write(`${JSON.stringify({ ...result, ms, heapBefore: before, heapAfter: after, unhandled, doneAt: Date.now() })}\n`);
