// The official SDK's sources as a TypeScript program: shared by the tools that read facts from
// them (sdk-facts.mjs, sdk-types.mjs).
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(ROOT, "scripts/package.json"));
const ts = require("typescript");

/** The official SDK's TypeScript sources (bench/ installs it as `official-mux-node`). */
export const SDK_SRC = join(ROOT, "bench/node_modules/official-mux-node/src");

/** Every `.ts` file below `dir`, sorted, so the tools' output does not depend on the file system. */
export function walkFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walkFiles(path));
    else if (name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** A type-checked program over the SDK's sources. */
export function createSdkProgram() {
  return ts.createProgram(walkFiles(SDK_SRC), {
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    skipLibCheck: true,
    types: [],
  });
}
