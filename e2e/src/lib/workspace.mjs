// Finds the publishable packages of the workspace: every non-private package under packages/.
// Nothing here is hard-coded per package, so a package that appears later is picked up on the next run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the e2e package. */
export const e2eDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Absolute path of the repository root. */
export const repoRoot = resolve(e2eDir, "..");
/** Scratch space for every e2e run (gitignored through `.tmp/`). */
export const tmpRoot = join(repoRoot, ".tmp");

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name        package name, e.g. "@mux/errors"
 * @property {string} version
 * @property {string} dir         absolute folder
 * @property {string} slug        folder name, e.g. "errors"
 * @property {Record<string, unknown>} manifest  parsed package.json
 * @property {boolean} built      true when every file the exports map points at exists
 */

/** @param {Record<string, unknown>} manifest @returns {string[]} */
function exportTargets(manifest) {
  /** @type {string[]} */
  const out = [];
  /** @param {unknown} node */
  const walk = (node) => {
    if (typeof node === "string") {
      if (!node.endsWith("package.json")) out.push(node);
    } else if (node && typeof node === "object") {
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(manifest.exports ?? manifest.main ?? "./index.js");
  if (manifest.bin) walk(manifest.bin);
  return out;
}

/**
 * Every non-private package under packages/, sorted by name.
 * @returns {WorkspacePackage[]}
 */
export function listPackages() {
  const packagesDir = join(repoRoot, "packages");
  /** @type {WorkspacePackage[]} */
  const found = [];
  for (const slug of readdirSync(packagesDir).sort()) {
    const manifestPath = join(packagesDir, slug, "package.json");
    if (!existsSync(manifestPath)) continue;
    /** @type {Record<string, unknown>} */
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.private === true) continue;
    const dir = join(packagesDir, slug);
    const targets = exportTargets(manifest);
    const built = targets.length > 0 && targets.every((t) => existsSync(join(dir, t)));
    found.push({
      name: String(manifest.name),
      version: String(manifest.version),
      dir,
      slug,
      manifest,
      built,
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Packages whose build output exists (the ones we can pack and test right now). */
export function builtPackages() {
  return listPackages().filter((p) => p.built);
}
