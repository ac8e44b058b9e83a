// The packages an app can install: every non-private package under packages/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @typedef {object} Publishable
 * @property {string} name     e.g. "@mux/core"
 * @property {string} version
 * @property {string} dir      absolute folder
 * @property {string[]} siblings  the @mux/* packages it depends on (dependencies and peers)
 */

/**
 * Every non-private package under `root/packages`, sorted by name.
 * @param {string} root  the repository root
 * @returns {Publishable[]}
 */
export function listPublishable(root) {
  const packagesDir = join(root, "packages");
  /** @type {Publishable[]} */
  const found = [];
  for (const slug of readdirSync(packagesDir)) {
    const manifestPath = join(packagesDir, slug, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.private === true) continue;
    const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
    found.push({
      name: String(manifest.name),
      version: String(manifest.version),
      dir: join(packagesDir, slug),
      siblings: Object.keys(deps).filter((dep) => dep.startsWith("@mux/")).sort(),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
