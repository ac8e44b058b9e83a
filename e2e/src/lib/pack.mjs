// Packs workspace packages exactly as `pnpm publish` would (workspace: ranges rewritten, `files` applied)
// and unpacks each tarball beside it, so checks look at what a user downloads, not at the source tree.
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { runOrThrow } from "./proc.mjs";

/**
 * @typedef {import("./workspace.mjs").WorkspacePackage} WorkspacePackage
 * @typedef {object} PackedPackage
 * @property {string} name
 * @property {string} version
 * @property {string} slug
 * @property {string} tarball      absolute path of the .tgz
 * @property {string} unpackedDir  the tarball's `package/` folder, extracted
 * @property {string[]} files      every file in the tarball, relative to package/
 */

/** @param {string} dir @returns {string[]} */
export function listFiles(dir, base = dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(relative(base, full));
  }
  return out.sort();
}

/**
 * Packs one package into `outDir/<slug>.tgz` and extracts it to `outDir/unpacked/<slug>/`.
 * @param {WorkspacePackage} pkg
 * @param {string} outDir
 * @returns {Promise<PackedPackage>}
 */
export async function packPackage(pkg, outDir) {
  const tarball = join(outDir, `${pkg.slug}.tgz`);
  await runOrThrow("pnpm", ["pack", "--out", tarball], { cwd: pkg.dir, timeoutMs: 60_000 });
  const unpackRoot = join(outDir, "unpacked", pkg.slug);
  rmSync(unpackRoot, { recursive: true, force: true });
  mkdirSync(unpackRoot, { recursive: true });
  await runOrThrow("tar", ["-xzf", tarball, "-C", unpackRoot], { timeoutMs: 30_000 });
  const unpackedDir = join(unpackRoot, "package");
  return {
    name: pkg.name,
    version: pkg.version,
    slug: pkg.slug,
    tarball,
    unpackedDir,
    files: listFiles(unpackedDir),
  };
}

/**
 * Packs every given package (two at a time: CI has two cores).
 * @param {WorkspacePackage[]} packages
 * @param {string} outDir
 * @returns {Promise<PackedPackage[]>}
 */
export async function packAll(packages, outDir) {
  mkdirSync(outDir, { recursive: true });
  /** @type {PackedPackage[]} */
  const results = [];
  const queue = [...packages];
  const worker = async () => {
    for (let pkg = queue.shift(); pkg; pkg = queue.shift()) results.push(await packPackage(pkg, outDir));
  };
  await Promise.all([worker(), worker()]);
  return results.sort((a, b) => a.name.localeCompare(b.name));
}
