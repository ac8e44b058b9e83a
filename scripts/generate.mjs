#!/usr/bin/env node
// Usage: node scripts/generate.mjs [--check] [--spec FILE] [--out DIR]
// Writes the generated files, or with --check exits 1 when the committed ones are stale.
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateFiles } from "./lib/generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: join(root, "spec/mux.openapi.yaml") },
    out: { type: "string", default: join(root, "packages/core/src/generated") },
  },
});

const files = await generateFiles(resolve(values.spec));
const outDir = resolve(values.out);

if (values.check) {
  const stale = [];
  for (const [name, text] of files) {
    const current = await readFile(join(outDir, name), "utf8").catch(() => null);
    if (current !== text) stale.push(name);
  }
  const present = await readdir(outDir).catch(() => []);
  for (const name of present) if (!files.has(name)) stale.push(`${name} (not generated any more)`);
  if (stale.length > 0) {
    console.error(`Generated code is stale in ${outDir}: ${stale.join(", ")}.\nRun \`pnpm generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`Generated code is up to date (${files.size} files).`);
} else {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of files) await writeFile(join(outDir, name), text);
  console.log(`Wrote ${files.size} files to ${outDir}.`);
}
