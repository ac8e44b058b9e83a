// The whole generation: spec -> model -> every emitter's files. Pure apart from reading the spec;
// returns what to write, so the CLI can write it or compare it (--check).
import { readFile } from "node:fs/promises";
import { emitCore } from "./emit-core.mjs";
import { emitEvents } from "./emit-events.mjs";
import { emitPackages } from "./emit-packages.mjs";
import { emitTesting } from "./emit-testing.mjs";
import { emitUmbrella, umbrellaDependencies } from "./emit-umbrella.mjs";
import { buildModel } from "./model.mjs";
import { parseDescription } from "./spec-io.mjs";

/**
 * Everything generated from the description at `specPath`:
 * - `files`: repo-relative path -> text, owned by the generator (under some `src/generated/`);
 * - `generatedDirs`: the folders the generator owns entirely (stale files there are removed);
 * - `scaffold`: files of new packages, written only when missing;
 * - `readmeBlocks`: README path -> the block between the operations markers;
 * - `umbrellaDependencies`: the @mux/* packages the umbrella must depend on.
 */
export async function generateAll(specPath) {
  const document = parseDescription(await readFile(specPath, "utf8"), specPath);
  const model = buildModel(document);
  const files = new Map();
  for (const [name, text] of await emitCore(document, model)) files.set(`packages/core/src/generated/${name}`, text);
  const packages = emitPackages(model);
  for (const [path, text] of packages.files) files.set(path, text);
  for (const [path, text] of emitUmbrella(model)) files.set(path, text);
  for (const [path, text] of emitTesting(document, model)) files.set(path, text);
  for (const [path, text] of emitEvents(document, model)) files.set(path, text);
  const generatedDirs = [...new Set([...files.keys()].map((path) => path.slice(0, path.indexOf("/src/generated/") + "/src/generated".length)))];
  return {
    model,
    files,
    generatedDirs,
    scaffold: packages.scaffold,
    readmeBlocks: packages.readmeBlocks,
    umbrellaDependencies: umbrellaDependencies(model),
  };
}
