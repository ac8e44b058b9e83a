#!/usr/bin/env node
// API reference for every public package, with TypeDoc, into docs/api/.
// Each package is converted with its own tsconfig (entry points from its `exports` map, mapped
// back to src/), then the per-package JSON is merged into one site.
// Warnings (e.g. an export without a doc comment) are listed at the end and fail the run;
// `--no-strict` only lists them. (`--strict` is still accepted and changes nothing.)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { OptionDefaults } from "typedoc";
import { run } from "../lib/proc.mjs";
import { e2eDir, listPackages, repoRoot, tmpRoot } from "../lib/workspace.mjs";

const strict = !process.argv.includes("--no-strict");
const typedoc = join(e2eDir, "node_modules", ".bin", "typedoc");
const outDir = join(repoRoot, "docs", "api");
const workDir = join(tmpRoot, "e2e", "docs");
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const started = Date.now();

/** "./dist/node/index.js" -> "src/node/index.ts" @param {string} target */
function sourceFor(target) {
  return target.replace(/^\.\//, "").replace(/^dist\//, "src/").replace(/\.js$/, ".ts");
}

/**
 * The source file of each export, with the name a user imports it by (`@mux/testing/node`).
 * @param {Record<string, unknown>} manifest
 * @returns {{ file: string; importName: string }[]}
 */
function entryPoints(manifest) {
  const map = /** @type {Record<string, unknown>} */ (manifest.exports ?? {});
  const out = [];
  for (const [subpath, target] of Object.entries(map)) {
    if (subpath.endsWith("package.json")) continue;
    const file = typeof target === "string" ? target : /** @type {Record<string, string>} */ (target).default ?? /** @type {Record<string, string>} */ (target).import;
    if (file) out.push({ file: sourceFor(file), importName: `${manifest.name}${subpath.replace(/^\./, "")}` });
  }
  return out;
}

/**
 * TypeDoc names the modules of a package with several entry points after their folders
 * (`packages/testing/src/node`); rename them to what users import (`@mux/testing/node`).
 * @param {string} jsonFile  one package's TypeDoc JSON
 * @param {import("../lib/workspace.mjs").WorkspacePackage} pkg
 * @param {{ file: string; importName: string }[]} entries
 */
function nameModulesByImport(jsonFile, pkg, entries) {
  const byFolder = new Map(
    entries.map((e) => [relative(repoRoot, join(pkg.dir, e.file)).replace(/\.ts$/, "").replace(/\/index$/, ""), e.importName]),
  );
  const project = JSON.parse(readFileSync(jsonFile, "utf8"));
  let renamed = 0;
  for (const child of project.children ?? []) {
    const name = byFolder.get(child.name);
    if (name !== undefined) {
      child.name = name;
      renamed++;
    }
  }
  if (renamed > 0) writeFileSync(jsonFile, JSON.stringify(project));
}

const quiet = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
/** @type {string[]} */
const warnings = [];
/** @type {string[]} */
const errors = [];
/** @type {string[]} */
const jsonFiles = [];

/** Keeps typedoc's warning and error lines. @param {string} label @param {string} text */
function collect(label, text) {
  for (const line of text.split("\n")) {
    if (/Found \d+ errors? and \d+ warnings?/.test(line)) continue;
    if (/\[warning\]/.test(line)) warnings.push(`${label}: ${line.replace(/\[warning\]\s*/, "").trim()}`);
    if (/\[error\]/.test(line)) errors.push(`${label}: ${line.replace(/\[error\]\s*/, "").trim()}`);
  }
}

/** @param {import("../lib/workspace.mjs").WorkspacePackage} pkg */
async function convert(pkg) {
  const entries = entryPoints(pkg.manifest).filter((e) => existsSync(join(pkg.dir, e.file)));
  if (entries.length === 0) {
    warnings.push(`${pkg.name}: no source entry point found, not documented`);
    return;
  }
  const json = join(workDir, `${pkg.slug}.json`);
  const options = {
    $schema: "https://typedoc.org/schema.json",
    name: pkg.name,
    entryPoints: entries.map((e) => join(pkg.dir, e.file)),
    tsconfig: join(pkg.dir, existsSync(join(pkg.dir, "tsconfig.build.json")) ? "tsconfig.build.json" : "tsconfig.json"),
    readme: existsSync(join(pkg.dir, "README.md")) ? join(pkg.dir, "README.md") : "none",
    json,
    excludeInternal: true,
    excludePrivate: true,
    disableGit: true,
    sourceLinkTemplate: `https://github.com/mux-modular/mux-modular/blob/main/packages/${pkg.slug}/{path}#L{line}`,
    basePath: repoRoot,
    skipErrorChecking: true,
    // openapi-typescript writes @description in the generated types.
    blockTags: [...OptionDefaults.blockTags, "@description"],
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    // The issue asks for a doc comment on every public export; members are reported by --members.
    requiredToBeDocumented: process.argv.includes("--members")
      ? undefined
      : ["Enum", "Variable", "Function", "Class", "Interface", "TypeAlias", "Namespace", "Method", "Accessor"],
    logLevel: "Warn",
  };
  const optionsFile = join(workDir, `${pkg.slug}.typedoc.json`);
  writeFileSync(optionsFile, JSON.stringify(options, null, 2));
  const result = await run(typedoc, ["--options", optionsFile], { cwd: repoRoot, env: quiet, timeoutMs: 180_000 });
  collect(pkg.name, `${result.stdout}\n${result.stderr}`);
  if (result.code !== 0 || !existsSync(json)) {
    errors.push(`${pkg.name}: typedoc exited ${result.code}\n${result.stdout}\n${result.stderr}`);
    return;
  }
  nameModulesByImport(json, pkg, entries);
  jsonFiles.push(json);
  console.log(`converted ${pkg.name} (${entries.map((e) => e.importName).join(", ")}) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

// Two conversions at a time (CI has two cores); the merge needs them all.
const queue = listPackages();
const worker = async () => {
  for (let pkg = queue.shift(); pkg; pkg = queue.shift()) await convert(pkg);
};
await Promise.all([worker(), worker()]);
jsonFiles.sort();
const mergeStarted = Date.now();

/**
 * The site's front page: one line per package, from its package.json description, so the
 * index says what each package is for rather than only listing names.
 */
function indexPage() {
  const rows = listPackages().map((pkg) => `| \`${pkg.name}\` | ${String(pkg.manifest.description ?? "").replace(/\|/g, "\\|")} |`);
  const extra = existsSync(join(e2eDir, "docs-index.md")) ? `\n${readFileSync(join(e2eDir, "docs-index.md"), "utf8")}` : "";
  const text = [
    "# Mux modular SDK",
    "",
    "Typed, modular clients for the Mux API. Each package below has its own page (see the navigation),",
    "starting with its README.",
    "",
    "| package | what it is for |",
    "| --- | --- |",
    ...rows,
    extra,
  ].join("\n");
  const file = join(workDir, "index.md");
  writeFileSync(file, `${text}\n`);
  return file;
}

if (jsonFiles.length > 0) {
  rmSync(outDir, { recursive: true, force: true });
  const merged = await run(
    typedoc,
    [
      "--entryPointStrategy",
      "merge",
      ...jsonFiles.flatMap((f) => ["--entryPoints", f]),
      "--name",
      "Mux modular SDK",
      "--readme",
      indexPage(),
      "--out",
      outDir,
      "--logLevel",
      "Warn",
    ],
    { cwd: repoRoot, env: quiet, timeoutMs: 180_000 },
  );
  collect("merge", `${merged.stdout}\n${merged.stderr}`);
  console.log(`merged into one site in ${((Date.now() - mergeStarted) / 1000).toFixed(1)}s`);
  if (merged.code !== 0) errors.push(`merge: typedoc exited ${merged.code}\n${merged.stdout}\n${merged.stderr}`);
}

for (const w of warnings) console.log(`warning  ${w}`);
for (const e of errors) console.log(`error    ${e}`);
const ok = errors.length === 0 && (!strict || warnings.length === 0) && jsonFiles.length > 0;
console.log(
  `${ok ? "API docs written to" : "API docs FAILED, see above; output in"} ${outDir} ` +
    `(${jsonFiles.length} package(s), ${warnings.length} warning(s), ${errors.length} error(s), ${((Date.now() - started) / 1000).toFixed(1)}s)`,
);
process.exitCode = ok ? 0 : 1;
