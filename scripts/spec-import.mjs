#!/usr/bin/env node
// Usage: pnpm spec:import <mux-description.yaml|json> [--out FILE] [--facts-only]
// Turns Mux's published OpenAPI description into spec/mux.openapi.yaml: facts only, OpenAPI 3.1,
// then spec/overlays/*.overlay.yaml (our additions and corrections, in file-name order) and
// spec/sdk-names.yaml (the SDK's resource and method name of each operation) and
// spec/sdk-types.yaml (what each type name the SDK exports is in the spec). Review the diff of
// spec/ to see what Mux changed, then run `pnpm generate`.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importSpec, muxFacts } from "./lib/import.mjs";
import { parseDescription, stringifySpec } from "./lib/spec-io.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    "facts-only": { type: "boolean", default: false },
  },
});
if (positionals.length !== 1) {
  console.error("Usage: pnpm spec:import <mux-description.yaml|json> [--out FILE] [--facts-only]");
  process.exit(2);
}
const source = parseDescription(await readFile(resolve(process.cwd(), positionals[0]), "utf8"), positionals[0]);

if (values["facts-only"]) {
  const out = resolve(process.cwd(), values.out ?? "mux-facts.yaml");
  await writeFile(out, stringifySpec(muxFacts(source), "the facts of Mux's description (spec:import --facts-only)"));
  console.log(`Wrote the facts of ${positionals[0]} to ${out}.`);
} else {
  const specDir = join(root, "spec");
  const overlayDir = join(specDir, "overlays");
  const names = (await readdir(overlayDir)).filter((name) => name.endsWith(".overlay.yaml")).sort();
  const overlays = [];
  for (const name of names) overlays.push([name, parseDescription(await readFile(join(overlayDir, name), "utf8"), name)]);
  const sdkNames = parseDescription(await readFile(join(specDir, "sdk-names.yaml"), "utf8"), "sdk-names.yaml");
  const sdkTypes = parseDescription(await readFile(join(specDir, "sdk-types.yaml"), "utf8"), "sdk-types.yaml");
  const { document, unmatchedTargets, unusedNames } = importSpec(source, { overlays, names: sdkNames, types: sdkTypes });
  const out = resolve(process.cwd(), values.out ?? join(specDir, "mux.openapi.yaml"));
  await writeFile(out, stringifySpec(document, "spec:import from Mux's description, spec/overlays/, spec/sdk-names.yaml and spec/sdk-types.yaml"));
  for (const target of unmatchedTargets) console.warn(`Overlay action matched nothing (Mux may have changed it): ${target}`);
  for (const key of unusedNames) console.warn(`sdk-names.yaml names an operation the description lacks: ${key}`);
  console.log(`Wrote ${out} (${overlays.length} overlays applied). Review \`git diff spec/\`, then run \`pnpm generate\`.`);
}
