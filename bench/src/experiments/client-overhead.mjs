/**
 * Experiment (not part of `pnpm bench`): client-side CPU per call with a fake `fetch` that answers
 * at once (no socket, no server), so only the client's own work is measured: openapi-fetch alone,
 * `@mux/core`'s `client.api`, and our generated list / hand-written create. Median of 8 blocks.
 * Usage: node src/experiments/client-overhead.mjs   (N=8000 for more calls)
 */
import createClient from "openapi-fetch";
import { createMuxClient } from "@mux/core";
import { listSigningKeys, createSigningKey } from "@mux/signing-keys";
const body = JSON.stringify({ data: Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, created_at: "1" })) });
const created = JSON.stringify({ data: { id: "k", created_at: "1", private_key: "x".repeat(2300) } });
const fakeFetch = async (input, init) => {
  const post = (typeof input === "string" ? init?.method : input.method) === "POST";
  return new Response(post ? created : body, { status: post ? 201 : 200, headers: { "content-type": "application/json", "content-length": String((post ? created : body).length) } });
};
const base = "http://127.0.0.1:1";
const auth = "Basic eDp5";
const api = createClient({ baseUrl: base, headers: { Authorization: auth }, fetch: fakeFetch });
const client = createMuxClient({ tokenId: "x", tokenSecret: "y", baseURL: base, fetch: fakeFetch });
const variants = {
  "fake fetch + json": async () => (await fakeFetch(`${base}/system/v1/signing-keys?limit=10`, { headers: { authorization: auth } })).json(),
  "openapi-fetch GET": () => api.GET("/system/v1/signing-keys", { params: { query: { limit: 10 } } }),
  "ours core.api GET": () => client.api.GET("/system/v1/signing-keys", { params: { query: { limit: 10 } } }),
  "ours listSigningKeys": () => listSigningKeys(client, { limit: 10 }),
  "openapi-fetch POST": () => api.POST("/system/v1/signing-keys", {}),
  "ours createSigningKey": () => createSigningKey(client),
};
const N = Number(process.env.N ?? 4000);
const res = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let r = 0; r < 8; r++) for (const [k, f] of Object.entries(variants)) {
  for (let i = 0; i < 300; i++) await f();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N / 8; i++) await f();
  const c = process.cpuUsage(c0);
  res[k].push(((c.user + c.system) / (N / 8)));
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(24), med(v).toFixed(1), "us CPU/call");
