// Checks on an unpacked tarball that neither publint nor attw make: what the issue asks of every
// package (fields, README, entry files), no test files, no workspace: ranges or exact pins, source maps that resolve.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

/** @typedef {import("./pack.mjs").PackedPackage} PackedPackage */

/**
 * Every problem found in one packed package; an empty list means it is fine to publish.
 * @param {PackedPackage} packed
 * @returns {string[]}
 */
export function tarballProblems(packed) {
  const problems = [];
  /** @type {string[]} */
  const brokenMaps = [];
  const dir = packed.unpackedDir;
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const files = new Set(packed.files);

  for (const required of ["dist/index.js", "dist/index.d.ts", "README.md", "package.json"]) {
    if (!files.has(required)) problems.push(`missing ${required}`);
  }
  if (manifest.type !== "module") problems.push('"type" is not "module"');
  if (manifest.sideEffects !== false) problems.push('"sideEffects" is not false');
  for (const field of ["description", "license", "repository"]) {
    if (!manifest[field]) problems.push(`no "${field}" field`);
  }
  if (!Array.isArray(manifest.files)) problems.push('no "files" list');
  const engine = manifest.engines?.node;
  if (typeof engine !== "string" || !/^>=\s*20\.19(\.0)?$/.test(engine.trim())) {
    problems.push(`engines.node is ${JSON.stringify(engine)}, expected ">=20.19"`);
  }

  const exportsMap = manifest.exports;
  if (!exportsMap || typeof exportsMap !== "object") {
    problems.push('no "exports" map');
  } else {
    for (const [subpath, target] of Object.entries(exportsMap)) {
      if (subpath.includes("*")) problems.push(`wildcard subpath ${subpath} in exports`);
      if (subpath === "./package.json") continue;
      if (typeof target !== "object" || target === null) {
        problems.push(`exports["${subpath}"] has no conditions (types first)`);
        continue;
      }
      const conditions = Object.keys(target);
      if (conditions[0] !== "types") problems.push(`exports["${subpath}"]: "types" is not the first condition`);
      for (const value of Object.values(target)) {
        if (typeof value === "string" && !files.has(normalize(value))) {
          problems.push(`exports["${subpath}"] points at ${value}, which is not in the tarball`);
        }
      }
    }
  }
  for (const [binName, binPath] of Object.entries(
    typeof manifest.bin === "string" ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {}),
  )) {
    if (!files.has(normalize(String(binPath)))) problems.push(`bin ${binName} points at ${binPath}, which is not in the tarball`);
  }

  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|catalog|link|file):/.test(String(range))) problems.push(`${field}.${dep} is ${range}`);
      // An exact version forces a second copy on every app that already has a compatible one.
      else if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(String(range))) {
        problems.push(`${field}.${dep} is pinned to ${range}; use a range such as ^${range} so apps can share their copy`);
      }
    }
  }

  for (const file of files) {
    if (/(^|\/)(__tests__|test-support|fixtures)\//.test(file) || /\.(test|spec)(-d)?\.[cm]?[jt]sx?(\.map)?$/.test(file)) {
      problems.push(`test file in tarball: ${file}`);
    }
    if (file.endsWith(".tsbuildinfo")) problems.push(`build info in tarball: ${file}`);
    if (file.endsWith(".map")) {
      let map;
      try {
        map = JSON.parse(readFileSync(join(dir, file), "utf8"));
      } catch {
        problems.push(`unreadable source map ${file}`);
        continue;
      }
      for (const source of map.sources ?? []) {
        const target = normalize(join(dirname(file), map.sourceRoot ?? "", source));
        const embedded = Array.isArray(map.sourcesContent) && map.sourcesContent.length > 0;
        if (!embedded && !existsSync(join(dir, target))) {
          brokenMaps.push(`${file} -> ${target}`);
        }
      }
    }
  }
  if (brokenMaps.length > 0) {
    problems.push(
      `${brokenMaps.length} source map reference(s) point at files that are not in the tarball ` +
        `(ship src/ in "files", or build without maps), e.g. ${brokenMaps.slice(0, 2).join(", ")}`,
    );
  }
  return problems;
}
