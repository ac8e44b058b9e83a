#!/usr/bin/env node
// The release path, on a throwaway copy of the repository: a changeset for every public package,
// `changeset version`, `pnpm publish -r --dry-run`, then each package packed and checked the way
// the e2e tests check them. Fails if any package would publish broken. Leaves the real tree alone.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { packPackage } from "../lib/pack.mjs";
import { run, runOrThrow, tail } from "../lib/proc.mjs";
import { tarballProblems } from "../lib/tarball-checks.mjs";
import { listPackages, repoRoot } from "../lib/workspace.mjs";

const started = Date.now();
const keep = process.argv.includes("--keep");
const step = (/** @type {string} */ text) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
/** @type {string[]} */
const failures = [];

const copy = mkdtempSync(join(tmpdir(), "mux-release-check-"));
const SKIP = new Set(["node_modules", ".git", ".turbo", ".tmp", "coverage"]);
try {
  // 1. Copy the working tree (with built dist/, without node_modules) and install offline.
  cpSync(repoRoot, copy, {
    recursive: true,
    filter: (source) => {
      const rel = relative(repoRoot, source);
      if (rel === "") return true;
      const parts = rel.split(sep);
      if (parts.some((p) => SKIP.has(p))) return false;
      if (rel === join("docs", "api") || rel.endsWith(".tgz")) return false;
      return true;
    },
  });
  step(`copied the repository to ${copy}`);
  await runOrThrow("pnpm", ["install", "--frozen-lockfile", "--offline", "--reporter=silent"], { cwd: copy, timeoutMs: 300_000 });
  step("installed dependencies (offline, from the pnpm store)");

  // 2. One changeset bumping every public package, then `changeset version`.
  const before = listPackages();
  const changeset = [
    "---",
    ...before.map((p) => `"${p.name}": patch`),
    "---",
    "",
    "Release dry run.",
    "",
  ].join("\n");
  writeFileSync(join(copy, ".changeset", "release-dry-run.md"), changeset);
  await runOrThrow("pnpm", ["exec", "changeset", "version"], { cwd: copy, timeoutMs: 120_000 });
  step("changeset version");

  /** @type {Map<string, string>} */
  const versions = new Map();
  for (const pkg of before) {
    const manifest = JSON.parse(readFileSync(join(copy, "packages", pkg.slug, "package.json"), "utf8"));
    versions.set(pkg.name, manifest.version);
    if (manifest.version === pkg.version) failures.push(`${pkg.name}: changeset version did not bump ${pkg.version}`);
    try {
      readFileSync(join(copy, "packages", pkg.slug, "CHANGELOG.md"), "utf8");
    } catch {
      failures.push(`${pkg.name}: changeset version wrote no CHANGELOG.md`);
    }
  }
  console.log(`  versions: ${[...versions].map(([n, v]) => `${n}@${v}`).join(", ")}`);

  // 3. pnpm publish -r --dry-run.
  const publish = await run("pnpm", ["publish", "-r", "--dry-run", "--no-git-checks", "--access", "public"], {
    cwd: copy,
    timeoutMs: 300_000,
  });
  if (publish.code !== 0) failures.push(`pnpm publish -r --dry-run exited ${publish.code}\n${tail(`${publish.stdout}\n${publish.stderr}`)}`);
  for (const pkg of before) {
    if (!publish.stdout.includes(`${pkg.name}@${versions.get(pkg.name)}`)) {
      failures.push(`${pkg.name}@${versions.get(pkg.name)} is not in the dry-run output (would it be skipped?)`);
    }
  }
  step(`pnpm publish -r --dry-run (exit ${publish.code})`);

  // 4. Pack each bumped package from the copy and check what would be uploaded.
  const tarballs = join(copy, ".release-tarballs");
  for (const pkg of listPackagesIn(copy, before)) {
    const packed = await packPackage(pkg, tarballs);
    const problems = tarballProblems(packed);
    const manifest = JSON.parse(readFileSync(join(packed.unpackedDir, "package.json"), "utf8"));
    for (const [dep, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      const sibling = versions.get(dep);
      if (sibling && !String(range).includes(sibling)) problems.push(`depends on ${dep}@${range}, but the release has ${sibling}`);
    }
    const { messages, pkg: packedManifest } = await publint({ pkgDir: packed.unpackedDir, pack: false, level: "warning" });
    for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, packedManifest) ?? m.code}`);
    for (const p of problems) failures.push(`${pkg.name}: ${p}`);
    console.log(`  ${problems.length ? "BROKEN" : "ok    "} ${pkg.name}@${manifest.version} (${packed.files.length} files)`);
  }
  step("packed and checked every package");
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  if (keep) console.log(`kept the copy at ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

/**
 * The packages of the copy (same slugs as the real tree, re-read after versioning).
 * @param {string} root
 * @param {import("../lib/workspace.mjs").WorkspacePackage[]} original
 * @returns {import("../lib/workspace.mjs").WorkspacePackage[]}
 */
function listPackagesIn(root, original) {
  return original.map((p) => {
    const dir = join(root, "packages", p.slug);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return { ...p, dir, manifest, version: manifest.version };
  });
}

for (const f of failures) console.log(`FAIL  ${f}`);
console.log(failures.length ? `release check FAILED (${failures.length} problem(s))` : "release check passed: every package would publish intact");
process.exitCode = failures.length ? 1 : 0;
