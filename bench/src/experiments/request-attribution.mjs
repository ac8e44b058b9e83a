/**
 * Experiment (not part of `pnpm bench`): where the per-request overhead over
 * a bare fetch comes from. Variants of one GET against the bench server,
 * interleaved request by request; median wall time of 1,500 requests each.
 * Usage: node src/experiments/request-attribution.mjs
 */
import createClient from "openapi-fetch";
import { startServer } from "../lib/server.mjs";
import { median, nowMs } from "../lib/stats.mjs";

const server = await startServer("eA==");
const auth = "Basic eDp5";
const url = `${server.url}/system/v1/signing-keys?limit=10`;
const path = "/system/v1/signing-keys";
const q = { params: { query: { limit: 10 } } };

const authMiddleware = {
  onRequest({ request }) {
    if (!request.headers.has("authorization")) request.headers.set("authorization", auth);
    return request;
  },
};
/** What @mux/core's retrying fetch does per attempt: an AbortController and a timer. */
const timedFetch = (input, init) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  return fetch(input, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
};
/** A minimal Request stand-in, so openapi-fetch does not build an undici Request that fetch() then copies. */
class LightRequest {
  constructor(input, init = {}) {
    this.url = String(input);
    this.method = init.method ?? "GET";
    this.headers = new Headers(init.headers);
    this.body = init.body ?? null;
  }
}
/** What @mux/core does since 21:24: re-wraps each body in a JS ReadableStream so the timer can stop when the body ends. */
const rewrapFetch = async (input) => {
  const response = await timedFetch(input);
  const reader = response.body.getReader();
  const stream = new ReadableStream({
    async pull(controller) {
      const chunk = await reader.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
};
const lightFetch = (r) => timedFetch(r.url, { method: r.method, headers: r.headers, body: r.body });

const headerClient = createClient({ baseUrl: server.url, headers: { Authorization: auth } });
const middlewareClient = createClient({ baseUrl: server.url });
middlewareClient.use(authMiddleware);
const coreLike = createClient({ baseUrl: server.url, fetch: (r) => timedFetch(r) });
coreLike.use(authMiddleware);
const rewrapClient = createClient({ baseUrl: server.url, fetch: rewrapFetch });
rewrapClient.use(authMiddleware);
const lightClient = createClient({ baseUrl: server.url, headers: { Authorization: auth }, Request: LightRequest, fetch: lightFetch });

const variants = {
  "bare fetch(url, init)": async () => (await fetch(url, { headers: { authorization: auth } })).json(),
  "bare fetch(new Request(url, init))": async () => (await fetch(new Request(url, { headers: { authorization: auth } }))).json(),
  "bare fetch + AbortController/timer": async () => (await timedFetch(url, { headers: { authorization: auth } })).json(),
  "openapi-fetch, headers option": () => headerClient.GET(path, q),
  "openapi-fetch, auth middleware": () => middlewareClient.GET(path, q),
  "openapi-fetch + middleware + timer (= core.api)": () => coreLike.GET(path, q),
  "core.api + body re-wrapped in a ReadableStream": () => rewrapClient.GET(path, q),
  "openapi-fetch + LightRequest + headers + timer": () => lightClient.GET(path, q),
};
const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let w = 0; w < 300; w++) for (const f of Object.values(variants)) await f();
for (let r = 0; r < 300; r++) {
  for (const [k, f] of Object.entries(variants)) {
    for (let i = 0; i < 5; i++) {
      const t = nowMs();
      await f();
      samples[k].push((nowMs() - t) * 1000);
    }
  }
}
const base = median(samples["bare fetch(url, init)"]);
for (const [k, v] of Object.entries(samples)) {
  console.log(`${k.padEnd(50)} ${median(v).toFixed(0).padStart(5)} us  ${(median(v) / base).toFixed(3)}x`);
}
await server.close();
