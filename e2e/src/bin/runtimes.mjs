#!/usr/bin/env node
// The runtime matrix: the smoke apps, installed from the packed tarballs, on Node 20 (this Node),
// Node 22, Node 24, Bun, Deno and workerd, against one mock server started here on 127.0.0.1.
// Prints one line per runtime and ends with "N passed, N failed"; exits 1 on any failure.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { startMockServerBin } from "../lib/mock-server.mjs";
import { packAll } from "../lib/pack.mjs";
import { run, tail } from "../lib/proc.mjs";
import { installProject } from "../lib/project.mjs";
import { cacheRoot, ensureRuntime, runtimeSpecs } from "../lib/runtimes.mjs";
import { bundleWorker, writeWorkerdConfig } from "../lib/worker-bundle.mjs";
import { listPackages, tmpRoot } from "../lib/workspace.mjs";
import { smokeApps } from "../smoke/manifest.mjs";

const started = Date.now();
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)}s`;
const strict = process.env.CI === "true" || process.env.CI === "1";

/** @typedef {{ app: string; ok: boolean; checks?: string[]; error?: string }} AppLine */

/** JSON lines the smoke CLI / worker printed. @param {string} text @returns {AppLine[]} */
function appLines(text) {
  /** @type {AppLine[]} */
  const out = [];
  for (const line of text.split("\n")) {
    const at = line.indexOf('{"app":');
    if (at === -1) continue;
    try {
      out.push(JSON.parse(line.slice(at)));
    } catch {
      // a log line that only looks like JSON
    }
  }
  return out;
}

const all = listPackages();
const unbuilt = all.filter((p) => !p.built).map((p) => p.name);
const runDir = join(tmpRoot, "e2e", "runtimes");
rmSync(runDir, { recursive: true, force: true });

// 1. Pack + install, and download runtimes, at the same time.
const specs = runtimeSpecs();
const downloads = Object.fromEntries(
  Object.entries(specs).map(([id, spec]) => [
    id,
    ensureRuntime(/** @type {import("../lib/runtimes.mjs").RuntimeId} */ (id), spec).then(
      (r) => ({ ...r, error: undefined }),
      (error) => ({ binary: "", cached: false, error: /** @type {Error} */ (error) }),
    ),
  ]),
);
const packed = await packAll(
  all.filter((p) => p.built),
  join(runDir, "tarballs"),
);
const packedNames = new Set(packed.map((p) => p.name));
const projectDir = join(runDir, "project");
if (packed.length > 0) await installProject(projectDir, packed, [...packedNames]);
const downloaded = Object.fromEntries(await Promise.all(Object.entries(downloads).map(async ([id, p]) => [id, await p])));
const cachedCount = Object.values(downloaded).filter((d) => d.cached).length;
console.log(
  `packed and installed ${packed.length} package(s); runtimes ready (${cachedCount} from cache in ${cacheRoot}) after ${seconds(Date.now() - started)}`,
);
if (unbuilt.length) console.log(`not built yet, so not tested: ${unbuilt.join(", ")}`);

// 2. Which apps can run with what is built.
const apps = Object.entries(smokeApps)
  .filter(([, app]) => app.packages.every((n) => packedNames.has(n)) && (!app.server || packedNames.has("@mux/testing")))
  .map(([name]) => name);
const skippedApps = Object.keys(smokeApps).filter((n) => !apps.includes(n));
if (skippedApps.length) console.log(`smoke apps skipped (packages not built): ${skippedApps.join(", ")}`);

// 3. One mock server for every runtime, started by this Node from the installed @mux/testing.
const server = packedNames.has("@mux/testing") ? await startMockServerBin(projectDir) : undefined;
const serverEnv = server?.env ?? { MUX_BASE_URL: "", MUX_TOKEN_ID: "", MUX_TOKEN_SECRET: "" };

/** @type {{ label: string; ok: boolean; detail: string }[]} */
const results = [];

/**
 * Runs the smoke CLI (and, on Node, the require probe) with one runtime.
 * @param {string} label
 * @param {string} binary
 * @param {string[]} prefix  arguments before the script
 * @param {{ requireProbe?: boolean; env?: NodeJS.ProcessEnv }} [options]
 */
async function runCli(label, binary, prefix, options = {}) {
  const t0 = Date.now();
  const env = { ...process.env, ...serverEnv, ...options.env };
  const version = (await run(binary, ["--version"], { timeoutMs: 20_000 })).stdout.trim().split("\n")[0] ?? "";
  // Apps that must let the process end on their own, then the ones allowed a forced exit.
  const natural = apps.filter((name) => !smokeApps[name]?.forceExit);
  const forced = apps.filter((name) => smokeApps[name]?.forceExit);
  const outcome = await run(binary, [...prefix, "smoke/cli.mjs", ...natural], { cwd: projectDir, env, timeoutMs: 60_000 });
  const lines = appLines(outcome.stdout);
  if (forced.length) {
    const extra = await run(binary, [...prefix, "smoke/cli.mjs", "--exit", ...forced], { cwd: projectDir, env, timeoutMs: 60_000 });
    lines.push(...appLines(extra.stdout));
    if (extra.timedOut) outcome.timedOut = true;
  }
  if (options.requireProbe) {
    const probe = await run(binary, ["smoke/require-probe.cjs", ...packedNames], { cwd: projectDir, env, timeoutMs: 30_000 });
    lines.push(...appLines(probe.stdout));
    if (probe.code !== 0 && !appLines(probe.stdout).length) lines.push({ app: "require", ok: false, error: tail(probe.stderr, 5) });
  }
  record(`${label} (${version})`, outcome, lines, [...apps, ...(options.requireProbe ? ["require"] : [])], t0);
}

/**
 * @param {string} label
 * @param {import("../lib/proc.mjs").RunResult} outcome
 * @param {AppLine[]} lines
 * @param {string[]} expected
 * @param {number} t0
 */
function record(label, outcome, lines, expected, t0) {
  const failed = lines.filter((l) => !l.ok);
  const missing = expected.filter((name) => !lines.some((l) => l.app === name));
  const ok = failed.length === 0 && missing.length === 0 && !outcome.timedOut && expected.length > 0;
  let detail = `${lines.filter((l) => l.ok).map((l) => l.app).join(", ") || "nothing ran"} (${seconds(Date.now() - t0)})`;
  if (!ok) {
    const reasons = [
      ...failed.map((l) => `${l.app}: ${(l.error ?? "").split("\n").slice(0, 3).join(" | ")}`),
      ...(missing.length ? [`no result from ${missing.join(", ")}`] : []),
      ...(outcome.timedOut ? ["timed out"] : []),
    ];
    detail = `${reasons.join("; ")}\n${missing.length || outcome.timedOut ? tail(`${outcome.stdout}\n${outcome.stderr}`, 15) : ""}`.trimEnd();
  }
  results.push({ label, ok, detail });
  console.log(`${ok ? "PASS" : "FAIL"}  ${label}: ${detail}`);
}

/** @param {string} label @param {Error} error */
function recordError(label, error) {
  results.push({ label, ok: false, detail: error.message });
  console.log(`FAIL  ${label}: ${error.message.split("\n").slice(0, 8).join("\n")}`);
}

try {
  if (apps.length === 0) {
    recordError("smoke apps", new Error("no smoke app can run: no package is built"));
  } else {
    await runCli("node 20", process.execPath, [], { requireProbe: true });
    for (const id of ["node22", "node24"]) {
      const d = downloaded[id];
      if (d.error) recordError(id, d.error);
      else await runCli(id.replace("node", "node "), d.binary, [], { requireProbe: true });
    }
    if (downloaded.bun.error) recordError("bun", downloaded.bun.error);
    else await runCli("bun", downloaded.bun.binary, ["run"]);
    if (downloaded.deno.error) recordError("deno", downloaded.deno.error);
    else {
      await runCli("deno", downloaded.deno.binary, ["run", "--allow-env", "--allow-net=127.0.0.1", "--allow-read"], {
        env: { DENO_DIR: join(cacheRoot, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      });
    }
    if (downloaded.workerd.error) recordError("workerd", downloaded.workerd.error);
    else {
      const t0 = Date.now();
      try {
        const workerApps = apps.filter((name) => !smokeApps[name]?.notOnWorkers);
        await bundleWorker(projectDir, workerApps);
        const config = writeWorkerdConfig(join(projectDir, "smoke"), "worker.bundle.mjs", serverEnv);
        const version = (await run(downloaded.workerd.binary, ["--version"], { timeoutMs: 20_000 })).stdout.trim();
        const outcome = await run(downloaded.workerd.binary, ["test", config], { cwd: projectDir, timeoutMs: 90_000 });
        const lines = appLines(`${outcome.stdout}\n${outcome.stderr}`);
        if (outcome.code !== 0 && lines.every((l) => l.ok)) {
          lines.push({ app: "workerd", ok: false, error: tail(`${outcome.stdout}\n${outcome.stderr}`, 10) });
        }
        record(`workerd (${version})`, outcome, lines, workerApps, t0);
      } catch (error) {
        recordError("workerd", /** @type {Error} */ (error));
      }
    }
  }
} finally {
  server?.stop();
}

if (strict && unbuilt.length) {
  recordError("packages", new Error(`not built, so untested: ${unbuilt.join(", ")}`));
}
const passed = results.filter((r) => r.ok).length;
console.log(`runtime matrix finished in ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
