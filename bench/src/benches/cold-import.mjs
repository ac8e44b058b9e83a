/** 2. Cold import: wall time of a fresh `node` that imports one package, over a `node -e ""` baseline. */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { BENCH_DIR, isBuilt } from "../lib/bundle.mjs";
import { nowMs, rotate, summarize } from "../lib/stats.mjs";

// Each child also reports its own CPU time (user + system, all threads) on stdout:
// wall time is what the issue asks for, CPU time is far less disturbed by other load on the machine.
const REPORT_CPU = "const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));";

function importCommand(spec) {
  return ["--input-type=module", "-e", `await import(${JSON.stringify(spec)}); ${REPORT_CPU}`];
}

export async function benchColdImport({ runs = 15 } = {}) {
  const contenders = [
    { name: "baseline", label: 'node -e ""', args: ["-e", REPORT_CPU] },
    { name: "esm baseline", label: "node --input-type=module -e \"\"", args: ["--input-type=module", "-e", REPORT_CPU] },
    { name: "official", label: "@mux/mux-node 15.3.0", args: importCommand("official-mux-node") },
    { name: "openapi-fetch", label: "openapi-fetch", args: importCommand("openapi-fetch") },
    { name: "jose", label: "jose", args: importCommand("jose") },
  ];
  const ours = ["errors", "core", "jwt", "signing-keys", "assets", "utilities", "webhooks", "mux-node"];
  const skipped = [];
  for (const name of ours) {
    if (isBuilt(name)) contenders.push({ name: `@mux/${name}`, label: `@mux/${name}`, ours: true, args: importCommand(`@mux/${name}`) });
    else skipped.push(name);
  }
  if (isBuilt("signing-keys")) {
    // Diagnostic: the same code as @mux/signing-keys (with core, errors, openapi-fetch) in ONE file,
    // to separate the cost of loading many small ES modules from the cost of running the code.
    const dir = join(BENCH_DIR, "results", "tmp");
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, "signing-keys.bundle.mjs");
    await build({ stdin: { contents: 'export * from "@mux/signing-keys";', resolveDir: BENCH_DIR }, bundle: true, format: "esm", platform: "node", outfile, logLevel: "silent" });
    contenders.push({ name: "bundled", label: "@mux/signing-keys as 1 file (diag)", args: importCommand(outfile) });
  }
  // One throw-away run each warms the OS file cache.
  for (const c of contenders) spawnSync(process.execPath, c.args, { cwd: BENCH_DIR, stdio: "ignore" });
  const times = new Map(contenders.map((c) => [c.name, []]));
  const cpu = new Map(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < runs; round++) {
    for (const c of rotate(contenders, round)) {
      const start = nowMs();
      const result = spawnSync(process.execPath, c.args, { cwd: BENCH_DIR, stdio: ["ignore", "pipe", "pipe"] });
      const elapsed = nowMs() - start;
      if (result.status !== 0) {
        c.error = String(result.stderr).split("\n").find((l) => l.includes("Error")) ?? `exit ${result.status}`;
      }
      times.get(c.name).push(elapsed);
      cpu.get(c.name).push(Number(String(result.stdout)));
    }
  }
  const base = summarize(times.get("baseline")).median;
  const baseCpu = summarize(cpu.get("baseline")).median;
  const cpuNote = (name) => {
    const d = summarize(cpu.get(name)).median - (name === "baseline" ? 0 : baseCpu);
    return `CPU ${name === "baseline" ? "" : d >= 0 ? "+" : ""}${d.toFixed(1)} ms`;
  };
  const officialDelta = summarize(times.get("official")).median - base;
  const rows = [];
  for (const c of contenders) {
    const s = summarize(times.get(c.name));
    const row = { bench: "2 cold import", contender: c.label, metric: c.name === "baseline" ? "ms (absolute)" : "ms over baseline" };
    if (c.error) {
      rows.push({ ...row, note: `failed: ${c.error.slice(0, 70)}` });
      continue;
    }
    if (c.name === "baseline") {
      rows.push({ ...row, median: s.median, min: s.min, max: s.max, format: (n) => n.toFixed(1), note: cpuNote(c.name) });
      continue;
    }
    const delta = s.median - base;
    // Issue 15: a leaf package within +8 ms of `node -e ""`; the umbrella at most half the official SDK's import.
    const leaf = c.name === "@mux/signing-keys" || c.name === "@mux/assets";
    const umbrella = c.name === "@mux/mux-node";
    const target = leaf ? "<= +8 ms" : umbrella ? "<= 0.5x official" : undefined;
    rows.push({
      ...row,
      median: delta,
      min: s.min - base,
      max: s.max - base,
      format: (n) => (n >= 0 ? "+" : "") + n.toFixed(1),
      ratio: c.name !== "official" && c.name !== "esm baseline" && c.name !== "bundled" ? delta / officialDelta : undefined,
      ratioOf: "official",
      target,
      pass: leaf ? delta <= 8 : umbrella ? delta <= 0.5 * officialDelta : undefined,
      note: cpuNote(c.name),
    });
  }
  for (const name of skipped) rows.push({ bench: "2 cold import", contender: `@mux/${name}`, metric: "ms over baseline", note: "not built" });
  return rows;
}
