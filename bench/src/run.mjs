/**
 * `pnpm bench`: runs every benchmark side by side with the official SDK and
 * prints one table. Options:
 *   --only=size,cold,requests,jwt,pagination,memory,webhooks   run a subset
 *   --quick                                    fewer rounds (for trying the harness, not for records)
 * The table is also written to bench/results/latest.{md,json}.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, getPriority, loadavg, setPriority } from "node:os";
import { join } from "node:path";
import { benchColdImport } from "./benches/cold-import.mjs";
import { benchJwt } from "./benches/jwt.mjs";
import { benchMemory } from "./benches/memory.mjs";
import { benchPagination } from "./benches/pagination.mjs";
import { benchRequests } from "./benches/requests.mjs";
import { benchSize } from "./benches/size.mjs";
import { benchWebhooks } from "./benches/webhooks.mjs";
import { BENCH_DIR, REPO_DIR } from "./lib/bundle.mjs";
import { loadOurPackages, loadThirdParty } from "./lib/contenders.mjs";
import { startServer } from "./lib/server.mjs";
import { nowMs } from "./lib/stats.mjs";
import { renderMarkdown, renderText } from "./lib/table.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args.find((a) => a.startsWith("--only="));
const only = onlyArg ? onlyArg.slice(7).split(",") : ["size", "cold", "requests", "jwt", "pagination", "memory", "webhooks"];

function version(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

// On a shared machine, ask the scheduler to favour the benchmark (children inherit it); ignored without permission.
try {
  setPriority(-10);
} catch {
  // not permitted: run at normal priority
}
const started = nowMs();
const versions = {
  node: process.version,
  "official @mux/mux-node": version(join(BENCH_DIR, "node_modules", "official-mux-node")),
  "openapi-fetch": version(join(BENCH_DIR, "node_modules", "openapi-fetch")),
  jose: version(join(BENCH_DIR, "node_modules", "jose")),
  esbuild: version(join(BENCH_DIR, "node_modules", "esbuild")),
};
for (const p of ["errors", "core", "jwt", "signing-keys", "utilities", "webhooks", "mux-node"]) {
  versions[`@mux/${p}`] = version(join(REPO_DIR, "packages", p));
}
const machine = `${availableParallelism()} CPUs, ${cpus()[0]?.model ?? "unknown"}, ${process.platform}/${process.arch}`;
const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");
const loadAtStart = load();
const priority = `nice ${getPriority()}`;
console.log(`mux bench — ${new Date().toISOString()} — ${machine}, ${priority}${quick ? " — QUICK (not for records)" : ""}`);
console.log(Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(", "));

const { modules: ours, missing } = await loadOurPackages();
if (Object.keys(missing).length) console.log(`not available yet: ${Object.entries(missing).map(([k, v]) => `@mux/${k} (${v})`).join(", ")}`);
const third = await loadThirdParty();

// A real RSA key, shaped like Mux hands it out: base64 of a PKCS#1 PEM.
const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const keySecret = Buffer.from(privateKey).toString("base64");
const keyId = "bench-signing-key";
const credentials = { tokenId: "bench-token-id", tokenSecret: "bench-token-secret" };

const rows = [];
const timings = {};
const step = async (name, fn) => {
  if (!only.includes(name)) return;
  const t = nowMs();
  process.stdout.write(`running ${name} ... `);
  try {
    rows.push(...(await fn()));
  } catch (error) {
    rows.push({ bench: name, contender: "-", metric: "-", note: `ERROR: ${String(error?.message ?? error).slice(0, 100)}` });
  }
  timings[name] = ((nowMs() - t) / 1000).toFixed(1);
  console.log(`${timings[name]} s`);
};

await step("size", () => benchSize());
await step("cold", () => benchColdImport({ runs: quick ? 5 : 21 }));
const server = await startServer(keySecret);
try {
  await step("requests", () =>
    benchRequests({ ours, third, server, credentials, ...(quick ? { rounds: 30, warmup: 50 } : {}) }),
  );
  await step("jwt", () =>
    benchJwt({ ours, keyId, keySecret, publicKeyPem: publicKey, ...(quick ? { rounds: 2, perRound: 30 } : {}) }),
  );
  await step("pagination", () =>
    benchPagination({ ours, third, server, credentials, ...(quick ? { rounds: 3, rssRuns: 1 } : {}) }),
  );
  await step("memory", () => benchMemory({ server, credentials, ...(quick ? { runs: 1 } : {}) }));
} finally {
  await server.close();
}
await step("webhooks", () => benchWebhooks({ ours, ...(quick ? { rounds: 20 } : {}) }));

const total = ((nowMs() - started) / 1000).toFixed(1);
const loadNote = `load average ${loadAtStart} at start, ${load()} at end`;
console.log("");
console.log(renderText(rows));
const targets = rows.filter((r) => r.target);
const summary = `targets: ${targets.filter((r) => r.pass && r.median !== undefined).length} pass, ${targets.filter((r) => r.median !== undefined && !r.pass).length} fail, ${targets.filter((r) => r.median === undefined).length} not measured — total ${total} s`;
console.log(`\n${summary}\n${loadNote}`);

mkdirSync(join(BENCH_DIR, "results"), { recursive: true });
const header = `Run: ${new Date().toISOString()}; machine: ${machine}, ${priority}; ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(", ")}; bench time ${total} s; ${loadNote}${quick ? " (QUICK)" : ""}`;
writeFileSync(join(BENCH_DIR, "results", "latest.md"), `${header}\n\n${renderMarkdown(rows)}\n\n${summary}\n`);
writeFileSync(
  join(BENCH_DIR, "results", "latest.json"),
  JSON.stringify({ date: new Date().toISOString(), machine, versions, quick, timings, load: loadNote, rows: rows.map(({ format, ...r }) => r) }, null, 2),
);
