// Creates throwaway npm projects that install the packed tarballs the way a user would:
// plain `npm install`, third-party dependencies from the registry, our packages from the tarballs.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { e2eDir } from "./workspace.mjs";
import { runOrThrow } from "./proc.mjs";

/** @typedef {import("./pack.mjs").PackedPackage} PackedPackage */

/**
 * Writes `dir/package.json` depending on `direct` (package names) and installs it with npm.
 * Every packed package is mapped to its tarball through `overrides`, so the transitive
 * `@mux/*` dependencies also come from the tarballs, never from the registry.
 * @param {string} dir
 * @param {PackedPackage[]} packed
 * @param {string[]} direct
 * @param {{ extraDependencies?: Record<string, string>; npmArgs?: string[]; timeoutMs?: number }} [options]
 */
export async function installProject(dir, packed, direct, options = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const byName = new Map(packed.map((p) => [p.name, `file:${p.tarball}`]));
  /** @type {Record<string, string>} */
  const dependencies = { ...options.extraDependencies };
  for (const name of direct) {
    const spec = byName.get(name);
    if (!spec) throw new Error(`${name} was not packed`);
    dependencies[name] = spec;
  }
  const manifest = {
    name: "mux-e2e-user-project",
    version: "0.0.0",
    private: true,
    type: "module",
    dependencies,
    overrides: Object.fromEntries(byName),
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await runOrThrow(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...(options.npmArgs ?? [])],
    { cwd: dir, timeoutMs: options.timeoutMs ?? 180_000 },
  );
  copySmokeScripts(dir);
  return dir;
}

/** Copies the smoke scripts into `dir/smoke/` so their bare imports resolve from the project. @param {string} dir */
export function copySmokeScripts(dir) {
  cpSync(join(e2eDir, "src", "smoke"), join(dir, "smoke"), { recursive: true });
}

/**
 * Names of every package installed in a project's node_modules (scoped ones as `@scope/name`),
 * including nested node_modules folders.
 * @param {string} dir  the project folder
 * @returns {string[]}
 */
export function installedPackageNames(dir) {
  /** @type {Set<string>} */
  const names = new Set();
  /** @param {string} nm */
  const walk = (nm) => {
    if (!existsSync(nm)) return;
    for (const entry of readdirSync(nm)) {
      if (entry.startsWith(".")) continue;
      if (entry.startsWith("@")) {
        for (const inner of readdirSync(join(nm, entry))) {
          names.add(`${entry}/${inner}`);
          walk(join(nm, entry, inner, "node_modules"));
        }
      } else {
        names.add(entry);
        walk(join(nm, entry, "node_modules"));
      }
    }
  };
  walk(join(dir, "node_modules"));
  return [...names].sort();
}

/** The version of a package installed in a project. @param {string} dir @param {string} name */
export function installedVersion(dir, name) {
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"));
  return String(manifest.version);
}
