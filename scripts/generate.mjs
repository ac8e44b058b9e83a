#!/usr/bin/env node
// Usage: node scripts/generate.mjs [--check] [--spec FILE] [--root DIR]
// Writes every generated file from spec/mux.openapi.yaml: core's types and operation index, one
// function per operation in each resource package (and the scaffolding of a new package), the
// umbrella's resource tree, the testing package's default answers, and each package README's
// operations table. With --check it writes nothing and exits 1 when anything is stale.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateAll } from "./lib/generate-all.mjs";
import { README_END, README_START } from "./lib/text.mjs";

const defaultRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string" },
    root: { type: "string", default: defaultRoot },
  },
});
const root = resolve(values.root);
const result = await generateAll(resolve(values.spec ?? join(root, "spec/mux.openapi.yaml")));
const stale = [];
const writes = new Map();

const read = (path) => readFile(join(root, path), "utf8").catch(() => null);

for (const [path, text] of result.files) if ((await read(path)) !== text) writes.set(path, text);
const removals = [];
for (const dir of result.generatedDirs) {
  const present = await readdir(join(root, dir)).catch(() => []);
  for (const name of present) if (!result.files.has(`${dir}/${name}`)) removals.push(`${dir}/${name}`);
}
for (const [path, text] of result.scaffold) if (!existsSync(join(root, path))) writes.set(path, text);
for (const [path, block] of result.readmeBlocks) {
  const current = writes.get(path) ?? (await read(path));
  if (current === null) continue;
  const start = current.indexOf(README_START);
  const end = current.indexOf(README_END);
  if (start === -1 || end === -1) {
    stale.push(`${path} has no ${README_START} ... ${README_END} block for the operations table`);
    continue;
  }
  const next = current.slice(0, start) + block + current.slice(end + README_END.length);
  if (next !== current) writes.set(path, next);
}
// The umbrella depends on every resource package (a tree without the umbrella, as in tests, skips this).
const umbrellaPath = "packages/mux-node/package.json";
const umbrellaText = await read(umbrellaPath);
if (umbrellaText !== null) {
  const umbrella = JSON.parse(umbrellaText);
  const deps = { ...umbrella.dependencies };
  for (const name of result.umbrellaDependencies) deps[name] ??= "workspace:^";
  const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (JSON.stringify(sorted) !== JSON.stringify(umbrella.dependencies)) {
    writes.set(umbrellaPath, `${JSON.stringify({ ...umbrella, dependencies: sorted }, null, 2)}\n`);
  }
}

if (values.check) {
  stale.push(...writes.keys(), ...removals.map((path) => `${path} (not generated any more)`));
  if (stale.length > 0) {
    console.error(`Generated code is stale:\n  ${stale.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`Generated code is up to date (${result.files.size} files, ${result.model.operations.length} operations).`);
} else {
  if (stale.length > 0) {
    console.error(stale.join("\n"));
    process.exit(1);
  }
  for (const path of removals) await rm(join(root, path));
  for (const [path, text] of writes) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  console.log(
    `Generated ${result.model.operations.length} operations into ${result.model.packages.length} packages: ${writes.size} files written, ${removals.length} removed.`,
  );
  if (writes.has(umbrellaPath) || [...result.scaffold.keys()].some((path) => writes.has(path))) {
    console.log("New packages or dependencies: run `pnpm install` before building.");
  }
}
