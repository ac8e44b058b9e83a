/**
 * A small Mux look-alike on node:http, run as a child process (so its CPU
 * does not share the client's event loop). Routes:
 *   GET  [/t/<total>]/system/v1/signing-keys?page&limit  one page of <total> keys (default 1000)
 *   POST [/t/<total>]/system/v1/signing-keys             a new key with a private key
 *   GET  [/t/<total>]/system/v1/whoami
 *   GET  /__stats                                         { requests } served so far (not counted)
 * Every API route requires an Authorization header (401 otherwise), so all
 * contenders do the same auth work.
 */
import { createServer } from "node:http";

const privateKey = process.env.BENCH_PRIVATE_KEY ?? "";
let requests = 0;
const keyCache = new Map();

function keyAt(index) {
  let key = keyCache.get(index);
  if (!key) {
    key = { id: `bench-key-${String(index).padStart(6, "0")}`, created_at: String(1_700_000_000 + index) };
    keyCache.set(index, key);
  }
  return key;
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "x-request-id": `req-${requests}`,
  });
  res.end(text);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/__stats") return send(res, 200, { requests });
  requests++;
  let path = url.pathname;
  let total = 1000;
  const prefix = /^\/t\/(\d+)(\/.*)$/.exec(path);
  if (prefix) {
    total = Number(prefix[1]);
    path = prefix[2];
  }
  // Drain any request body before answering.
  req.resume();
  req.on("end", () => {
    if (!req.headers.authorization) {
      return send(res, 401, { error: { type: "unauthorized", messages: ["Unauthorized request"] } });
    }
    if (path === "/system/v1/signing-keys" && req.method === "GET") {
      const limit = Number(url.searchParams.get("limit") ?? 25);
      const page = Number(url.searchParams.get("page") ?? 1);
      const data = [];
      for (let i = (page - 1) * limit; i < Math.min(page * limit, total); i++) data.push(keyAt(i));
      return send(res, 200, { data });
    }
    if (path === "/system/v1/signing-keys" && req.method === "POST") {
      return send(res, 201, { data: { id: `bench-new-${requests}`, created_at: "1700000000", private_key: privateKey } });
    }
    if (path === "/system/v1/whoami" && req.method === "GET") {
      return send(res, 200, {
        data: {
          access_token_name: "bench",
          environment_id: "env",
          environment_name: "Bench",
          environment_type: "development",
          organization_id: "org",
          organization_name: "Bench Org",
          permissions: ["system:read", "system:write"],
        },
      });
    }
    return send(res, 404, { error: { type: "not_found", messages: ["Not found"] } });
  });
});

server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  process.send?.({ port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
