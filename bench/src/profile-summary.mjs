/** Self time per function and per file from a V8 .cpuprofile. Usage: node src/profile-summary.mjs <file> [top] */
import { readFileSync } from "node:fs";

const [file, top = "30"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  self.set(node.id, (self.get(node.id) ?? 0) + (dt[i] ?? 0));
}
const fnTotals = new Map();
const fileTotals = new Map();
let total = 0;
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const short = f.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "").replace(/^file:\/\/.*\/packages\//, "packages/");
  const key = `${f.functionName || "(anonymous)"}  ${short}:${f.lineNumber + 1}`;
  fnTotals.set(key, (fnTotals.get(key) ?? 0) + us);
  const fileKey = short || `(${f.functionName})`;
  fileTotals.set(fileKey, (fileTotals.get(fileKey) ?? 0) + us);
  total += us;
}
const show = (map) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
console.log(`total ${(total / 1000).toFixed(0)} ms\n--- by file ---\n${show(fileTotals)}\n--- by function ---\n${show(fnTotals)}`);
